namespace InspectionSite.BrowserTests.Checks;

/// <summary>One problem a check found: the page it is on, and what is wrong, in words a reader of the test output can act on.</summary>
public sealed record Finding(string Page, string Problem)
{
    public override string ToString() => $"{Page}: {Problem}";
}

public static class Findings
{
    /// <summary>Fails with every finding, one a line, each naming its page.</summary>
    public static void AssertNone(IReadOnlyCollection<Finding> findings, string gate) =>
        Assert.True(findings.Count == 0, $"{gate}: {findings.Count} problem(s)\n" + string.Join("\n", findings));
}
