namespace HopTac.Core.Knowledge;

// What a group of mentions says together. Disagreements are kept: DateVariants / ValueVariants list every distinct
// value the sources give (most supported first), and Conflict is true when they cannot all be true at once
// (two different days, two different values) — a coarser date that fits a finer one is not a conflict.

/// <summary>One consolidated event.</summary>
public sealed record EventSummary(
    string Type,
    string? Date,
    IReadOnlyList<string> DateVariants,
    bool Conflict,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Participants,
    string? Place)
{
    /// <summary>The page (its source) a yearless date took its year from; null when a page wrote the year.</summary>
    public string? YearFrom { get; init; }
}

/// <summary>One consolidated agreement.</summary>
public sealed record AgreementSummary(
    string Type,
    string Title,
    string? Date,
    string? Period,
    IReadOnlyList<string> DateVariants,
    bool Conflict,
    IReadOnlyList<string> Actors)
{
    /// <summary>The page (its source) a yearless date took its year from; null when a page wrote the year.</summary>
    public string? YearFrom { get; init; }
}

/// <summary>A mention's date with the page it is on and that page's own date: what a summary dates a fact from.</summary>
internal sealed record DatedMention(string? Date, string Source, string? PageDate);

/// <summary>One consolidated figure.</summary>
public sealed record FigureSummary(decimal Value, string Unit, string? Per, string Text, IReadOnlyList<decimal> ValueVariants, bool Conflict);

/// <summary>One person: the fullest name, the country, and each office with the first and last date it was seen.</summary>
public sealed record PersonSummary(string Name, string? Country, IReadOnlyList<string> Aliases, IReadOnlyList<OfficeSeen> Offices);

/// <summary>An office a person held, as pages report it, with the first and last page dates that report it.</summary>
public sealed record OfficeSeen(string Title, string? FirstSeen, string? LastSeen);
