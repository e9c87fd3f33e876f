using System.Globalization;
using System.Text.Json;

namespace HopTac.Storage.Knowledge.Consolidation;

/// <summary>
/// Re-anchoring: a decision is anchored on mention keys, and a key hashes the fact's evidence, date and type, so
/// better extraction rules or an edited new version of a page change it. Before re-clustering, every anchor that
/// vanished in this unit of work is matched, by its snapshot, against the mentions this unit added on the same
/// source (<see cref="AnchorSuccessor"/>); a clear match takes over the anchor, written as a machine "re-anchor"
/// revision, and keeps the fact's id. Without one the decision stays inactive (its anchor is absent; it applies again
/// if the mention ever comes back) and an "anchor-lost" revision says so in the fact's history. Only the decisions
/// holding such anchors are looked at.
/// </summary>
internal sealed partial class ConsolidationEngine
{
    private const string ReanchoredWhy = "re-anchored after re-extraction";

    private async Task ReanchorAsync()
    {
        // Only anchors deleted in this unit are examined: a save that deleted nothing (every new page) or a store
        // without decisions has nothing to re-anchor, and skips indexing every decision's keys.
        if (retired.Count == 0 || decisions!.Count == 0)
        {
            return;
        }

        var holders = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < decisions!.Count; i++)
        {
            foreach (var key in decisions[i].AllKeys.Distinct(StringComparer.Ordinal))
            {
                if (!holders.TryGetValue(key, out var list))
                {
                    holders[key] = list = [];
                }

                list.Add(i);
            }
        }

        if (holders.Count == 0)
        {
            return;
        }

        // Anchors deleted in this unit that no mention holds any more (a key that came back is its own successor).
        var retiredAnchors = retired.Keys.Where(holders.ContainsKey).ToList();
        await LoadManyAsync(retiredAnchors).ConfigureAwait(false);
        var examine = new SortedSet<string>(retiredAnchors.Where(k => cache.GetValueOrDefault(k) is null), StringComparer.Ordinal);
        if (examine.Count == 0)
        {
            return;
        }

        // The snapshot is what the curator saw; a decision older than the snapshots falls back on the row just deleted.
        var snapshots = await SnapshotsAsync(examine).ConfigureAwait(false);
        foreach (var key in examine)
        {
            if (!snapshots.ContainsKey(key) && gone.TryGetValue(key, out var deleted))
            {
                snapshots[key] = deleted;
            }
        }

        // Per page and kind, the anchors to place compete with every other mention that left the page for the ones
        // that came: a fact that truly left does not take the successor of a fact that only changed.
        var matches = new Dictionary<string, AnchorMatch>(StringComparer.Ordinal);
        foreach (var group in examine.Where(snapshots.ContainsKey).GroupBy(k => (snapshots[k].Source, snapshots[k].Kind)))
        {
            var (source, kind) = group.Key;
            var pool = group.Select(k => snapshots[k])
                .Concat(gone.Values.Where(m => m.Kind == kind && string.Equals(m.Source, source, StringComparison.Ordinal)
                    && !examine.Contains(m.Key) && cache.GetValueOrDefault(m.Key) is null))
                .ToList();
            var candidates = appeared.Values.Where(m => m.Kind == kind && string.Equals(m.Source, source, StringComparison.Ordinal)).ToList();
            foreach (var (key, match) in AnchorSuccessor.Assign(pool, candidates))
            {
                if (examine.Contains(key))
                {
                    matches[key] = match;
                }
            }
        }

        foreach (var key in examine)
        {
            foreach (var index in holders[key])
            {
                var decision = decisions[index];
                var fact = retired.TryGetValue(key, out var old) ? old : decision.FactId;
                if (!matches.TryGetValue(key, out var match))
                {
                    await WriteMachineRevisionAsync(decision, fact, Decision.AnchorLost, key, null, null, "decision inactive: no snapshot of the anchored fact was kept").ConfigureAwait(false);
                    continue;
                }

                if (match.Successor is { } successor)
                {
                    decisions[index] = decision.Moved(key, successor.Key);
                    await WriteMachineRevisionAsync(decision, fact, Decision.Reanchor, key, successor.Key, match.Score, ReanchoredWhy).ConfigureAwait(false);
                    await KeepSnapshotAsync(decision.Id, successor).ConfigureAwait(false);
                    if (retired.TryGetValue(key, out var inherited))
                    {
                        successorOf.TryAdd(successor.Key, inherited);
                    }
                }
                else
                {
                    var why = match.Failure == AnchorFailure.Ambiguous
                        ? "decision inactive: two facts of the page match the anchored one equally well"
                        : "decision inactive: the anchored fact is no longer found on its page";
                    await WriteMachineRevisionAsync(decision, fact, Decision.AnchorLost, key, null, match.Failure == AnchorFailure.Ambiguous ? match.Score : null, why).ConfigureAwait(false);
                }
            }
        }

        IndexMerges();
    }

    private Task<Dictionary<string, KbMention>> SnapshotsAsync(IEnumerable<string> keys) => store.SnapshotsAsync(keys.ToList());

    private Task KeepSnapshotAsync(long decision, KbMention mention) => store.KeepSnapshotAsync(decision, mention);

    private async Task WriteMachineRevisionAsync(Decision decision, long fact, string action, string from, string? to, double? score, string why)
    {
        var changes = new SortedDictionary<string, string?>(StringComparer.Ordinal)
        {
            ["decision"] = decision.Id.ToString(CultureInfo.InvariantCulture),
            ["action"] = decision.Action,
            ["from"] = from,
        };
        if (to is not null)
        {
            changes["to"] = to;
        }

        if (score is { } s)
        {
            changes["score"] = s.ToString("0.###", CultureInfo.InvariantCulture);
        }

        await store.WriteRevisionAsync(new RevisionWrite(
            fact,
            decision.Kind,
            action,
            Decision.AnchorsJson(to is null ? [from] : [to], []),
            JsonSerializer.Serialize(changes),
            MachineWho,
            clock.GetUtcNow(),
            why)).ConfigureAwait(false);
    }

    /// <summary>What a "re-anchor" revision did: one anchor of one decision moved from a vanished key to its successor.</summary>
    private sealed record Move(long Decision, string From, string To)
    {
        public static Move? Of(Decision row) =>
            long.TryParse(row.Changes.GetValueOrDefault("decision"), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && row.Changes.GetValueOrDefault("from") is { Length: > 0 } from
            && row.Changes.GetValueOrDefault("to") is { Length: > 0 } to
                ? new Move(id, from, to)
                : null;
    }
}
