using System.Globalization;
using System.Text.RegularExpressions;
using HopTac.Core.Extraction.Dates;
using HopTac.Core.Knowledge;

namespace HopTac.Storage.Knowledge.Consolidation;

/// <summary>
/// A consolidated fact's values as display strings (lists joined by ", "), the form curators edit and
/// <see cref="HopTac.Storage.Knowledge.FactDetail.Fields"/> shows. Also the validation of curators' edits.
/// </summary>
internal static partial class FactFields
{
    public const string Separator = ", ";

    private const int MaxFieldLength = 1000;

    private static readonly Dictionary<char, string[]> Editable = new()
    {
        ['e'] = ["type", "date", "actors", "participants", "place"],
        ['a'] = ["type", "title", "date", "period", "actors"],
        ['f'] = ["value", "unit", "per", "text", "date"],
        ['p'] = ["name", "country"],
    };

    // Fields a fact cannot lose: clearing them would leave nothing to show.
    private static readonly HashSet<string> Required = new(StringComparer.Ordinal) { "type", "title", "value", "unit", "name", "text" };

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

    /// <summary>Checks a curator's edit for a kind; the normalised changes, or an error saying what is wrong.</summary>
    public static (SortedDictionary<string, string?>? Changes, string? Error) Validate(char kind, IReadOnlyDictionary<string, string?>? changes)
    {
        if (changes is null || changes.Count == 0)
        {
            return (null, "edit needs at least one field to set");
        }

        if (changes.Count > 20)
        {
            return (null, "too many fields in one edit");
        }

        var allowed = Editable[kind];
        var result = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (rawName, rawValue) in changes)
        {
            var name = rawName?.Trim().ToLowerInvariant() ?? string.Empty;
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                return (null, $"unknown field '{Cut(rawName)}' for a {HopTac.Storage.Knowledge.FactIds.KindName(kind)} (fields: {string.Join(", ", allowed)})");
            }

            var value = string.IsNullOrWhiteSpace(rawValue) ? null : HopTac.Core.Text.VietnameseText.Normalize(rawValue).Trim();
            if (value is null && Required.Contains(name))
            {
                return (null, $"{name} cannot be empty");
            }

            if (value is { Length: > MaxFieldLength })
            {
                return (null, $"{name} is longer than {MaxFieldLength} characters");
            }

            var error = value is null ? null : name switch
            {
                "date" => PartialDate.Parse(value) is null ? $"invalid date '{Cut(value)}' (YYYY, YYYY-MM, YYYY-MM-DD, --MM-DD, --MM, or a range A/B)" : null,
                "value" => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _) ? null : $"invalid number '{Cut(value)}'",
                "type" => TypePattern().IsMatch(value) ? null : $"invalid type '{Cut(value)}'",
                "actors" or "country" => Split(value).All(a => ActorPattern().IsMatch(a)) ? null : $"invalid state or bloc codes '{Cut(value)}'",
                _ => null,
            };
            if (error is not null)
            {
                return (null, error);
            }

            if (name is "actors" && value is not null)
            {
                value = Join(Split(value).Distinct(StringComparer.Ordinal));
            }

            if (name is "value" && value is not null)
            {
                value = decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
            }

            result[name] = value;
        }

        return (result, null);
    }

    private static SortedDictionary<string, string?> WithYearFrom(SortedDictionary<string, string?> fields, string? source)
    {
        if (source is not null)
        {
            fields[YearFrom] = source;
        }

        return fields;
    }

    private static string Join(IEnumerable<string> values) => string.Join(Separator, values.Where(v => !string.IsNullOrWhiteSpace(v)));

    private static string Cut(string? value) => value is null ? string.Empty : value.Length > 40 ? value[..40] + "…" : value;

    [GeneratedRegex(@"^[a-z][a-z_]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex TypePattern();

    [GeneratedRegex(@"^[A-Z][A-Z0-9]{1,11}$", RegexOptions.CultureInvariant)]
    private static partial Regex ActorPattern();
}
