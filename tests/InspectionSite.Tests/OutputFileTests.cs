using System.Text;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>
/// An open-data table is kept in parts, a row to a part: the preview compares and writes it part by part, and what it
/// writes and how it compares must be what one array of the same bytes gives.
/// </summary>
public sealed class OutputFileTests
{
    private static readonly byte[] Whole = Encoding.UTF8.GetBytes("id,status\n9001,open\n9002,signed-off-by-force\n");

    private static OutputFile InParts(params string[] parts) =>
        new("data/progress.csv", parts.Select(p => (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes(p)).ToList());

    [Fact]
    public void A_file_in_parts_holds_the_bytes_of_its_parts_in_order()
    {
        var file = InParts("id,status\n", "9001,open\n", "", "9002,signed-off-by-force\n");

        Assert.Equal(Whole.Length, file.Length);
        Assert.Equal(Whole, file.Content);
    }

    [Theory]
    [InlineData("the same rows as parts", new[] { "id,status\n", "9001,open\n", "9002,signed-off-by-force\n" }, true)]
    [InlineData("the same bytes split elsewhere", new[] { "id,status\n9001,", "open\n9002,signed-off-by-force\n" }, true)]
    [InlineData("one status changed, the same length", new[] { "id,status\n", "9001,shut\n", "9002,signed-off-by-force\n" }, false)]
    [InlineData("a row fewer", new[] { "id,status\n", "9001,open\n" }, false)]
    public void Files_are_the_same_when_their_bytes_are_however_they_are_split(string because, string[] parts, bool same)
    {
        var whole = new OutputFile("data/progress.csv", Whole);
        var split = InParts(parts);

        Assert.True(same == whole.SameBytesAs(split), because);
        Assert.True(same == split.SameBytesAs(whole), because);
        Assert.True(same == InParts("id,status\n", "9001,open\n", "9002,signed-off-by-force\n").SameBytesAs(split), because);
    }

    [Fact]
    public void Writing_a_file_in_parts_replaces_a_longer_file_with_exactly_its_bytes()
    {
        using var folder = new TempFolder();
        var target = folder["progress.csv"];
        File.WriteAllBytes(target, [.. Whole, .. Whole, .. Whole]);

        InParts("id,status\n", "9001,open\n", "9002,signed-off-by-force\n").WriteTo(target);

        Assert.Equal(Whole, File.ReadAllBytes(target));
    }

    /// <summary>
    /// The preview writes a changed file over the one it wrote before, from the first part that differs: whatever the
    /// change, and whatever happened to the file on disk meanwhile, the file must end up holding exactly the new bytes.
    /// </summary>
    [Theory]
    [InlineData("a row's status changed", new[] { "id,status\n", "9001,shut\n", "9002,signed-off-by-force\n" }, null)]
    [InlineData("the last row changed", new[] { "id,status\n", "9001,open\n", "9002,open\n" }, null)]
    [InlineData("a row fewer", new[] { "id,status\n", "9001,open\n" }, null)]
    [InlineData("a row more", new[] { "id,status\n", "9001,open\n", "9002,signed-off-by-force\n", "9003,open\n" }, null)]
    [InlineData("split elsewhere", new[] { "id,status\n9001,", "shut\n9002,signed-off-by-force\n" }, null)]
    [InlineData("the file edited by hand since", new[] { "id,status\n", "9001,shut\n", "9002,signed-off-by-force\n" }, "ID,STATUS\n9001,open\n")]
    [InlineData("the file deleted since", new[] { "id,status\n", "9001,shut\n", "9002,signed-off-by-force\n" }, "")]
    public void Writing_a_file_over_the_one_written_before_leaves_exactly_its_bytes(string because, string[] parts, string? onDiskSince)
    {
        using var folder = new TempFolder();
        var target = folder["progress.csv"];
        var before = InParts("id,status\n", "9001,open\n", "9002,signed-off-by-force\n");
        before.WriteTo(target);
        if (onDiskSince == "") File.Delete(target);
        else if (onDiskSince is not null) File.WriteAllText(target, onDiskSince);

        var after = InParts(parts);
        after.WriteOver(target, before);

        Assert.True(after.Content.AsSpan().SequenceEqual(File.ReadAllBytes(target)), because);
    }
}
