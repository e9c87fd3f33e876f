using HopTac.Core.Extraction.Gazetteers;

namespace HopTac.Core.Extraction.People;

/// <summary>
/// Foreign leaders and ministers whose state the press often leaves unsaid (data file <c>public-figures.tsv</c>), so
/// a page's most-named state is not taken for theirs ("Tổng thống Donald Trump" on a page about Russia). Asked only
/// when no office on the page gives the state.
/// </summary>
internal static class PublicFigures
{
    private static readonly Lazy<List<(IReadOnlyList<string> Parts, string State)>> Rows = new(() =>
        [.. Gazetteer.ReadResource("public-figures.tsv").Select(e => ((IReadOnlyList<string>)Split(e.Name), e.Value))]);

    /// <summary>
    /// The state of the listed figure <paramref name="parts"/> names: the full name in any spelling ("Kim Jong Un",
    /// "Kim Jong-un"), or a foreign surname alone ("Putin", "Trump"). A lone Vietnamese syllable ("Kim", "Moon") is a
    /// given name too often to be read as a leader. Null when none is listed.
    /// </summary>
    public static string? StateOf(IReadOnlyList<string> parts)
    {
        if (parts.Count == 0 || (parts.Count == 1 && NameParts.IsSyllable(parts[0])))
        {
            return null;
        }

        foreach (var (known, state) in Rows.Value)
        {
            if (parts.Count == 1
                ? string.Equals(CanonicalText.Key(parts[0]), CanonicalText.Key(known[^1]), StringComparison.Ordinal)
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
