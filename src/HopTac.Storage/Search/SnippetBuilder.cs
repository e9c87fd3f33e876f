using HopTac.Core.Text;

namespace HopTac.Storage.Search;

/// <summary>
/// Cuts a passage of the original text around the densest cluster of matched words and reports where those words
/// are in it. Matching runs on <see cref="VietnameseText.Fold"/> of the text; the fold is char for char against
/// <see cref="VietnameseText.Normalize"/>, so the passage is taken from the normalised original and every span
/// found in folded text is a span of the passage.
/// </summary>
internal static class SnippetBuilder
{
    public const int DefaultWindow = 240;

    /// <summary>How far before the first match the passage starts, so a reader sees the lead-in.</summary>
    private const int LeadIn = 60;

    public static Snippet Build(string? text, SearchTerms terms, int window = DefaultWindow)
    {
        var original = VietnameseText.Normalize(text);
        if (original.Length == 0)
        {
            return new Snippet(string.Empty, []);
        }

        var folded = VietnameseText.Fold(original);
        var matches = FindMatches(folded, terms);
        if (matches.Count == 0)
        {
            var end = SnapEnd(original, Math.Min(original.Length, window));
            return Tidy(original[..end], []);
        }

        var (first, last) = BestCluster(matches, window);
        var clusterStart = matches[first].Span.Start;
        var clusterEnd = matches[last].Span.End;
        var start = Math.Max(0, Math.Min(clusterStart - LeadIn, clusterEnd - window));
        start = SnapStart(original, start, clusterStart);
        var stop = SnapEnd(original, Math.Min(original.Length, Math.Max(start + window, clusterEnd)));
        stop = Math.Max(stop, clusterEnd);

        var highlights = new List<TextSpan>();
        foreach (var match in matches)
        {
            if (match.Span.Start >= start && match.Span.End <= stop)
            {
                highlights.Add(new TextSpan(match.Span.Start - start, match.Span.Length));
            }
        }

        return Tidy(original[start..stop], highlights);
    }

    /// <summary>
    /// Drops the spaces some sources put before closing punctuation and after opening brackets ("y tế ." → "y tế.",
    /// "( WHO )" → "(WHO)"), as a reader writes them; the highlights move with their words, which hold no such space.
    /// </summary>
    internal static Snippet Tidy(string passage, List<TextSpan> highlights)
    {
        var builder = new System.Text.StringBuilder(passage.Length);
        var map = new int[passage.Length + 1];
        for (var i = 0; i < passage.Length; i++)
        {
            map[i] = builder.Length;
            if (char.IsWhiteSpace(passage[i]) && (BeforeClosing(passage, i) || AfterOpening(builder)))
            {
                continue;
            }

            builder.Append(passage[i]);
        }

        map[passage.Length] = builder.Length;
        return new Snippet(builder.ToString(), highlights.ConvertAll(h => new TextSpan(map[h.Start], h.Length)));
    }

    /// <summary>Whether the run of spaces at <paramref name="i"/> ends at closing punctuation.</summary>
    private static bool BeforeClosing(string text, int i)
    {
        var j = i;
        while (j < text.Length && text[j] is ' ' or '\t')
        {
            j++;
        }

        return j < text.Length && text[j] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '%' or '…' or '”';
    }

    private static bool AfterOpening(System.Text.StringBuilder built) => built.Length > 0 && built[^1] is '(' or '[' or '{' or '“';

    /// <summary>Every word span that belongs to an occurrence of a query phrase, in text order, without repeats.</summary>
    internal static List<(TextSpan Span, int Phrase)> FindMatches(string folded, SearchTerms terms)
    {
        var spans = FoldedTokens.Spans(folded);
        var found = new SortedDictionary<int, (TextSpan Span, int Phrase)>();
        for (var p = 0; p < terms.Phrases.Count; p++)
        {
            var phrase = terms.Phrases[p];
            for (var i = 0; i + phrase.Count <= spans.Count; i++)
            {
                var all = true;
                for (var k = 0; k < phrase.Count && all; k++)
                {
                    var span = spans[i + k];
                    all = folded.AsSpan(span.Start, span.Length).SequenceEqual(phrase[k]);
                }

                if (!all)
                {
                    continue;
                }

                for (var k = 0; k < phrase.Count; k++)
                {
                    found.TryAdd(spans[i + k].Start, (spans[i + k], p));
                }
            }
        }

        return [.. found.Values];
    }

    /// <summary>The run of matches fitting in one window that covers the most distinct phrases, then the most matches.</summary>
    private static (int First, int Last) BestCluster(List<(TextSpan Span, int Phrase)> matches, int window)
    {
        var best = (First: 0, Last: 0);
        var bestScore = (Distinct: 0, Count: 0);
        var counts = new Dictionary<int, int>();
        var left = 0;
        for (var right = 0; right < matches.Count; right++)
        {
            counts[matches[right].Phrase] = counts.GetValueOrDefault(matches[right].Phrase) + 1;
            while (matches[right].Span.End - matches[left].Span.Start > window && left < right)
            {
                var phrase = matches[left].Phrase;
                if (--counts[phrase] == 0)
                {
                    counts.Remove(phrase);
                }

                left++;
            }

            var score = (Distinct: counts.Count, Count: right - left + 1);
            if (score.Distinct > bestScore.Distinct || (score.Distinct == bestScore.Distinct && score.Count > bestScore.Count))
            {
                bestScore = score;
                best = (left, right);
            }
        }

        return best;
    }

    /// <summary>Moves a start forward to the beginning of a word, never past <paramref name="limit"/>.</summary>
    private static int SnapStart(string text, int start, int limit)
    {
        if (start == 0 || char.IsWhiteSpace(text[start - 1]))
        {
            return start;
        }

        for (var i = start; i < limit; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i + 1;
            }
        }

        return start;
    }

    /// <summary>Moves an end back to the end of a word when a space is near, so the passage does not cut a word.</summary>
    private static int SnapEnd(string text, int end)
    {
        if (end >= text.Length || char.IsWhiteSpace(text[end]))
        {
            return end;
        }

        for (var i = end - 1; i > end - 30 && i > 0; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return end;
    }
}
