using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace InspectionSite.Tests.Support;

/// <summary>
/// Approved-file snapshots (Verify is not available here): the output is compared with
/// Snapshots/&lt;name&gt;.verified.&lt;ext&gt;. On a difference, the new output is written beside it as
/// .received. and the test fails; to accept it, rename received to verified (or run with
/// ACCEPT_SNAPSHOTS=1). Fingerprints of assets are scrubbed so that a style change does not touch every snapshot.
/// </summary>
public static partial class Snapshot
{
    public static void Verify(string name, string actual, string extension = "html", [CallerFilePath] string caller = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(caller)!, "Snapshots");
        var verified = Path.Combine(folder, $"{name}.verified.{extension}");
        var received = Path.Combine(folder, $"{name}.received.{extension}");
        var scrubbed = Fingerprint().Replace(actual.ReplaceLineEndings("\n"), ".FINGERPRINT.$1");

        if (Environment.GetEnvironmentVariable("ACCEPT_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(verified, scrubbed);
        }
        var expected = File.Exists(verified) ? File.ReadAllText(verified).ReplaceLineEndings("\n") : null;
        if (expected == scrubbed)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        Directory.CreateDirectory(folder);
        File.WriteAllText(received, scrubbed);
        Assert.Fail(expected is null
            ? $"No approved snapshot {verified}. Review {received} and rename it to .verified.{extension} to approve it."
            : $"Snapshot {name} differs from the approved one. Compare {received} with {verified}; rename received to verified to accept.");
    }

    [GeneratedRegex(@"\.[0-9a-f]{10}\.(css|js|svg|ico)\b")]
    private static partial Regex Fingerprint();
}
