namespace HopTac.Core.Knowledge;

/// <summary>
/// Groups mentions into consolidated facts. The result depends only on the set of mentions and the constraints,
/// never on their order (so ingesting pages in any order yields the same knowledge base): candidate links are
/// taken strongest first, ties broken by the mentions' keys, and a link is refused when it would put two mentions
/// that must stay apart in one group. Must-links (curators' merges) are taken before any scored link.
/// Groups come out sorted by their smallest key; members by key. Keys are expected to be unique.
/// <para>
/// Single links chain ("Putin" links "Vladimir Putin" and a different full name ending in "Putin"), so a merge is
/// refused, whole group against whole group, when any two members would be a cannot-link pair, share an
/// <c>exclusive</c> value (the same page), or are <c>apart</c>. <c>blocks</c> restricts scoring to items that share a
/// block value; it must put every pair that can score above 0 in some common block. Scoring is quadratic within a
/// block, so blocks should be small. The typed entry points (<see cref="Events"/>, <see cref="Agreements"/>,
/// <see cref="Figures"/>, <see cref="People"/>) wire the right rules.
/// </para>
/// </summary>
public static class Clusterer
{
    public static IReadOnlyList<IReadOnlyList<T>> Cluster<T>(
        IReadOnlyList<T> items,
        Func<T, string> key,
        Func<T, T, double> score,
        ClusterConstraints constraints,
        Func<T, string>? exclusive = null,
        Func<T, T, bool>? apart = null,
        Func<T, IEnumerable<string>>? blocks = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(constraints);
        var sorted = items.Select(x => (Item: x, Key: key(x))).OrderBy(x => x.Key, StringComparer.Ordinal).ToList();
        var n = sorted.Count;
        var keys = sorted.Select(x => x.Key).ToArray();
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = n - 1; i >= 0; i--)
        {
            indexOf[keys[i]] = i;
        }

        var cannot = new HashSet<(int, int)>();
        foreach (var (a, b) in constraints.CannotLink)
        {
            if (a is not null && b is not null && indexOf.TryGetValue(a, out var i) && indexOf.TryGetValue(b, out var j) && i != j)
            {
                cannot.Add((Math.Min(i, j), Math.Max(i, j)));
            }
        }

        var groups = new Groups<T>(sorted.Select(x => x.Item).ToArray(), cannot, exclusive, apart);

        foreach (var (a, b) in constraints.MustLink
                     .Where(p => p.A is not null && p.B is not null)
                     .Select(p => string.CompareOrdinal(p.A, p.B) <= 0 ? (p.A, p.B) : (p.B, p.A))
                     .Distinct()
                     .OrderBy(p => p.Item1, StringComparer.Ordinal)
                     .ThenBy(p => p.Item2, StringComparer.Ordinal))
        {
            if (indexOf.TryGetValue(a, out var i) && indexOf.TryGetValue(b, out var j))
            {
                groups.TryUnion(i, j, curated: true);
            }
        }

        var links = new List<(double Score, int I, int J)>();
        foreach (var (i, j) in CandidatePairs(sorted.Select(x => x.Item).ToArray(), blocks))
        {
            var s = score(sorted[i].Item, sorted[j].Item);
            if (s > 0 && !double.IsNaN(s))
            {
                links.Add((s, i, j));
            }
        }

        links.Sort((x, y) =>
        {
            var c = y.Score.CompareTo(x.Score);
            if (c != 0)
            {
                return c;
            }

            c = x.I.CompareTo(y.I);
            return c != 0 ? c : x.J.CompareTo(y.J);
        });
        foreach (var (_, i, j) in links)
        {
            groups.TryUnion(i, j, curated: false);
        }

        return groups.Result();
    }

    /// <summary>Consolidated events: one page reports an event once, and mentions that are apart stay apart.</summary>
    public static IReadOnlyList<IReadOnlyList<EventMention>> Events(IReadOnlyList<EventMention> items, ClusterConstraints? constraints = null) =>
        Cluster(items, m => m.Key, FactMatcher.Events, constraints ?? ClusterConstraints.None, m => m.Source, FactMatcher.Apart, EventBlocks);

    /// <summary>Consolidated agreements: one page names a document once.</summary>
    public static IReadOnlyList<IReadOnlyList<AgreementMention>> Agreements(IReadOnlyList<AgreementMention> items, ClusterConstraints? constraints = null) =>
        Cluster(items, m => m.Key, FactMatcher.Agreements, constraints ?? ClusterConstraints.None, m => m.Source, FactMatcher.Apart, AgreementBlocks);

    /// <summary>Consolidated figures of one story (pass only the figures of pages that share an event or agreement).</summary>
    public static IReadOnlyList<IReadOnlyList<FigureMention>> Figures(IReadOnlyList<FigureMention> items, ClusterConstraints? constraints = null) =>
        Cluster(
            items,
            m => m.Key,
            FactMatcher.Figures,
            constraints ?? ClusterConstraints.None,
            m => m.Source,
            blocks: m => [string.Concat(FactMatcher.UnitKey(m.Fact.Unit), "/", FactMatcher.UnitKey(m.Fact.Per))]);

    /// <summary>People: every member of a group is compatible with every other (no chaining of different full names).</summary>
    public static IReadOnlyList<IReadOnlyList<PersonMention>> People(IReadOnlyList<PersonMention> items, ClusterConstraints? constraints = null) =>
        Cluster(items, m => m.Key, FactMatcher.People, constraints ?? ClusterConstraints.None, apart: FactMatcher.Apart, blocks: PersonBlocks);

    // Every pair that can score shares a foreign actor or a compatible participant, whose last word is the same.
    private static IEnumerable<string> EventBlocks(EventMention m) =>
        m.Fact.Actors.Where(a => !string.Equals(a, "VN", StringComparison.Ordinal)).Select(a => "a:" + a)
            .Concat(m.Fact.Participants.Select(LastWord).Where(w => w.Length > 0).Select(w => "p:" + w));

    private static IEnumerable<string> AgreementBlocks(AgreementMention m)
    {
        var foreign = m.Fact.Actors.Where(a => !string.Equals(a, "VN", StringComparison.Ordinal)).Select(a => "a:" + a).ToList();
        return foreign.Count > 0 ? foreign : ["-"];
    }

    private static IEnumerable<string> PersonBlocks(PersonMention m) => [LastWord(m.Fact.Name)];

    private static string LastWord(string? name) => PersonIdentity.Parse(name).Tokens is { Count: > 0 } t ? t[^1] : string.Empty;

    private static IEnumerable<(int I, int J)> CandidatePairs<T>(T[] items, Func<T, IEnumerable<string>>? blocks)
    {
        if (blocks is null)
        {
            for (var i = 0; i < items.Length; i++)
            {
                for (var j = i + 1; j < items.Length; j++)
                {
                    yield return (i, j);
                }
            }

            yield break;
        }

        var byBlock = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < items.Length; i++)
        {
            foreach (var b in (blocks(items[i]) ?? []).Distinct(StringComparer.Ordinal))
            {
                if (!byBlock.TryGetValue(b, out var list))
                {
                    byBlock[b] = list = [];
                }

                list.Add(i);
            }
        }

        var seen = new HashSet<(int, int)>();
        foreach (var list in byBlock.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Value))
        {
            for (var x = 0; x < list.Count; x++)
            {
                for (var y = x + 1; y < list.Count; y++)
                {
                    if (seen.Add((list[x], list[y])))
                    {
                        yield return (list[x], list[y]);
                    }
                }
            }
        }
    }

    /// <summary>Union-find whose groups keep their members, so a merge can be checked group against group.</summary>
    private sealed class Groups<T>(T[] items, HashSet<(int, int)> cannot, Func<T, string>? exclusive, Func<T, T, bool>? apart)
    {
        private readonly int[] parent = Enumerable.Range(0, items.Length).ToArray();
        private readonly List<int>[] members = Enumerable.Range(0, items.Length).Select(i => new List<int> { i }).ToArray();
        private readonly string?[] exclusiveOf = items.Select(x => exclusive?.Invoke(x)).ToArray();

        public void TryUnion(int i, int j, bool curated)
        {
            var ri = Find(i);
            var rj = Find(j);
            if (ri == rj || !MayJoin(members[ri], members[rj], curated))
            {
                return;
            }

            var (root, child) = ri < rj ? (ri, rj) : (rj, ri);
            parent[child] = root;
            members[root].AddRange(members[child]);
            members[child] = [];
        }

        public List<IReadOnlyList<T>> Result()
        {
            var result = new List<IReadOnlyList<T>>();
            for (var i = 0; i < items.Length; i++)
            {
                if (Find(i) == i)
                {
                    result.Add(members[i].Order().Select(m => items[m]).ToList());
                }
            }

            return result;
        }

        private int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        // Curators' merges override the rules (same page, apart) but never a curator's own split.
        private bool MayJoin(List<int> a, List<int> b, bool curated)
        {
            if (!curated && exclusive is not null)
            {
                var pages = new HashSet<string>(a.Select(m => exclusiveOf[m] ?? string.Empty), StringComparer.Ordinal);
                if (b.Any(m => pages.Contains(exclusiveOf[m] ?? string.Empty)))
                {
                    return false;
                }
            }

            foreach (var x in a)
            {
                foreach (var y in b)
                {
                    if (cannot.Contains((Math.Min(x, y), Math.Max(x, y))) || (!curated && apart is not null && apart(items[x], items[y])))
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }
}

/// <summary>Curators' decisions as constraints on mention keys: pairs that must share a group, pairs that must not.</summary>
public sealed record ClusterConstraints(
    IReadOnlyList<(string A, string B)> MustLink,
    IReadOnlyList<(string A, string B)> CannotLink)
{
    public static ClusterConstraints None { get; } = new([], []);
}
