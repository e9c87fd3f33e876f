using System.Text.RegularExpressions;
using HopTac.Core.Text;

namespace HopTac.Core.Extraction.Events;

/// <summary>
/// A row of a trigger table: a fact type and the pattern (over folded text) that signals it. <paramref name="Flagged"/>
/// is any flag but "state"; <paramref name="StateAfter"/> (flag "state") asks for a state's name right after the match.
/// </summary>
internal sealed record TriggerPattern(string Type, Regex Pattern, bool Flagged, bool StateAfter = false);

/// <summary>A trigger found in a sentence: its type and where it is (offsets into the sentence).</summary>
internal sealed record TriggerHit(string Type, int Start, int Length, bool Flagged, bool StateAfter = false)
{
    public int End => Start + Length;
}

/// <summary>
/// Reads the tab-separated tables under <c>Data/events/</c> (embedded): '#' lines are comments, the first other line a
/// header. Trigger tables are matched on <see cref="VietnameseText.Fold"/>ed text, which keeps offsets, so tone-mark
/// placement ("hoà"/"hòa") and case never matter.
/// </summary>
internal static class EmbeddedTable
{
    internal static readonly TimeSpan MatchTimeout = RegexBudget.PerMatch;

    /// <summary>The flag of a row whose match must be followed by a state's name ("thăm Nga", not "thăm trường").</summary>
    private const string StateFlag = "state";

    internal static List<string[]> Read(string fileName) => Data.DataFile.ReadRows("events." + fileName);

    internal static IReadOnlyList<TriggerPattern> ReadTriggers(string fileName) =>
    [
        .. Read(fileName).Where(r => r.Length >= 2).Select(r => new TriggerPattern(
            r[0].Trim(),
            new Regex(r[1], RegexOptions.CultureInvariant, MatchTimeout),
            r.Length > 2 && r[2].Trim().Length > 0 && !string.Equals(r[2].Trim(), StateFlag, StringComparison.Ordinal),
            r.Length > 2 && string.Equals(r[2].Trim(), StateFlag, StringComparison.Ordinal))),
    ];

    /// <summary>Non-overlapping hits in <paramref name="folded"/>, earlier table rows first, then left to right.</summary>
    internal static List<TriggerHit> FindAll(IReadOnlyList<TriggerPattern> table, string folded)
    {
        var hits = new List<TriggerHit>();
        try
        {
            foreach (var row in table)
            {
                for (var m = row.Pattern.Match(folded); m.Success; m = m.NextMatch())
                {
                    if (m.Length > 0 && !hits.Any(h => h.Start < m.Index + m.Length && m.Index < h.End))
                    {
                        hits.Add(new TriggerHit(row.Type, m.Index, m.Length, row.Flagged, row.StateAfter));
                    }
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Hostile text: keep what was found in time.
        }

        hits.Sort((a, b) => a.Start.CompareTo(b.Start));
        return hits;
    }
}
