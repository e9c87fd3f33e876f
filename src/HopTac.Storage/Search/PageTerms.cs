namespace HopTac.Storage.Search;

/// <summary>
/// The folded words of one indexed page as FTS5's unicode61 tokenizer splits its two columns (title, body), with what
/// bm25 needs of them: each word's or phrase's weighted frequency (a title occurrence counts
/// <see cref="TitleWeight"/>, as <c>bm25(pages_fts, 3.0, 1.0)</c> weighs it) and the page's length in tokens.
/// </summary>
internal sealed class PageTerms
{
    /// <summary>The title's column weight in the store's bm25 call.</summary>
    public const int TitleWeight = 3;

    private readonly List<string> title;
    private readonly List<string> body;

    public PageTerms(string? foldedTitle, string? foldedBody)
    {
        title = Tokens(foldedTitle);
        body = Tokens(foldedBody);
    }

    /// <summary>Tokens in both columns: bm25's document length.</summary>
    public int Length => title.Count + body.Count;

    /// <summary>Each distinct word and its weighted frequency.</summary>
    public Dictionary<string, int> Frequencies()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in title)
        {
            counts[word] = counts.GetValueOrDefault(word) + TitleWeight;
        }

        foreach (var word in body)
        {
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        return counts;
    }

    /// <summary>The weighted number of places the phrase starts (FTS5 counts overlapping instances).</summary>
    public double Frequency(IReadOnlyList<string> phrase) => (TitleWeight * Count(title, phrase)) + Count(body, phrase);

    /// <summary>Whether the words stand in sequence within one column, as an FTS5 phrase query finds them.</summary>
    public bool HasPhrase(IReadOnlyList<string> words) => Count(title, words) > 0 || Count(body, words) > 0;

    private static int Count(List<string> tokens, IReadOnlyList<string> phrase)
    {
        var count = 0;
        for (var i = 0; i + phrase.Count <= tokens.Count; i++)
        {
            var all = true;
            for (var k = 0; k < phrase.Count && all; k++)
            {
                all = string.Equals(tokens[i + k], phrase[k], StringComparison.Ordinal);
            }

            if (all)
            {
                count++;
            }
        }

        return count;
    }

    private static List<string> Tokens(string? folded) =>
        string.IsNullOrEmpty(folded) ? [] : FoldedTokens.Spans(folded).ConvertAll(s => folded.Substring(s.Start, s.Length));
}
