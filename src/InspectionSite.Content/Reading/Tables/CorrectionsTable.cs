using InspectionSite.Content.Model;
using InspectionSite.Content.Reading.Schema;
using static InspectionSite.Content.Reading.Schema.Converters;

namespace InspectionSite.Content.Reading.Tables;

/// <summary>corrections.csv (optional): the corrections log, one row per correction made to the site.</summary>
public static class CorrectionsTable
{
    private static readonly Column<Correction, DateOnly?> Date = new("date", Converters.Date, c => c.Date, "The date the correction was published.", "2026-12-06") { Required = true };
    private static readonly Column<Correction, string?> Page = new("page", SitePath, c => c.Page, "The address on this site of the page that was corrected.", "/recommendations/9159/")
    {
        Required = true,
        Guidance = "The page as it is now, e.g. /recommendations/9159/; / for the home page.",
    };
    private static readonly Column<Correction, string?> WhatChanged = new("what_changed", Text, c => c.WhatChanged, "What the page said before, and what it says now.", "No longer shown as signed off by HMICFRS as a fact: shown as inferred, with the reason.") { Required = true };
    private static readonly Column<Correction, string?> Why = new("why", Text, c => c.Why, "Why it was corrected.", "The September 2022 paper does not name the causes of concern it says were signed off.") { Required = true };

    public static readonly TableSchema<Correction> Schema = new("corrections.csv",
        "The corrections log: one row for each correction made to what the site says, shown on the How we know page so that no correction is silent. Optional: the build runs without it.",
        [Date, Page, WhatChanged, Why],
        (row, source) => new Correction(row.Get(Date)!.Value, row.Get(Page)!, row.Get(WhatChanged)!, row.Get(Why)!, source)) { Optional = true };
}
