using InspectionSite.Content.Diagnostics;

namespace InspectionSite.Content.Model;

/// <summary>A correction the office made to the site: when, to which page, what changed and why. The site shows every one.</summary>
public sealed record Correction(
    DateOnly Date,
    string Page,
    string WhatChanged,
    string Why,
    SourceLocation Source);
