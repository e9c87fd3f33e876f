using HopTac.Core.Extraction.Dates;
using HopTac.Storage.Rules;
using Microsoft.Data.Sqlite;

namespace HopTac.Storage.Sqlite;

/// <summary>
/// The date rules of <see cref="PartialDate"/> (<see cref="StoredDates"/>) as SQL functions, so that a SQLite query
/// filters and groups dates by the same rule as the rest of the product instead of comparing ISO text by prefix.
/// Registered on every connection.
/// </summary>
internal static class SqliteDateFunctions
{
    /// <summary><c>date_place(date, from, to)</c>: 1 inside the window, 2 year not known, 0 outside (<see cref="PartialDate.Place"/>).</summary>
    public const string Place = "date_place";

    /// <summary><c>date_year(date)</c>: the year a date (or a page's timestamp) falls in, as text; 'unknown' when it names none or spans several.</summary>
    public const string Year = "date_year";

    public static void Register(SqliteConnection connection)
    {
        connection.CreateFunction<string?, string?, string?, int>(Place, (date, from, to) => (int)StoredDates.PlaceOf(date, from, to), isDeterministic: true);
        connection.CreateFunction<string?, string>(Year, StoredDates.YearOf, isDeterministic: true);
    }
}
