using System.Globalization;

namespace HopTac.Storage.Knowledge;

/// <summary>
/// Consolidated fact ids as shown to people: the kind letter and a number (<c>E12</c>, <c>A3</c>, <c>F7</c>,
/// <c>P5</c>). Numbers are never reused, so an id that disappeared (its group merged away) stays unknown.
/// </summary>
public static class FactIds
{
    public const string Event = "event";
    public const string Agreement = "agreement";
    public const string Figure = "figure";
    public const string Person = "person";

    /// <summary>The id for a kind code (e, a, f, p) and a number.</summary>
    public static string Format(char kind, long number) =>
        char.ToUpperInvariant(kind) + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads an id in any case ("e12", "E12"); false for anything else, including absurdly long input.</summary>
    public static bool TryParse(string? id, out char kind, out long number)
    {
        kind = '\0';
        number = 0;
        var text = id?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length < 2 || text.Length > 20)
        {
            return false;
        }

        var letter = char.ToLowerInvariant(text[0]);
        if (letter is not ('e' or 'a' or 'f' or 'p')
            || !long.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out number)
            || number <= 0)
        {
            number = 0;
            return false;
        }

        kind = letter;
        return true;
    }

    /// <summary>The kind's name (event, agreement, figure, person) for a kind code.</summary>
    public static string KindName(char kind) => kind switch
    {
        'e' => Event,
        'a' => Agreement,
        'f' => Figure,
        'p' => Person,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
