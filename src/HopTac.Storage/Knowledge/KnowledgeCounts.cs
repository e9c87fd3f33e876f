namespace HopTac.Storage.Knowledge;

/// <summary>
/// Counts for a dashboard, computed by the store in a few aggregate queries: consolidated events, agreements and
/// figures that involve at least one partner (any actor but VN; rejected facts left out; figures count when a page
/// reporting one of those events or agreements gives them), per year, and per partner with its supporting pages.
/// Years are the first four digits of a date, or "unknown" for an undated or yearless one.
/// </summary>
public sealed record KnowledgeCounts(
    int Events,
    int Agreements,
    int Figures,
    IReadOnlyList<YearFactCount> Years,
    IReadOnlyList<PartnerPageCount> Partners);

/// <summary>Current pages published, and consolidated events and agreements dated, in one year.</summary>
public sealed record YearFactCount(string Year, int Pages, int Events, int Agreements);

/// <summary>A partner's consolidated events and agreements, and how many distinct pages support them.</summary>
public sealed record PartnerPageCount(string Code, int Pages, int Events, int Agreements);
