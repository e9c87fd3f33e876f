using System.Globalization;
using System.Text;
using HopTac.Storage.Search;

namespace HopTac.Storage.Postgres.Pages;

/// <summary>
/// Search vectors and queries as PostgreSQL literals (<c>tsvector</c>, <c>tsquery</c>), made from the product's own
/// tokens (<see cref="FoldedTokens"/>) instead of PostgreSQL's text parser: that parser reads "covid-19" as
/// "covid" and "-19" and keeps no Vietnamese folding, so search would disagree with the SQLite store and with the
/// highlights. A literal cast to tsvector/tsquery is stored as written, without further normalisation.
/// </summary>
internal static class SearchVectors
{
    // PostgreSQL clamps positions above 16383 and keeps at most 256 positions per lexeme; lexemes are under 2 kB.
    private const int MaxPosition = 16_383;
    private const int MaxPositions = 256;
    private const int MaxLexeme = 256;

    /// <summary>The folded and the marked vector of a page: title words weighted A, text words D.</summary>
    public static (string Folded, string Marked) Of(string? title, string text)
    {
        var (titleFolded, titleMarked) = FoldedTokens.WordsWithMarks(title ?? string.Empty);
        var (textFolded, textMarked) = FoldedTokens.WordsWithMarks(text);
        return (Vector(titleFolded, textFolded), Vector(titleMarked, textMarked));
    }

    /// <summary>Phrases as a tsquery: words of a phrase side by side (<c>&lt;-&gt;</c>), phrases all required (<c>&amp;</c>).</summary>
    public static string Query(IReadOnlyList<IReadOnlyList<string>> phrases) =>
        string.Join(" & ", phrases.Select(p => "(" + string.Join(" <-> ", p.Select(Quote)) + ")"));

    private static string Vector(List<string> title, List<string> text)
    {
        var positions = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        // The text starts one position after the title's last word, so a phrase never runs from the title into the text.
        Add(positions, title, 1, "A");
        Add(positions, text, title.Count + 2, string.Empty);
        var builder = new StringBuilder();
        foreach (var (lexeme, at) in positions)
        {
            builder.Append(Quote(lexeme)).Append(':').AppendJoin(',', at).Append(' ');
        }

        return builder.ToString();
    }

    private static void Add(Dictionary<string, List<string>> positions, List<string> words, int first, string weight)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Length > MaxLexeme)
            {
                continue;
            }

            if (!positions.TryGetValue(word, out var at))
            {
                positions[word] = at = [];
            }

            if (at.Count < MaxPositions)
            {
                at.Add(Math.Min(first + i, MaxPosition).ToString(CultureInfo.InvariantCulture) + weight);
            }
        }
    }

    // Tokens are letters, digits and marks by construction; escaping keeps the literal valid if that changes.
    private static string Quote(string lexeme) => "'" + lexeme.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
}
