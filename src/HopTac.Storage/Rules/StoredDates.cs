using System.Globalization;
using HopTac.Core.Extraction.Dates;

namespace HopTac.Storage.Rules;

/// <summary>
/// The date rules of <see cref="PartialDate"/> over the ISO texts the stores keep (fact dates, page timestamps): where a
/// date falls for a filter, and the year it counts under. One rule for both stores: SQLite registers them as SQL
/// functions, the shared read models apply them to the rows they read.
/// </summary>
internal static class StoredDates
{
    /// <summary>What a year count calls the facts and pages whose year is not known.</summary>
    public const string Unknown = "unknown";

    /// <summary>
    /// The part of a stored date or timestamp its year depends on: a timestamp's day ("2024-10-08" of
    /// "2024-10-08T17:06"), else the text itself. Written in SQL as <see cref="DaySql"/>, so a count groups by few values.
    /// </summary>
    public static string DaySql(string column) => $"CASE WHEN substr({column}, 11, 1) = 'T' THEN substr({column}, 1, 10) ELSE {column} END";

    /// <summary>Where a stored date or page timestamp falls for an ISO filter; a filter that is no date bounds nothing.</summary>
    public static DatePlacement PlaceOf(string? date, string? from, string? to) =>
        PartialDate.Place(PartialDate.DayOf(date), PartialDate.Parse(from), PartialDate.Parse(to));

    /// <summary>The year a date or timestamp falls in ("2021" for "2021-10-28" and "2021-10/2021-12"), else "unknown".</summary>
    public static string YearOf(string? date) =>
        PartialDate.DayOf(date)?.SingleYear is { } year ? year.ToString("D4", CultureInfo.InvariantCulture) : Unknown;
}
