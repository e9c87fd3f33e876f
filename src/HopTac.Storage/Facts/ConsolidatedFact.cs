using HopTac.Storage.Knowledge;

namespace HopTac.Storage.Facts;

/// <summary>
/// One consolidated fact as exported: its current values (after curators' edits), curation state and sources.
/// Label is what a person reads first: an event's type, an agreement's title, a figure's text, a person's name.
/// YearInferred: the date's year came from another page (<see cref="YearFrom"/>) because the pages wrote none.
/// LastCurator/LastCuratedAt: the latest curator's decision that applies to the fact; null when none.
/// FirstSeen: when consolidation first created the fact (what "new since" compares).
/// </summary>
public sealed record ConsolidatedFact(
    string Id,
    string Kind,
    string? Type,
    string? Date,
    string Label,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Participants,
    string Status,
    IReadOnlyList<FactSource> Sources)
{
    public bool YearKnown { get; init; }

    public bool YearInferred => YearFrom is not null;

    public string? YearFrom { get; init; }

    /// <summary>The date as a Vietnamese reader writes it ("25/5/2016", "25/5, năm chưa rõ").</summary>
    public string? DateText { get; init; }

    public string? Value { get; init; }

    public string? Unit { get; init; }

    public string? Period { get; init; }

    public string? Place { get; init; }

    public string? Country { get; init; }

    public IReadOnlyList<string> Areas { get; init; } = [];

    public string? LastCurator { get; init; }

    public DateTimeOffset? LastCuratedAt { get; init; }

    public DateTimeOffset? FirstSeen { get; init; }
}
