using System.Globalization;
using HopTac.Storage.Facts;

namespace HopTac.Export.Facts;

/// <summary>
/// The columns of a fact export, the same in CSV and in every XLSX sheet so that a script reads both alike.
/// Sources and evidence sentences are in step, one per line, so a cell keeps each source beside its sentence.
/// </summary>
internal static class FactColumns
{
    public static readonly IReadOnlyList<(string Name, Func<ConsolidatedFact, string?> Value)> All =
    [
        ("id", f => f.Id),
        ("kind", f => f.Kind),
        ("type", f => f.Type),
        ("date", f => f.Date),
        ("date_text", f => f.DateText),
        ("year_known", f => Bool(f.YearKnown)),
        ("year_inferred", f => Bool(f.YearInferred)),
        ("year_from", f => f.YearFrom),
        ("actors", f => string.Join(' ', f.Actors)),
        ("participants", f => string.Join("; ", f.Participants)),
        ("title_or_value", f => f.Label),
        ("value", f => f.Value),
        ("unit", f => f.Unit),
        ("period", f => f.Period),
        ("place", f => f.Place),
        ("country", f => f.Country),
        ("areas", f => string.Join(' ', f.Areas)),
        ("status", f => f.Status),
        ("last_curator", f => f.LastCurator),
        ("last_curated_at", f => Instant(f.LastCuratedAt)),
        ("first_seen", f => Instant(f.FirstSeen)),
        ("source_count", f => f.Sources.Count.ToString(CultureInfo.InvariantCulture)),
        ("sources", f => string.Join('\n', f.Sources.Select(s => s.Source))),
        ("evidence", f => string.Join('\n', f.Sources.Select(s => s.Evidence))),
    ];

    private static string Bool(bool value) => value ? "true" : "false";

    private static string? Instant(DateTimeOffset? value) =>
        value?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
