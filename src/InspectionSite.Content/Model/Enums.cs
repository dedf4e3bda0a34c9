namespace InspectionSite.Content.Model;

/// <summary>The kinds of HMICFRS activity that inspections and reports belong to.</summary>
public enum InspectionKind { Peel, Thematic, Jtai, SuperComplaint, Spotlight, Engagement }

/// <summary>What a report raised: HMICFRS words each differently and tracks them separately.</summary>
public enum ItemKind { Recommendation, AreaForImprovement, CauseOfConcern }

/// <summary>Where an item stands, in the order it normally moves through.</summary>
public enum ItemStatus { Open, EvidenceGathering, SignedOffByForce, SignedOffByHmicfrs }

/// <summary>The force's red, amber or green rating of an item.</summary>
public enum Rag { Red, Amber, Green }
