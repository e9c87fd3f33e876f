using System.Globalization;
using System.Text.RegularExpressions;
using HopTac.Core.Knowledge;

namespace HopTac.Storage.Sqlite.Knowledge;

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

    public static SortedDictionary<string, string?> Event(EventSummary s) => new(StringComparer.Ordinal)
    {
        ["type"] = s.Type,
        ["date"] = s.Date,
        ["actors"] = Join(s.Actors),
        ["participants"] = Join(s.Participants),
        ["place"] = s.Place,
    };

    public static SortedDictionary<string, string?> Agreement(AgreementSummary s) => new(StringComparer.Ordinal)
    {
        ["type"] = s.Type,
        ["title"] = s.Title,
        ["date"] = s.Date,
        ["period"] = s.Period,
        ["actors"] = Join(s.Actors),
    };

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
    /// Timeline order: dates with a year first (in ISO order), then yearless dates ("--09-12"), then undated.
    /// </summary>
    public static string SortKey(string? date) =>
        KbMention.YearOf(date) is not null ? "0" + date
        : date is not null && date.StartsWith("--", StringComparison.Ordinal) ? "1" + date
        : "2";

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
                "date" => IsDate(value) ? null : $"invalid date '{Cut(value)}' (YYYY, YYYY-MM, YYYY-MM-DD, --MM-DD)",
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

    /// <summary>An ISO date at any precision the pages use: YYYY, YYYY-MM, YYYY-MM-DD, or yearless --MM, --MM-DD.</summary>
    public static bool IsDate(string value)
    {
        var match = DatePattern().Match(value);
        if (!match.Success)
        {
            return false;
        }

        var year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) : 2000;
        var month = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 1;
        var day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : 1;
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    private static string Join(IEnumerable<string> values) => string.Join(Separator, values.Where(v => !string.IsNullOrWhiteSpace(v)));

    private static string Cut(string? value) => value is null ? string.Empty : value.Length > 40 ? value[..40] + "…" : value;

    [GeneratedRegex(@"^(?:(?<y>\d{4})(?:-(?<m>\d{2})(?:-(?<d>\d{2}))?)?|--(?<m>\d{2})(?:-(?<d>\d{2}))?)$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^[a-z][a-z_]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex TypePattern();

    [GeneratedRegex(@"^[A-Z][A-Z0-9]{1,11}$", RegexOptions.CultureInvariant)]
    private static partial Regex ActorPattern();
}
