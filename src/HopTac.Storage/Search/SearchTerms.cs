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
    /// <summary>
    /// The phrases as the user wrote them (normalised, lower-cased, marks kept), word for word beside
    /// <see cref="Phrases"/>; used to prefer pages that spell the words with the user's marks.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Marked { get; init; } = Phrases;

    /// <summary>Whether each phrase was typed between double quotes, in step with <see cref="Phrases"/>.</summary>
    public IReadOnlyList<bool> Quoted { get; init; } = [];

    /// <summary>Whether the user typed any Vietnamese mark (or đ): only then does spelling tell pages apart.</summary>
    public bool HasMarks => Marked.Zip(Phrases).Any(p => !p.First.SequenceEqual(p.Second, StringComparer.Ordinal));

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
        var marked = new List<IReadOnlyList<string>>();
        var quotes = new List<bool>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var quoted = input.Split('"');
        for (var i = 0; i < quoted.Length; i++)
        {
            // Odd segments are inside quotes: one phrase. Even segments are loose words: one phrase per word.
            var pieces = i % 2 == 1 ? [quoted[i]] : quoted[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            foreach (var piece in pieces)
            {
                var (words, spelled) = FoldedTokens.WordsWithMarks(piece);
                if (words.Count > 0 && phrases.Count < MaxPhrases && seen.Add(string.Join(' ', words)))
                {
                    phrases.Add(words);
                    marked.Add(spelled);
                    quotes.Add(i % 2 == 1);
                }
            }
        }

        return new SearchTerms(phrases) { Marked = marked, Quoted = quotes };
    }

    /// <summary>The FTS5 MATCH expression: quoted phrases joined by spaces (implicit AND).</summary>
    public string ToFts5() => Expression(Phrases);

    /// <summary>The MATCH expression for the marked index: every phrase as typed (marks kept).</summary>
    public string ToMarkedFts5() => Expression(Marked);

    /// <summary>
    /// The phrases typed between quotes with at least one mark: such a phrase must occur with those marks. Empty when
    /// none; a quoted phrase typed without marks still matches every spelling.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> RequiredMarked =>
        [.. Marked.Where((m, i) => i < Quoted.Count && Quoted[i] && !m.SequenceEqual(Phrases[i], StringComparer.Ordinal))];

    /// <summary>The MATCH expression over <paramref name="phrases"/> (quoted, joined by spaces: implicit AND).</summary>
    public static string Expression(IReadOnlyList<IReadOnlyList<string>> phrases)
    {
        var builder = new StringBuilder();
        foreach (var phrase in phrases)
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
