using HopTac.Core.Extraction.Gazetteers;

namespace HopTac.Core.Extraction.People;

/// <summary>
/// Foreign leaders and ministers whose state the press often leaves unsaid (data file <c>public-figures.tsv</c>), so
/// a page's most-named state is not taken for theirs ("Tổng thống Donald Trump" on a page about Russia). Asked only
/// when no office on the page gives the state.
/// </summary>
internal static class PublicFigures
{
    // The surname's key is computed once here: StateOf runs for every person whose office names no state.
    private static readonly Lazy<List<(IReadOnlyList<string> Parts, string SurnameKey, string State)>> Rows = new(() =>
        [.. Gazetteer.ReadResource("public-figures.tsv").Select(Row)]);

    private static (IReadOnlyList<string> Parts, string SurnameKey, string State) Row(GazetteerEntry entry)
    {
        var parts = Split(entry.Name);
        return (parts, CanonicalText.Key(parts[^1]), entry.Value);
    }

    /// <summary>
    /// The state of the listed figure <paramref name="parts"/> names: the full name in any spelling ("Kim Jong Un",
    /// "Kim Jong-un"), or a foreign surname alone ("Putin", "Trump"). A lone Vietnamese syllable ("Kim", "Moon") is a
    /// given name too often to be read as a leader. Null when none is listed.
    /// </summary>
    public static string? StateOf(IReadOnlyList<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);

        // Comparing a name with every listed figure was a tenth of extraction, and the same names recur on every
        // page: the answer, a function of the parts and the fixed list, is kept (bounded against hostile input).
        return Answers.Get(Key(parts), _ => Find(parts));
    }

    private static readonly HopTac.Core.Caching.BoundedMemo<string, string?> Answers = new(100_000, StringComparer.Ordinal);

    // Each part with its length before it: no two lists of parts share a key, whatever characters they hold.
    private static string Key(IReadOnlyList<string> parts)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var part in parts)
        {
            builder.Append(part.Length).Append(':').Append(part);
        }

        return builder.ToString();
    }

    private static string? Find(IReadOnlyList<string> parts)
    {
        if (parts.Count == 0 || (parts.Count == 1 && NameParts.IsSyllable(parts[0])))
        {
            return null;
        }

        var single = parts.Count == 1 ? CanonicalText.Key(parts[0]) : null;
        foreach (var (known, surnameKey, state) in Rows.Value)
        {
            if (single is not null
                ? string.Equals(single, surnameKey, StringComparison.Ordinal)
                : NameParts.Compatible(parts, known) || NameParts.Compatible(known, parts))
            {
                return state;
            }
        }

        return null;
    }

    private static List<string> Split(string name)
    {
        // "Moon Jae - in" is two words as the name finder reads it: the spaced hyphen stays inside the last one.
        var words = new List<string>();
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (words.Count > 0 && (word == "-" || words[^1].EndsWith(" -", StringComparison.Ordinal)))
            {
                words[^1] += " " + word;
            }
            else
            {
                words.Add(word);
            }
        }

        return words;
    }
}
