using System.Text;

namespace HopTac.Storage.Search;

/// <summary>
/// A user's search text parsed into phrases of folded words; a page matches when it holds every phrase.
/// Words outside quotes are each a phrase of their own (a hyphenated word such as "covid-19" is the phrase
/// "covid 19"); text between double quotes is one phrase; an unbalanced quote runs to the end of the input.
/// Operators (<c>*</c>, <c>NEAR(</c>, <c>-</c>, <c>OR</c>, column filters) are never passed to FTS5: every token is
/// letters and digits only and every phrase is quoted, so no input can raise an FTS syntax error.
/// </summary>
internal sealed record SearchTerms(IReadOnlyList<IReadOnlyList<string>> Phrases)
{
    /// <summary>Longer input is cut: a query is a few words, not a page.</summary>
    public const int MaxInputLength = 1_000;

    /// <summary>More phrases than this are dropped: FTS5 cost grows with every term.</summary>
    public const int MaxPhrases = 32;

    public static SearchTerms Empty { get; } = new([]);

    public bool IsEmpty => Phrases.Count == 0;

    /// <summary>Every distinct word of every phrase.</summary>
    public IReadOnlySet<string> Words => Phrases.SelectMany(p => p).ToHashSet(StringComparer.Ordinal);

    public static SearchTerms Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Empty;
        }

        var input = text.Length > MaxInputLength ? text[..MaxInputLength] : text;
        var phrases = new List<IReadOnlyList<string>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var quoted = input.Split('"');
        for (var i = 0; i < quoted.Length; i++)
        {
            // Odd segments are inside quotes: one phrase. Even segments are loose words: one phrase per word.
            var pieces = i % 2 == 1 ? [quoted[i]] : quoted[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            foreach (var piece in pieces)
            {
                var words = FoldedTokens.Words(piece);
                if (words.Count > 0 && phrases.Count < MaxPhrases && seen.Add(string.Join(' ', words)))
                {
                    phrases.Add(words);
                }
            }
        }

        return new SearchTerms(phrases);
    }

    /// <summary>The FTS5 MATCH expression: quoted phrases joined by spaces (implicit AND).</summary>
    public string ToFts5()
    {
        var builder = new StringBuilder();
        foreach (var phrase in Phrases)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            // Tokens hold no quotes by construction; doubling them anyway keeps the expression safe if that changes.
            builder.Append('"').Append(string.Join(' ', phrase).Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }

        return builder.ToString();
    }
}
