using InspectionSite.Content.Diagnostics;
using InspectionSite.Content.Model;

namespace InspectionSite.Content.Site;

/// <summary>
/// A claim beside the row it speaks of: the fact it is about (the column's description), both values as the site
/// shows them, and where the row is. The build's warning names the row by its file and line.
/// </summary>
public sealed record LinkedClaim(Claim Claim, string About, string Value, string RowValue, SourceLocation Row, bool Differs)
{
    /// <summary>The papers disagree and the office has not yet said which value stands.</summary>
    public bool IsOpen => Differs && Claim.Stands is null;

    /// <summary>The value the site shows for the fact: the claim's where it stands, the row's otherwise.</summary>
    public string Standing => Differs && Claim.Stands == true ? Value : RowValue;

    /// <summary>The value shown as history once the office has decided.</summary>
    public string Superseded => Claim.Stands == true ? RowValue : Value;
}
