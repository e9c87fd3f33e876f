using System.Globalization;
using System.Text.RegularExpressions;
using HopTac.Core.Extraction.Dates;
using HopTac.Core.Facts;
using HopTac.Core.Text;

namespace HopTac.Storage.Knowledge;

/// <summary>
/// The one check of a curator's edit, whichever way it came (CLI, web form, API, review queue): the knowledge base
/// runs it on every edit, and forms may run it first to show the problem beside the field. Per kind of fact only its
/// own fields; types only from facts.md (<see cref="FactTypes"/>); dates in the forms people type
/// (<see cref="TypedDate"/>: 28/10/2021, 10/2021, tháng 10/2021, 2021-10-28) stored in ISO; numbers in full;
/// partners as state or bloc codes. Values are normalised (<see cref="VietnameseText.Normalize"/>) on the way in.
/// </summary>
public static partial class FactEdits
{
    public const int MaxFields = 20;
    public const int MaxValueLength = 1000;

    private static readonly Dictionary<char, string[]> Editable = new()
    {
        ['e'] = ["type", "date", "actors", "participants", "place"],
        ['a'] = ["type", "title", "date", "period", "actors"],
        ['f'] = ["value", "unit", "per", "text", "date"],
        ['p'] = ["name", "country"],
    };

    /// <summary>Every code a refusal carries (<see cref="FactEditError.Code"/>), for the test that each is said in both languages.</summary>
    public static IReadOnlyList<string> ErrorCodes { get; } = ["no-fields", "too-many-fields", "unknown-field", "empty", "too-long", "date", "number", "type", "codes"];

    // Fields a fact cannot lose: clearing them would leave nothing to show.
    private static readonly HashSet<string> Required = new(StringComparer.Ordinal) { "type", "title", "value", "unit", "name", "text" };

    /// <summary>The fields a curator may set on a kind of fact (e, a, f, p).</summary>
    public static IReadOnlyList<string> FieldsOf(char kind) => Editable.TryGetValue(char.ToLowerInvariant(kind), out var fields) ? fields : [];

    /// <summary>The values a field takes when it has a closed list (an event's or agreement's type); empty otherwise.</summary>
    public static IReadOnlyList<string> AllowedValues(char kind, string field) =>
        !string.Equals(field, "type", StringComparison.Ordinal) ? []
        : char.ToLowerInvariant(kind) switch
        {
            'e' => FactTypes.Events,
            'a' => FactTypes.Agreements,
            _ => [],
        };

    /// <summary>
    /// Checks an edit of a fact of <paramref name="kind"/>: the normalised changes (dates in ISO, numbers plain,
    /// codes de-duplicated), or the first problem found.
    /// </summary>
    public static (SortedDictionary<string, string?>? Changes, FactEditError? Error) Validate(char kind, IReadOnlyDictionary<string, string?>? changes)
    {
        kind = char.ToLowerInvariant(kind);
        if (changes is null || changes.Count == 0)
        {
            return Fail("no-fields", null, null, FieldsOf(kind), "edit needs at least one field to set");
        }

        if (changes.Count > MaxFields)
        {
            return Fail("too-many-fields", null, null, [], $"at most {MaxFields} fields in one edit");
        }

        var allowed = FieldsOf(kind);
        var result = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (rawName, rawValue) in changes)
        {
            var name = rawName?.Trim().ToLowerInvariant() ?? string.Empty;
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                return Fail("unknown-field", Cut(rawName), null, allowed,
                    $"unknown field '{Cut(rawName)}' for {Article(kind)} (fields: {string.Join(", ", allowed)})");
            }

            var value = string.IsNullOrWhiteSpace(rawValue) ? null : VietnameseText.Normalize(rawValue).Trim();
            if (value is null)
            {
                if (Required.Contains(name))
                {
                    return Fail("empty", name, null, [], $"{name} cannot be empty");
                }

                result[name] = null;
                continue;
            }

            if (value.Length > MaxValueLength)
            {
                return Fail("too-long", name, null, [], $"{name} is longer than {MaxValueLength} characters");
            }

            var (normal, error) = Check(kind, name, value);
            if (error is not null)
            {
                return (null, error);
            }

            result[name] = normal;
        }

        return (result, null);
    }

    private static (string? Value, FactEditError? Error) Check(char kind, string name, string value) =>
        name switch
        {
            "date" or "period" => TypedDate.Read(value) is { } date
                ? (date.ToIso(), null)
                : (null, Problem("date", name, value, [], $"invalid {name} '{Cut(value)}': write it as 28/10/2021, 10/2021, 2021, 2021-10-28 or tháng 10/2021")),
            "value" => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                ? (number.ToString(CultureInfo.InvariantCulture), null)
                : (null, Problem("number", name, value, [], $"invalid number '{Cut(value)}' (the number in full, e.g. 4700000000)")),
            "type" => AllowedValues(kind, name) is var types && types.Contains(value.ToLowerInvariant(), StringComparer.Ordinal)
                ? (value.ToLowerInvariant(), null)
                : (null, Problem("type", name, value, types, $"invalid type '{Cut(value)}' for {Article(kind)} (one of: {string.Join(", ", types)})")),
            "actors" or "country" => Codes(value) is { } codes
                ? (codes, null)
                : (null, Problem("codes", name, value, [], $"invalid state or bloc codes '{Cut(value)}' (ISO codes such as RU, US, or blocs such as ASEAN, EU, comma-separated)")),
            _ => (value, null),
        };

    private static string Article(char kind) => kind switch
    {
        'e' => "an event",
        'a' => "an agreement",
        'f' => "a figure",
        'p' => "a person",
        _ => "a fact",
    };

    private static string? Codes(string value)
    {
        // Codes as written (RU, ASEAN): upper-casing would turn a name such as "Nga" into the code-like "NGA".
        var codes = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        return codes.Count > 0 && codes.All(c => CodePattern().IsMatch(c)) ? string.Join(", ", codes.Distinct(StringComparer.Ordinal)) : null;
    }

    private static (SortedDictionary<string, string?>?, FactEditError?) Fail(string code, string? field, string? value, IReadOnlyList<string> allowed, string message) =>
        (null, Problem(code, field, value, allowed, message));

    private static FactEditError Problem(string code, string? field, string? value, IReadOnlyList<string> allowed, string message) =>
        new(code, field, value is null ? null : Cut(value), allowed, message);

    private static string Cut(string? value) => value is null ? string.Empty : value.Length > 40 ? value[..40] + "…" : value;

    [GeneratedRegex(@"^[A-Z][A-Z0-9]{1,11}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
