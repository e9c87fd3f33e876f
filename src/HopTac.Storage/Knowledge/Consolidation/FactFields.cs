using System.Globalization;
using HopTac.Core.Extraction.Dates;
using HopTac.Core.Knowledge;
using HopTac.Storage.Knowledge;

namespace HopTac.Storage.Knowledge.Consolidation;

/// <summary>
/// A consolidated fact's values as display strings (lists joined by ", "), the form curators edit and
/// <see cref="HopTac.Storage.Knowledge.FactDetail.Fields"/> shows. Curators' edits are checked by <see cref="FactEdits"/>.
/// </summary>
internal static class FactFields
{
    public const string Separator = ", ";

    /// <summary>
    /// Set only where a yearless date took its year from another page (<see cref="EventSummary.YearFrom"/>): that
    /// page's source. A curator's edit of the date removes it, since the year is then theirs.
    /// </summary>
    public const string YearFrom = "year_from";

    public static SortedDictionary<string, string?> Event(EventSummary s) => WithYearFrom(
        new(StringComparer.Ordinal)
        {
            ["type"] = s.Type,
            ["date"] = s.Date,
            ["actors"] = Join(s.Actors),
            ["participants"] = Join(s.Participants),
            ["place"] = s.Place,
        },
        s.YearFrom);

    public static SortedDictionary<string, string?> Agreement(AgreementSummary s) => WithYearFrom(
        new(StringComparer.Ordinal)
        {
            ["type"] = s.Type,
            ["title"] = s.Title,
            ["date"] = s.Date,
            ["period"] = s.Period,
            ["actors"] = Join(s.Actors),
        },
        s.YearFrom);

    public static SortedDictionary<string, string?> Figure(FigureSummary s, string? date) => new(StringComparer.Ordinal)
    {
        ["value"] = s.Value.ToString(CultureInfo.InvariantCulture),
        ["unit"] = s.Unit,
        ["per"] = s.Per,
        ["text"] = s.Text,
        ["date"] = date,
    };

    public static SortedDictionary<string, string?> Person(PersonSummary s) => new(StringComparer.Ordinal)
    {
        ["name"] = s.Name,
        ["country"] = s.Country,
        ["aliases"] = string.Join("; ", s.Aliases),
    };

    public static IReadOnlyList<string> Split(string? value) =>
        string.IsNullOrEmpty(value) ? [] : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// Timeline order: dates with a year first (in ISO order), then yearless dates ("--09-12"), then undated: the
    /// "year not known" group comes last.
    /// </summary>
    public static string SortKey(string? date) =>
        PartialDate.Parse(date) is { } d ? (d.HasYear ? "0" : "1") + d.ToIso() : "2";

    /// <summary>Checks a curator's edit for a kind with the one validator of every entry point (<see cref="FactEdits"/>).</summary>
    public static (SortedDictionary<string, string?>? Changes, FactEditError? Error) Validate(char kind, IReadOnlyDictionary<string, string?>? changes) =>
        FactEdits.Validate(kind, changes);

    private static SortedDictionary<string, string?> WithYearFrom(SortedDictionary<string, string?> fields, string? source)
    {
        if (source is not null)
        {
            fields[YearFrom] = source;
        }

        return fields;
    }

    private static string Join(IEnumerable<string> values) => string.Join(Separator, values.Where(v => !string.IsNullOrWhiteSpace(v)));
}
