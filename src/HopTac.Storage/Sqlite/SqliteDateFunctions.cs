using HopTac.Core.Extraction.Dates;
using Microsoft.Data.Sqlite;

namespace HopTac.Storage.Sqlite;

/// <summary>
/// The date rules of <see cref="PartialDate"/> as SQL functions, so that a query filters and groups dates by the same
/// rule as the rest of the product instead of comparing ISO text by prefix. Registered on every connection.
/// </summary>
internal static class SqliteDateFunctions
{
    /// <summary><c>date_place(date, from, to)</c>: 1 inside the window, 2 year not known, 0 outside (<see cref="PartialDate.Place"/>).</summary>
    public const string Place = "date_place";

    /// <summary><c>date_year(date)</c>: the year a date (or a page's timestamp) falls in, as text; 'unknown' when it names none or spans several.</summary>
    public const string Year = "date_year";

    public static void Register(SqliteConnection connection)
    {
        connection.CreateFunction<string?, string?, string?, int>(Place, (date, from, to) => (int)PlaceOf(date, from, to), isDeterministic: true);
        connection.CreateFunction<string?, string>(Year, YearOf, isDeterministic: true);
    }

    /// <summary>What a year count calls the facts and pages whose year is not known.</summary>
    public const string Unknown = "unknown";

    /// <summary>Where a stored date or page timestamp falls for an ISO filter; a filter that is no date bounds nothing.</summary>
    public static DatePlacement PlaceOf(string? date, string? from, string? to) =>
        PartialDate.Place(PartialDate.DayOf(date), PartialDate.Parse(from), PartialDate.Parse(to));

    /// <summary>The year a date or timestamp falls in ("2021" for "2021-10-28" and "2021-10/2021-12"), else "unknown".</summary>
    public static string YearOf(string? date) =>
        PartialDate.DayOf(date)?.SingleYear is { } year ? year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) : Unknown;
}
