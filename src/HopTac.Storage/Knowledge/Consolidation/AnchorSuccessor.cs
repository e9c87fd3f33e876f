using HopTac.Core.Knowledge;
using HopTac.Core.Text;

namespace HopTac.Storage.Knowledge.Consolidation;

/// <summary>
/// Which mention of a page succeeded a decision's anchor that vanished when the page was re-extracted or replaced by
/// a new version. The snapshot of the vanished mention is scored against each candidate by <see cref="FactMatcher"/>
/// (as if it came from another page: the matcher never links two mentions of one page), plus how alike the two
/// evidence sentences are. A candidate wins only above <see cref="MinScore"/> and ahead of every rival on both
/// sides; a tie means the page no longer says which fact the curator meant, so the decision waits rather than guesses.
/// </summary>
internal static class AnchorSuccessor
{
    /// <summary>
    /// The matcher's floor is 1 for events and agreements; half a sentence in common, the same type or a shared
    /// participant on top of that is what a fact keeps when only its wording or precision changed.
    /// </summary>
    public const double MinScore = 1.5;

    private const double Tie = 1e-9;
    private const int MaxEvidence = 2_000;

    // A page reports tens of facts; a hostile one thousands. Pairing is quadratic, so each side is bounded.
    private const int MaxSide = 500;

    /// <summary>The successor of one vanished mention among the candidates (see <see cref="Assign"/>).</summary>
    public static AnchorMatch Pick(KbMention vanished, IReadOnlyList<KbMention> candidates) =>
        Assign([vanished], candidates)[vanished.Key];

    /// <summary>
    /// Pairs the mentions that vanished from a page with the ones that appeared on it, one to one: strongest pairs
    /// first, so a fact that truly left the page does not take the successor of another fact that only changed.
    /// Pairs of equal score that compete for a mention on either side are not decided: those mentions come out
    /// <see cref="AnchorFailure.Ambiguous"/>. The result depends only on the two sets, never on their order.
    /// </summary>
    public static Dictionary<string, AnchorMatch> Assign(IReadOnlyList<KbMention> vanished, IReadOnlyList<KbMention> candidates)
    {
        ArgumentNullException.ThrowIfNull(vanished);
        ArgumentNullException.ThrowIfNull(candidates);
        var pairs = new List<(KbMention Old, KbMention New, double Score)>();
        foreach (var old in vanished.Take(MaxSide))
        {
            foreach (var candidate in candidates.Take(MaxSide))
            {
                if (candidate.Kind == old.Kind && string.Equals(candidate.Source, old.Source, StringComparison.Ordinal)
                    && !string.Equals(candidate.Key, old.Key, StringComparison.Ordinal)
                    && Score(old, candidate) is var score && score >= MinScore)
                {
                    pairs.Add((old, candidate, score));
                }
            }
        }

        pairs.Sort((x, y) =>
        {
            var c = y.Score.CompareTo(x.Score);
            c = c != 0 ? c : string.CompareOrdinal(x.Old.Key, y.Old.Key);
            return c != 0 ? c : string.CompareOrdinal(x.New.Key, y.New.Key);
        });

        var result = new Dictionary<string, AnchorMatch>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < pairs.Count;)
        {
            var level = pairs.Skip(i).TakeWhile(p => pairs[i].Score - p.Score < Tie).ToList();
            i += level.Count;
            var open = level.Where(p => !result.ContainsKey(p.Old.Key) && !taken.Contains(p.New.Key)).ToList();
            var olds = open.GroupBy(p => p.Old.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var news = open.GroupBy(p => p.New.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            foreach (var (old, successor, score) in open)
            {
                var clear = olds[old.Key] == 1 && news[successor.Key] == 1;
                result[old.Key] = clear ? new AnchorMatch(successor, score, AnchorFailure.None) : new AnchorMatch(null, score, AnchorFailure.Ambiguous);
                taken.Add(successor.Key);
            }
        }

        foreach (var old in vanished)
        {
            result.TryAdd(old.Key, new AnchorMatch(null, 0, AnchorFailure.NoSuccessor));
        }

        return result;
    }

    /// <summary>0 when the matcher says the two are different facts; else the matcher's score plus evidence overlap (0 to 1).</summary>
    public static double Score(KbMention vanished, KbMention candidate)
    {
        ArgumentNullException.ThrowIfNull(vanished);
        ArgumentNullException.ThrowIfNull(candidate);
        if (vanished.Kind != candidate.Kind)
        {
            return 0;
        }

        // The matcher refuses two mentions of one source by design; the vanished one is its own page's past.
        var past = "\u0001" + vanished.Source;
        double matcher;
        try
        {
            matcher = vanished.Kind switch
            {
                'e' => FactMatcher.Events(vanished.Event with { Source = past }, candidate.Event),
                'a' => FactMatcher.Agreements(vanished.Agreement with { Source = past }, candidate.Agreement),
                'f' => FactMatcher.Figures(vanished.Figure with { Source = past }, candidate.Figure),
                _ => FactMatcher.People(vanished.Person with { Source = past }, candidate.Person),
            };
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidDataException or InvalidCastException)
        {
            // A snapshot written by an older schema of facts no longer reads: it cannot vouch for any successor.
            return 0;
        }

        return matcher > 0 && !double.IsNaN(matcher) ? matcher + Similarity(vanished.Evidence, candidate.Evidence) : 0;
    }

    /// <summary>Dice overlap of the folded words of two sentences.</summary>
    internal static double Similarity(string a, string b)
    {
        var wa = Words(a);
        var wb = Words(b);
        if (wa.Count == 0 || wb.Count == 0)
        {
            return 0;
        }

        return 2.0 * wa.Count(wb.Contains) / (wa.Count + wb.Count);
    }

    private static HashSet<string> Words(string text) =>
        new(VietnameseText.FoldedWords(text.Length > MaxEvidence ? text[..MaxEvidence] : text), StringComparer.Ordinal);
}

/// <summary>Why a vanished anchor found no successor.</summary>
internal enum AnchorFailure
{
    None,
    NoSuccessor,
    Ambiguous,
}

/// <summary>The successor of a vanished anchor, or null with the reason.</summary>
internal sealed record AnchorMatch(KbMention? Successor, double Score, AnchorFailure Failure);
