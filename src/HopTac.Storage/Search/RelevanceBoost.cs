using HopTac.Core.Text;

namespace HopTac.Storage.Search;

/// <summary>
/// Re-ranks bm25 candidates with what bm25 cannot see: a page that holds the loose query words side by side, in the
/// order typed, is the likelier answer ("ngân hàng thế giới" as a name, not four words apart). The result multiplies
/// the bm25 score and never exceeds <see cref="MaxFactor"/>, which bounds how far a candidate can climb: a page whose
/// bm25 score times that bound is below the k-th boosted score cannot enter the top k. (Spelling with the user's
/// marks is a tier of its own, decided by the marked index, not a factor.)
/// </summary>
internal static class RelevanceBoost
{
    /// <summary>Weight of finding every query word side by side, in order.</summary>
    private const double AdjacencyWeight = 0.5;

    /// <summary>The factor of a page that holds <see cref="AdjacentWords"/> side by side in its title or text.</summary>
    public const double AdjacentFactor = 1.0 + AdjacencyWeight;

    /// <summary>The largest factor <see cref="Factor"/> can give for these terms.</summary>
    public static double MaxFactor(SearchTerms terms) => AdjacentWords(terms) is null ? 1.0 : AdjacentFactor;

    /// <summary>
    /// The words whose side-by-side occurrence earns <see cref="AdjacentFactor"/>: every word of the query in the order
    /// typed, or null when the query is one phrase (it already requires them side by side). A store whose index keeps
    /// word positions can test this as one phrase query instead of reading texts.
    /// </summary>
    public static IReadOnlyList<string>? AdjacentWords(SearchTerms terms) =>
        terms.Phrases.Count > 1 ? terms.Phrases.SelectMany(p => p).ToList() : null;

    public static double Factor(string? title, string? text, SearchTerms terms)
    {
        if (AdjacentWords(terms) is not { } words)
        {
            return 1.0;
        }

        return new View(title).Contains(words) || new View(text).Contains(words) ? AdjacentFactor : 1.0;
    }

    /// <summary>One field's folded tokens.</summary>
    private sealed class View
    {
        private readonly List<string> folded;

        public View(string? field)
        {
            var foldedText = VietnameseText.Fold(VietnameseText.Normalize(field));
            folded = FoldedTokens.Spans(foldedText).ConvertAll(s => foldedText.Substring(s.Start, s.Length));
        }

        /// <summary>Whether the words occur in sequence.</summary>
        public bool Contains(IReadOnlyList<string> words)
        {
            for (var i = 0; i + words.Count <= folded.Count; i++)
            {
                var all = true;
                for (var k = 0; k < words.Count && all; k++)
                {
                    all = string.Equals(folded[i + k], words[k], StringComparison.Ordinal);
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
