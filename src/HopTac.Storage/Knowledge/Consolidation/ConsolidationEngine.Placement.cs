using HopTac.Core.Knowledge;

namespace HopTac.Storage.Knowledge.Consolidation;

/// <summary>
/// Incremental placement (issue 14): the mentions of a component too large to re-cluster whole on every save (every
/// "Donald Trump", the year-less events of a busy partner) are placed one by one. A mention that was stored before
/// with the same data keeps its group; any other is compared with the groups filed under its lookup terms
/// (kb_group_terms), through one representative member per group and term, and joins the best-scoring group that no
/// member vetoes (the same page, apart), or founds its own. The cost of a page then depends on the groups of its
/// blocks, not on the number of mentions the store holds. A save places the same way into an established component
/// (<see cref="EstablishedComponent"/>); smaller components are still re-clustered exactly, so the knowledge base of a
/// store whose components stay under that (the seeds, ViMs) is unchanged, and a rebuild re-clusters up to
/// <see cref="MaxComponent"/>.
/// What is lost in large components: a new mention that bridges two groups joins the best one instead of merging
/// them, and the mentions already placed are not re-ordered by the links that arrive later.
/// </summary>
internal sealed partial class ConsolidationEngine
{
    /// <summary>
    /// Mentions in a component, a group or a block above which it is placed incrementally. Exact re-clustering is
    /// quadratic in the component; 300 keeps one re-clustering under a few tens of milliseconds and is above every
    /// component of ViMs (1,893 pages of 4-10-page stories), whose knowledge base the digest test pins.
    /// </summary>
    private const int MaxComponent = 300;

    /// <summary>
    /// Mentions stored before this unit of work (and not rewritten by it) above which a component a save touches is
    /// established: the save places its new mentions there incrementally instead of walking and re-clustering the
    /// component whole. A busy component (a foreign leader, a frequent name) otherwise costs up to
    /// <see cref="MaxComponent"/> mentions' walk and clustering at every batch that mentions it, the part of a save that
    /// grew with the store. A rebuild keeps <see cref="MaxComponent"/>: it is where such components are clustered exactly.
    /// </summary>
    private const int EstablishedComponent = 50;

    /// <summary>
    /// An event or agreement reported by more mentions than this is a running topic (a war, a trade dispute), not
    /// one story: its pages do not make the figures they quote one figure. Also bounds the story a page reads.
    /// </summary>
    private const int MaxStoryMentions = 64;

    /// <summary>
    /// Groups read per lookup term, oldest first: the established groups of a busy block are older than the
    /// singletons that accumulate beside them. Bounds the comparisons of one mention in the busiest block.
    /// </summary>
    private const int MaxGroupsPerTerm = 2000;

    /// <summary>
    /// A large group's summary is rewritten when the group has grown by this factor since the last rewrite (and on
    /// every loss of a member): rewriting a group of 10,000 mentions for each new member would make the cost of a page
    /// grow with the store, and one more report of Donald Trump does not change his summary.
    /// </summary>
    private const double SummaryGrowth = 1.25;

    private readonly HashSet<string> inLarge = new(StringComparer.Ordinal);
    private readonly HashSet<string> changed = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> joined = [];
    private readonly HashSet<long> written = [];
    private bool bounded = true;
    private int establishedLimit = EstablishedComponent;

    /// <summary>Places these seeds of large components one by one (in key order); returns the keys placed.</summary>
    private async Task<List<string>> PlaceAsync(char kind, List<string> seeds)
    {
        var placed = new List<string>();
        foreach (var key in seeds)
        {
            if (cache.GetValueOrDefault(key) is not { } m || m.Kind != kind)
            {
                continue;
            }

            var olds = await OldFactsAsync([key]).ConfigureAwait(false);
            if (olds.TryGetValue(key, out var old))
            {
                if (!changed.Contains(key))
                {
                    FactOfKey[key] = old;
                    continue;
                }

                groupMembers.Clear();
                await store.LeaveAsync(key).ConfigureAwait(false);
                lostMembers.Add(old);
                orphanCandidates.Add(old);
            }

            // A mention whose page was saved again comes back to the fact it was in (its id stays).
            var target = retired.TryGetValue(key, out var was) && await store.FactExistsAsync(kind, was).ConfigureAwait(false)
                ? was
                : await BestGroupAsync(kind, m).ConfigureAwait(false);
            if (target is { } id)
            {
                await JoinAsync(id, m).ConfigureAwait(false);
            }
            else
            {
                id = await WriteFactAsync(kind, null, [m], []).ConfigureAwait(false);
            }

            FactOfKey[key] = id;
            placed.Add(key);
        }

        return placed;
    }

    // The best-scoring group among those filed under the mention's lookup terms that no representative vetoes and
    // that holds no mention of the same page (one page reports an event, an agreement or a figure once).
    private async Task<long?> BestGroupAsync(char kind, KbMention m)
    {
        var reps = new Dictionary<long, List<string>>();
        if (kind == 'f')
        {
            var candidates = await CandidatesAsync(m, bounded: true).ConfigureAwait(false) ?? [];
            var facts = await OldFactsAsync(candidates.Select(c => c.Key).ToList()).ConfigureAwait(false);
            foreach (var (key, fact) in facts)
            {
                Add(reps, fact, key);
            }
        }
        else
        {
            foreach (var term in LookupTerms(m))
            {
                foreach (var (fact, rep) in await store.GroupsUnderTermAsync(kind, term, MaxGroupsPerTerm).ConfigureAwait(false))
                {
                    Add(reps, fact, rep);
                }
            }
        }

        await LoadManyAsync(reps.Values.SelectMany(r => r)).ConfigureAwait(false);
        long? best = null;
        var bestScore = 0.0;
        foreach (var (fact, keys) in reps.OrderBy(r => r.Key))
        {
            var members = keys.Where(k => !string.Equals(k, m.Key, StringComparison.Ordinal)).Select(k => cache.GetValueOrDefault(k)).OfType<KbMention>().ToList();
            if (members.Count == 0 || members.Any(r => Vetoes(kind, m, r)))
            {
                continue;
            }

            var score = members.Max(r => Score(kind, m, r));
            if (score > bestScore && (kind == 'p' || !await store.GroupHoldsPageAsync(fact, m.PageId).ConfigureAwait(false)))
            {
                (best, bestScore) = (fact, score);
            }
        }

        return best;

        static void Add(Dictionary<long, List<string>> reps, long fact, string key)
        {
            if (!reps.TryGetValue(fact, out var list))
            {
                reps[fact] = list = [];
            }

            list.Add(key);
        }
    }

    private static bool Vetoes(char kind, KbMention m, KbMention other) => kind switch
    {
        'e' => FactMatcher.Apart(m.Event, other.Event),
        'a' => FactMatcher.Apart(m.Agreement, other.Agreement),
        'p' => FactMatcher.Apart(m.Person, other.Person),
        _ => false,
    };

    /// <summary>
    /// The group terms a mention looks up: its own filed terms, with an event of no known year reading the year of
    /// its page and the year before instead of every year (an event reported without its year is of the year the page
    /// appeared or a recollection of the one before; every year of a busy partner is the block that grows with the store).
    /// </summary>
    private static IEnumerable<string> LookupTerms(KbMention m)
    {
        if (m.Kind == 'p' && PersonIdentity.MatchesOnlyItsKey(m.Person.Fact.Name))
        {
            return m.Type is null ? [] : ["=" + m.Type];
        }

        if (m.Kind != 'e')
        {
            return m.BaseTerms();
        }

        var years = m.Year is { } year
            ? [year, string.Empty]
            : KbMention.YearOf(m.PageDate) is { } page && int.TryParse(page, System.Globalization.CultureInfo.InvariantCulture, out var y)
                ? new[] { page, (y - 1).ToString("D4", System.Globalization.CultureInfo.InvariantCulture), string.Empty }
                : [string.Empty];
        return m.BaseTerms().SelectMany(t => years.Select(y => t + "|" + y));
    }

    private async Task JoinAsync(long fact, KbMention m)
    {
        groupMembers.Clear();
        await store.JoinAsync(fact, m.Key, GroupTerms([m])).ConfigureAwait(false);
        joined[fact] = joined.GetValueOrDefault(fact) + 1;
        orphanCandidates.Remove(fact);
    }

    /// <summary>The group terms of these members, each with its smallest member key carrying it as representative.</summary>
    private static List<GroupTerm> GroupTerms(IEnumerable<KbMention> group)
    {
        var terms = new SortedDictionary<(char, string), string>();
        foreach (var m in group)
        {
            var own = m.Kind == 'p' && m.Type is not null ? m.Terms().Append("=" + m.Type) : m.Terms();
            foreach (var term in own)
            {
                if (!terms.TryGetValue((m.Kind, term), out var rep) || string.CompareOrdinal(m.Key, rep) < 0)
                {
                    terms[(m.Kind, term)] = m.Key;
                }
            }
        }

        return [.. terms.Select(t => new GroupTerm(t.Key.Item1, t.Key.Item2, t.Value))];
    }

    /// <summary>
    /// Rewrites the facts that placement changed and no re-clustering rewrote: every fact that lost a member, a small
    /// group that gained one, a large group when it has grown by <see cref="SummaryGrowth"/> (see there).
    /// </summary>
    private async Task RefreshShrunkAsync()
    {
        foreach (var fact in joined.Keys.Concat(lostMembers).Distinct().Order().ToList())
        {
            if (written.Contains(fact))
            {
                continue;
            }

            var (kind, keys) = await store.GroupAsync(fact).ConfigureAwait(false);

            var before = keys.Count - joined.GetValueOrDefault(fact);
            var due = lostMembers.Contains(fact) || keys.Count <= MaxComponent || Step(keys.Count) != Step(Math.Max(1, before));
            if (kind is not { } k || !due)
            {
                continue;
            }

            await LoadManyAsync(keys).ConfigureAwait(false);
            var group = keys.Select(key => cache.GetValueOrDefault(key)).OfType<KbMention>().ToList();
            var inGroup = keys.ToHashSet(StringComparer.Ordinal);
            var applied = decisions!.Where(d => d.Kind == k && (d.Action == Decision.Merge ? d.AllKeys : d.Keys).Any(inGroup.Contains)).OrderBy(d => d.Id).ToList();
            await WriteFactAsync(k, fact, group, applied).ConfigureAwait(false);
        }

        joined.Clear();
        written.Clear();
    }

    private static int Step(int size) => (int)Math.Floor(Math.Log(size) / Math.Log(SummaryGrowth));
}
