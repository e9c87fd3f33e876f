using HopTac.Core.Text;

namespace HopTac.Storage.Search;

/// <summary>
/// Re-ranks bm25 candidates with what bm25 cannot see. Folding merges many Vietnamese words ("Đà Nẵng", "đa ...
/// nâng" both fold to "da nang"), so a page that spells the query words with the user's own marks, or holds the
/// loose words side by side in the order typed, is the likelier answer. The result multiplies the bm25 score.
/// </summary>
internal static class RelevanceBoost
{
    /// <summary>Weight of the share of phrases found with the user's marks.</summary>
    private const double MarksWeight = 0.5;

    /// <summary>Weight of finding every query word side by side, in order.</summary>
    private const double AdjacencyWeight = 0.5;

    public static double Factor(string? title, string? text, SearchTerms terms)
    {
        if (terms.IsEmpty)
        {
            return 1.0;
        }

        var fields = new[] { title ?? string.Empty, text ?? string.Empty };
        var views = fields.Select(f => new View(f)).ToArray();
        var factor = 1.0;
        if (terms.HasMarks)
        {
            var spelled = 0;
            for (var p = 0; p < terms.Phrases.Count; p++)
            {
                var phrase = p;
                spelled += views.Any(v => v.Contains(terms.Phrases[phrase], terms.Marked[phrase])) ? 1 : 0;
            }

            factor += MarksWeight * spelled / terms.Phrases.Count;
        }

        if (terms.Phrases.Count > 1)
        {
            var all = terms.Phrases.SelectMany(p => p).ToList();
            if (views.Any(v => v.Contains(all, null)))
            {
                factor += AdjacencyWeight;
            }
        }

        return factor;
    }

    /// <summary>One field's tokens, folded and as written (lower-cased), over the same spans.</summary>
    private sealed class View
    {
        private readonly List<string> folded;
        private readonly List<string> lowered;

        public View(string field)
        {
            var normalized = VietnameseText.Normalize(field);
            var foldedText = VietnameseText.Fold(normalized);
            var loweredText = FoldedTokens.Lower(normalized);
            var spans = FoldedTokens.Spans(foldedText);
            folded = spans.ConvertAll(s => foldedText.Substring(s.Start, s.Length));
            lowered = spans.ConvertAll(s => loweredText.Substring(s.Start, s.Length));
        }

        /// <summary>Whether the words occur in sequence (and, when <paramref name="marked"/> is given, so spelled).</summary>
        public bool Contains(IReadOnlyList<string> words, IReadOnlyList<string>? marked)
        {
            for (var i = 0; i + words.Count <= folded.Count; i++)
            {
                var all = true;
                for (var k = 0; k < words.Count && all; k++)
                {
                    all = string.Equals(folded[i + k], words[k], StringComparison.Ordinal)
                        && (marked is null || string.Equals(lowered[i + k], marked[k], StringComparison.Ordinal));
                }

                if (all)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
