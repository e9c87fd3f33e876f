using System.Globalization;
using System.Text.Json;
using HopTac.Core.Extraction.Dates;
using HopTac.Core.Knowledge;
using HopTac.Core.Pages;
using HopTac.Core.Text;
using HopTac.Storage.Knowledge;

namespace HopTac.Storage.Knowledge.Consolidation;

/// <summary>
/// One unit of consolidation work inside one write transaction. Re-clusters only the connected components (under
/// <see cref="FactMatcher"/> score &gt; 0, curators' merges, and the old groups) that hold the changed mentions, so
/// the result is what clustering every current mention would give, whatever the order pages arrived in, at a cost
/// proportional to the story touched. Events and agreements first; then figures, which only match within a story
/// (pages that share a consolidated event or agreement); people across all pages.
/// </summary>
internal sealed partial class ConsolidationEngine(IConsolidationStore store, TimeProvider clock)
{
    private const string MachineWho = "machine";

    private static readonly char[] EventKinds = ['e', 'a'];
    private static readonly char[] OtherKinds = ['f', 'p'];

    private readonly Dictionary<string, KbMention?> cache = new(StringComparer.Ordinal);
    private readonly Dictionary<long, HashSet<long>> stories = [];
    private readonly HashSet<long> orphanCandidates = [];

    // The facts that mentions deleted in this unit of work belonged to: a key that comes back (the same fact of a
    // re-extracted page or of its new version) inherits its fact's id even when it was the fact's only member.
    private readonly Dictionary<string, long> retired = new(StringComparer.Ordinal);
    // Re-anchoring (Consolidation.Reanchoring.cs): the mentions this unit of work added that did not exist before
    // it (candidates to succeed a vanished anchor), the facts those successors inherit from the anchors they took
    // over, and the mentions this unit deleted (rivals of a vanished anchor for the successors).
    private readonly Dictionary<string, KbMention> appeared = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> successorOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KbMention> gone = new(StringComparer.Ordinal);
    private List<Decision>? decisions;
    private readonly Dictionary<(char Kind, string Term, bool Range, bool Bounded), List<string>> termKeys = [];
    // Complete member lists of the groups read by this unit's walks, by member key; cleared whenever groups change.
    private readonly Dictionary<string, List<string>> groupMembers = new(StringComparer.Ordinal);
    // Mentions written in this unit: a group holding none of them, with the members of its old fact, is unchanged.
    private readonly HashSet<string> touched = new(StringComparer.Ordinal);
    private readonly HashSet<long> lostMembers = [];
    private Dictionary<char, SortedSet<string>> pendingSeeds = NewSeeds();
    private HashSet<long> pendingStoryPages = [];
    private int pendingPages;
    private Dictionary<string, List<Decision>>? mergesByKey;

    /// <summary>Ids of the facts this work wrote, by mention key of their members (for curation results).</summary>
    public Dictionary<string, long> FactOfKey { get; } = new(StringComparer.Ordinal);

    /// <summary>The save hook: replaces the old version's mentions by the new page's and re-consolidates around them.</summary>
    public async Task PageSavedAsync(long pageId, long? oldPageId, PageRecord record)
    {
        await AddPageAsync(pageId, oldPageId, record).ConfigureAwait(false);
        await FlushAsync().ConfigureAwait(false);
    }

    /// <summary>Whether pages were added since the last <see cref="FlushAsync"/>.</summary>
    public bool HasPending => pendingPages > 0;

    /// <summary>
    /// Replaces the old version's mentions by the new page's and remembers the components to re-cluster; nothing is
    /// re-clustered until <see cref="FlushAsync"/>. Many pages added to one unit cost one re-clustering of each
    /// component they touch instead of one per page, with the same result, since clustering is a function of the set
    /// of current mentions.
    /// </summary>
    public async Task AddPageAsync(long pageId, long? oldPageId, PageRecord record)
    {
        pendingPages++;
        pendingStoryPages.Add(pageId);
        if (oldPageId is { } old)
        {
            pendingStoryPages.Add(old);
            await ForgetAsync(await MentionsOfPagesAsync([old]).ConfigureAwait(false)).ConfigureAwait(false);
        }

        var rows = await store.PageRowsAsync(pageId).ConfigureAwait(false);
        var mentions = KbMention.FromPage(pageId, record, rows);
        await UpsertMentionsAsync(mentions).ConfigureAwait(false);
        foreach (var m in mentions)
        {
            pendingSeeds[m.Kind].Add(m.Key);
        }
    }

    /// <summary>Re-clusters the components of every page added since the last flush.</summary>
    public async Task FlushAsync()
    {
        if (pendingPages == 0)
        {
            return;
        }

        var (seeds, storyPages) = (pendingSeeds, pendingStoryPages);
        (pendingSeeds, pendingStoryPages, pendingPages) = (NewSeeds(), [], 0);
        await ConsolidateAsync(seeds, storyPages).ConfigureAwait(false);
    }

    /// <summary>
    /// Part of a rebuild: reads these current pages' mentions afresh from their records (rules may have changed),
    /// deletes the stored ones no longer produced, stores the rest, and remembers every component they touch for
    /// <see cref="FlushAsync"/>. A rebuild is a series of such units over all current pages; each unit's clustering is
    /// the function of the set of current mentions, so the end state is that of rebuilding all pages at once.
    /// </summary>
    public async Task RefreshPagesAsync(IReadOnlyList<(long Id, PageRecord Record)> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        establishedLimit = MaxComponent;
        var rows = new List<PageRows>(pages.Count);
        foreach (var (id, _) in pages)
        {
            rows.Add(await store.PageRowsAsync(id).ConfigureAwait(false));
            pendingStoryPages.Add(id);
        }

        // Building mentions (keys, identities, their JSON) is pure CPU: every core builds them at once, in page order,
        // while the store's reads and writes stay on this thread.
        var fresh = Enumerable.Range(0, pages.Count).AsParallel().AsOrdered()
            .SelectMany(i => KbMention.FromPage(pages[i].Id, pages[i].Record, rows[i])).ToList();

        var freshKeys = fresh.Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        var stale = (await MentionsOfPagesAsync(pages.Select(p => p.Id)).ConfigureAwait(false)).Where(m => !freshKeys.Contains(m.Key)).ToList();
        await ForgetAsync(stale).ConfigureAwait(false);
        await UpsertMentionsAsync(fresh).ConfigureAwait(false);
        foreach (var m in fresh)
        {
            pendingSeeds[m.Kind].Add(m.Key);
        }

        pendingPages += pages.Count;
    }

    /// <summary>Up to <paramref name="count"/> current pages with ids above <paramref name="after"/>, and the last id read (null: none left).</summary>
    public Task<(long? LastId, List<(long Id, PageRecord Record)> Records)> CurrentPagesAfterAsync(long after, int count) =>
        store.CurrentPagesAfterAsync(after, count);

    /// <inheritdoc cref="IConsolidationStore.RelinkCopiesAfterAsync"/>
    public Task RelinkCopiesAfterAsync(long after, int count) => store.RelinkCopiesAfterAsync(after, count);

    /// <summary>Part of a rebuild: deletes the mentions of pages that are no longer current and re-clusters what they touched.</summary>
    public async Task ForgetOldPagesAsync()
    {
        establishedLimit = MaxComponent;
        var stale = await store.MentionsOfOldPagesAsync().ConfigureAwait(false);
        foreach (var m in stale)
        {
            cache.TryAdd(m.Key, m);
        }

        await ForgetAsync(stale).ConfigureAwait(false);
        pendingPages += stale.Count > 0 ? 1 : 0;
    }

    /// <summary>Part of a rebuild: deletes the consolidated facts that no mention supports any more.</summary>
    public Task DeleteEmptyFactsAsync() => store.DeleteFactsWithoutMembersAsync(null);

    // Deletes mentions after remembering the components they belonged to, so what remains of them is re-clustered.
    private async Task ForgetAsync(List<KbMention> stale)
    {
        if (stale.Count == 0)
        {
            return;
        }

        foreach (var kind in EventKinds.Concat(OtherKinds))
        {
            var before = await ComponentsAsync(kind, stale.Where(m => m.Kind == kind).Select(m => m.Key), bounded: true).ConfigureAwait(false);
            foreach (var key in before.Small.SelectMany(c => c))
            {
                pendingSeeds[kind].Add(key);
                pendingStoryPages.Add(cache[key]!.PageId);
            }
        }

        await DeleteMentionsAsync(stale.Select(m => m.Key).ToList()).ConfigureAwait(false);
    }

    /// <summary>Re-clusters the components holding these mention keys (after a curation decision).</summary>
    public async Task ReclusterAroundAsync(char kind, IEnumerable<string> keys)
    {
        var seeds = NewSeeds();
        seeds[kind].UnionWith(keys);

        // A curator's decision is applied exactly, however large the component: no bound here.
        bounded = false;
        await ConsolidateAsync(seeds, []).ConfigureAwait(false);
    }

    private static Dictionary<char, SortedSet<string>> NewSeeds() => new()
    {
        ['e'] = new(StringComparer.Ordinal),
        ['a'] = new(StringComparer.Ordinal),
        ['f'] = new(StringComparer.Ordinal),
        ['p'] = new(StringComparer.Ordinal),
    };

    private async Task ConsolidateAsync(Dictionary<char, SortedSet<string>> seeds, HashSet<long> storyPages)
    {
        await LoadDecisionsAsync().ConfigureAwait(false);
        await ReanchorAsync().ConfigureAwait(false);
        foreach (var kind in EventKinds)
        {
            var (small, large) = await ComponentsAsync(kind, seeds[kind], bounded).ConfigureAwait(false);
            var oldFacts = await OldFactsOfAsync(small).ConfigureAwait(false);
            foreach (var component in small)
            {
                foreach (var key in component)
                {
                    storyPages.Add(cache[key]!.PageId);
                }

                await ReclusterAsync(kind, component, oldFacts).ConfigureAwait(false);
            }

            foreach (var key in await PlaceAsync(kind, large).ConfigureAwait(false))
            {
                storyPages.Add(cache[key]!.PageId);
            }
        }

        // Stories may have changed: every figure on a page whose story was re-clustered is looked at again.
        stories.Clear();
        if (storyPages.Count > 0)
        {
            foreach (var m in await MentionsOfPagesAsync(storyPages).ConfigureAwait(false))
            {
                if (m.Kind == 'f')
                {
                    seeds['f'].Add(m.Key);
                }
            }
        }

        foreach (var kind in OtherKinds)
        {
            var (small, large) = await ComponentsAsync(kind, seeds[kind], bounded).ConfigureAwait(false);
            var oldFacts = await OldFactsOfAsync(small).ConfigureAwait(false);
            foreach (var component in small)
            {
                await ReclusterAsync(kind, component, oldFacts).ConfigureAwait(false);
            }

            await PlaceAsync(kind, large).ConfigureAwait(false);
        }

        await RefreshShrunkAsync().ConfigureAwait(false);

        if (orphanCandidates.Count > 0)
        {
            await store.DeleteFactsWithoutMembersAsync([.. orphanCandidates]).ConfigureAwait(false);
            orphanCandidates.Clear();
        }
    }

    // The connected components holding the seeds: breadth-first over candidate partners that score above zero,
    // the members of each mention's current group, and the other side of curators' merges. Bounded (every save and
    // rebuild), a walk that meets more than MaxComponent mentions, a group or a block larger than that, or a mention
    // an earlier walk of this unit found in such a component, stops: its seed is placed incrementally (PlaceAsync)
    // instead, since re-clustering a component that grows with the store would make every page cost more than the last.
    private async Task<(List<List<string>> Small, List<string> Large)> ComponentsAsync(char kind, IEnumerable<string> seeds, bool bounded)
    {
        await LoadDecisionsAsync().ConfigureAwait(false);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var components = new List<List<string>>();
        var large = new List<string>();
        foreach (var seed in seeds.Order(StringComparer.Ordinal).ToList())
        {
            if (visited.Contains(seed) || await LoadAsync(seed).ConfigureAwait(false) is not { } first || first.Kind != kind)
            {
                continue;
            }

            if (bounded && inLarge.Contains(seed))
            {
                large.Add(seed);
                continue;
            }

            var walked = new HashSet<string>(StringComparer.Ordinal) { seed };
            var component = new List<string> { seed };
            var established = changed.Contains(seed) ? 0 : 1;
            var queue = new Queue<KbMention>();
            queue.Enqueue(first);
            var tooLarge = false;
            while (queue.Count > 0 && !tooLarge)
            {
                var current = queue.Dequeue();
                var next = new List<string>(await GroupMatesAsync(current.Key, bounded).ConfigureAwait(false));
                if (mergesByKey!.TryGetValue(current.Key, out var merges))
                {
                    next.AddRange(merges.SelectMany(d => d.AllKeys));
                }

                var candidates = await CandidatesAsync(current, bounded).ConfigureAwait(false);
                if (bounded && (next.Count > MaxComponent || candidates is null))
                {
                    tooLarge = true;
                    break;
                }

                foreach (var candidate in candidates!)
                {
                    if (!walked.Contains(candidate.Key) && !visited.Contains(candidate.Key) && Score(kind, current, candidate) > 0)
                    {
                        next.Add(candidate.Key);
                    }
                }

                await LoadManyAsync(next).ConfigureAwait(false);
                foreach (var key in next)
                {
                    if (bounded && inLarge.Contains(key))
                    {
                        tooLarge = true;
                        break;
                    }

                    if (!visited.Contains(key) && walked.Add(key) && cache.GetValueOrDefault(key) is { } mention && mention.Kind == kind)
                    {
                        component.Add(key);
                        queue.Enqueue(mention);
                        established += changed.Contains(key) ? 0 : 1;
                    }
                }

                tooLarge |= bounded && (component.Count > MaxComponent || established > establishedLimit);
            }

            if (tooLarge)
            {
                inLarge.UnionWith(walked);
                large.Add(seed);
                continue;
            }

            visited.UnionWith(walked);
            components.Add(component);
        }

        return (components, large);
    }

    private double Score(char kind, KbMention a, KbMention b) => kind switch
    {
        'e' => FactMatcher.Events(a.Event, b.Event),
        'a' => FactMatcher.Agreements(a.Agreement, b.Agreement),
        'f' => a.PageId != b.PageId && stories.TryGetValue(a.PageId, out var story) && story.Contains(b.PageId) ? FactMatcher.Figures(a.Figure, b.Figure) : 0,
        _ => FactMatcher.People(a.Person, b.Person),
    };

    // The groups of every small component's mentions, read in one query before any of them is re-clustered: a
    // component's writes change only its own mentions' memberships (a group's members are all in one component, since
    // the walk follows group mates), so what later components read is what one query per component read before.
    private async Task<Dictionary<string, long>> OldFactsOfAsync(List<List<string>> components) =>
        components.Count == 0 ? new Dictionary<string, long>(StringComparer.Ordinal) : await OldFactsAsync([.. components.SelectMany(c => c)]).ConfigureAwait(false);

    private async Task ReclusterAsync(char kind, List<string> component, Dictionary<string, long> allOldFacts)
    {
        var inComponent = component.ToHashSet(StringComparer.Ordinal);
        var items = component.Select(k => cache[k]!).ToList();
        if (kind == 'f')
        {
            await LoadStoriesAsync(items.Select(m => m.PageId).Distinct()).ConfigureAwait(false);
        }

        var relevant = decisions!.Where(d => d.Kind == kind && d.AllKeys.Any(inComponent.Contains)).OrderBy(d => d.Id).ToList();
        var sets = Enforce(Cluster(kind, items, Constraints(relevant, inComponent)), relevant, inComponent);
        var ordered = sets.Where(s => s.Count > 0)
            .Select(s => s.Order(StringComparer.Ordinal).Select(k => cache[k]!).ToList())
            .OrderBy(g => g[0].Key, StringComparer.Ordinal)
            .ToList();

        var oldFacts = component.Where(allOldFacts.ContainsKey).ToDictionary(k => k, k => allOldFacts[k], StringComparer.Ordinal);
        var oldSizes = oldFacts.Values.GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        foreach (var key in component)
        {
            if (!oldFacts.ContainsKey(key) && (retired.TryGetValue(key, out var fact) || successorOf.TryGetValue(key, out fact)))
            {
                oldFacts[key] = fact;
            }
        }

        orphanCandidates.UnionWith(oldFacts.Values);
        var splitOff = relevant.Where(d => d.Action == Decision.Split).SelectMany(d => d.Other).ToHashSet(StringComparer.Ordinal);
        var ids = AssignIds(ordered, oldFacts, splitOff);
        for (var i = 0; i < ordered.Count; i++)
        {
            var group = ordered[i];
            var applied = relevant.Where(d => Holder(d, ordered) == i).ToList();
            long id;
            if (ids[i] is { } same && decisions!.Count == 0 && !lostMembers.Contains(same) && oldSizes.GetValueOrDefault(same) == group.Count
                && group.All(m => !touched.Contains(m.Key) && oldFacts.TryGetValue(m.Key, out var was) && was == same))
            {
                // The same members as the stored fact, none of them rewritten and no decision to apply: the fact
                // would be written as it is. Re-clustering a busy component touches few of its groups.
                id = same;
                orphanCandidates.Remove(id);
            }
            else
            {
                id = await WriteFactAsync(kind, ids[i], group, applied).ConfigureAwait(false);
            }

            foreach (var m in group)
            {
                FactOfKey[m.Key] = id;
            }
        }
    }

    // Core's entry points wire the rules of each kind (one report per page, vetoes, candidate blocks); figures are
    // clustered with the store's score, which only links figures of pages that share a story.
    private List<HashSet<string>> Cluster(char kind, List<KbMention> items, ClusterConstraints constraints) =>
        kind switch
        {
            'e' => Keys(Clusterer.Events(items.ConvertAll(m => m.Event), constraints), m => m.Key),
            'a' => Keys(Clusterer.Agreements(items.ConvertAll(m => m.Agreement), constraints), m => m.Key),
            'p' => Keys(Clusterer.People(items.ConvertAll(m => m.Person), constraints), m => m.Key),
            _ => Keys(Clusterer.Cluster(items, m => m.Key, (x, y) => Score(kind, x, y), constraints, exclusive: m => m.Source), m => m.Key),
        };

    private static List<HashSet<string>> Keys<T>(IReadOnlyList<IReadOnlyList<T>> groups, Func<T, string> key) =>
        groups.Select(g => g.Select(key).ToHashSet(StringComparer.Ordinal)).ToList();

    private static ClusterConstraints Constraints(List<Decision> relevant, HashSet<string> inComponent)
    {
        const int MaxPairs = 10_000;
        var must = new List<(string, string)>();
        var cannot = new List<(string, string)>();
        foreach (var d in relevant)
        {
            if (d.Action == Decision.Merge)
            {
                var present = d.AllKeys.Where(inComponent.Contains).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                must.AddRange(present.Skip(1).Take(MaxPairs).Select(k => (present[0], k)));
            }
            else if (d.Action == Decision.Split)
            {
                var outs = d.Other.Where(inComponent.Contains).ToList();
                var rest = d.Keys.Where(inComponent.Contains).ToList();
                cannot.AddRange(outs.SelectMany(o => rest.Select(r => (o, r))).Take(MaxPairs));
            }
        }

        return new ClusterConstraints(must, cannot);
    }

    // Curators' decisions hold whatever the clustering rules do: merges join groups, splits take the split-off
    // pages' mentions out of the group they were taken from. Later decisions win over earlier ones.
    private static List<HashSet<string>> Enforce(List<HashSet<string>> sets, List<Decision> relevant, HashSet<string> inComponent)
    {
        foreach (var d in relevant)
        {
            if (d.Action == Decision.Merge)
            {
                var present = d.AllKeys.Where(inComponent.Contains).ToHashSet(StringComparer.Ordinal);
                var hit = sets.Where(s => s.Overlaps(present)).ToList();
                for (var i = 1; i < hit.Count; i++)
                {
                    hit[0].UnionWith(hit[i]);
                    sets.Remove(hit[i]);
                }
            }
            else if (d.Action == Decision.Split)
            {
                var outs = d.Other.ToHashSet(StringComparer.Ordinal);
                var rest = d.Keys.ToHashSet(StringComparer.Ordinal);
                foreach (var set in sets.ToList())
                {
                    if (set.Overlaps(outs) && set.Overlaps(rest))
                    {
                        var moved = set.Where(outs.Contains).ToHashSet(StringComparer.Ordinal);
                        set.ExceptWith(moved);
                        sets.Add(moved);
                    }
                }
            }
        }

        return sets;
    }

    /// <summary>The group a decision belongs to now: the one holding most of its anchors (ties: the first group).</summary>
    private static int Holder(Decision d, List<List<KbMention>> groups)
    {
        var anchors = (d.Action == Decision.Merge ? d.AllKeys : d.Keys).ToHashSet(StringComparer.Ordinal);
        var best = -1;
        var bestCount = 0;
        for (var i = 0; i < groups.Count; i++)
        {
            var count = groups[i].Count(m => anchors.Contains(m.Key));
            if (count > bestCount)
            {
                best = i;
                bestCount = count;
            }
        }

        return best;
    }

    // Each group inherits the id of the old group it overlaps most (ties: the smallest id), each old id at most once.
    // Mentions a curator split off count after the others: what stays keeps the fact's id, however many pages left
    // it and whatever order the mention keys sort in.
    private static long?[] AssignIds(List<List<KbMention>> groups, Dictionary<string, long> oldFacts, HashSet<string> splitOff)
    {
        var overlaps = new List<(int Group, long Fact, int Staying, int Count)>();
        for (var i = 0; i < groups.Count; i++)
        {
            foreach (var g in groups[i].Where(m => oldFacts.ContainsKey(m.Key)).GroupBy(m => oldFacts[m.Key]))
            {
                overlaps.Add((i, g.Key, g.Count(m => !splitOff.Contains(m.Key)), g.Count()));
            }
        }

        var ids = new long?[groups.Count];
        var used = new HashSet<long>();
        foreach (var (group, fact, _, _) in overlaps.OrderByDescending(o => o.Staying).ThenByDescending(o => o.Count).ThenBy(o => o.Fact).ThenBy(o => o.Group))
        {
            if (ids[group] is null && used.Add(fact))
            {
                ids[group] = fact;
            }
        }

        return ids;
    }

    private async Task<long> WriteFactAsync(char kind, long? id, List<KbMention> group, List<Decision> applied)
    {
        SortedDictionary<string, string?> machine;
        string machineJson;
        IReadOnlyList<string> variants = [];
        var conflict = false;
        switch (kind)
        {
            case 'e':
                var e = Summarizer.Event(group.Select(m => m.Event).ToList());
                (machine, machineJson, variants, conflict) = (FactFields.Event(e), Json(e), e.DateVariants, e.Conflict);
                break;
            case 'a':
                var a = Summarizer.Agreement(group.Select(m => m.Agreement).ToList());
                (machine, machineJson, variants, conflict) = (FactFields.Agreement(a), Json(a), a.DateVariants, a.Conflict);
                break;
            case 'f':
                var f = Summarizer.Figure(group.Select(m => m.Figure).ToList());
                var date = group.Select(m => PartialDate.DayOf(m.PageDate)).OfType<PartialDate>().Where(d => d.HasYear)
                    .OrderBy(d => d.FirstDay).Select(d => d.ToIso()).FirstOrDefault();
                (machine, machineJson, variants, conflict) = (FactFields.Figure(f, date), Json(f), f.ValueVariants.Select(v => v.ToString(CultureInfo.InvariantCulture)).ToList(), f.Conflict);
                break;
            default:
                var p = Summarizer.Person(group.Select(m => m.Person).ToList());
                (machine, machineJson) = (FactFields.Person(p), Json(p));
                break;
        }

        var fields = new SortedDictionary<string, string?>(machine, StringComparer.Ordinal);
        var status = HopTac.Storage.Knowledge.FactStatus.Machine;
        foreach (var d in applied)
        {
            switch (d.Action)
            {
                case Decision.Accept:
                    status = HopTac.Storage.Knowledge.FactStatus.Accepted;
                    break;
                case Decision.Reject:
                    status = HopTac.Storage.Knowledge.FactStatus.Rejected;
                    break;
                case Decision.Edit:
                    foreach (var (name, value) in d.Changes)
                    {
                        fields[name] = value;
                        if (name == "date")
                        {
                            fields.Remove(FactFields.YearFrom);
                        }
                    }

                    status = HopTac.Storage.Knowledge.FactStatus.Edited;
                    break;
            }
        }

        string? search = null;
        if (kind == 'p')
        {
            var names = new[] { fields["name"] }.Concat(machine["aliases"]?.Split("; ") ?? [])
                .Select(n => VietnameseText.Fold(n)).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal);
            search = "|" + string.Join("|", names) + "|";
        }

        var typeColumn = kind switch { 'e' or 'a' => fields["type"], 'f' => fields["unit"], _ => null };
        fields.TryGetValue("date", out var dateColumn);
        var keys = group.Select(m => m.Key).ToList();
        groupMembers.Clear();
        var factId = await store.WriteFactAsync(new FactWrite(
            id,
            kind,
            status,
            typeColumn,
            dateColumn,
            FactFields.SortKey(dateColumn),
            conflict,
            JsonSerializer.Serialize(variants),
            JsonSerializer.Serialize(fields, PageRecordJson.Options),
            machineJson,
            search,
            keys,
            kind is 'e' or 'a' ? FactFields.Split(fields["actors"]).Distinct(StringComparer.Ordinal).ToList() : [],
            applied.ConvertAll(d => d.Id),
            GroupTerms(group),
            id is null ? new RevisionWrite(0, kind, Decision.Create, Decision.AnchorsJson(keys.Take(50).ToList(), []), "{}", MachineWho, clock.GetUtcNow(), null) : null)).ConfigureAwait(false);
        written.Add(factId);
        orphanCandidates.Remove(factId);
        return factId;
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, PageRecordJson.Options);

    private async Task LoadDecisionsAsync()
    {
        if (decisions is not null)
        {
            return;
        }

        decisions = [];
        var byId = new Dictionary<long, int>();
        foreach (var row in await store.DecisionRevisionsAsync().ConfigureAwait(false))
        {
            if (Decision.Actions.Contains(row.Action, StringComparer.Ordinal))
            {
                byId[row.Id] = decisions.Count;
                decisions.Add(row);
            }
            else if (row.Action == Decision.Reanchor && Move.Of(row) is { } move && byId.TryGetValue(move.Decision, out var index))
            {
                decisions[index] = decisions[index].Moved(move.From, move.To);
            }
        }

        IndexMerges();
    }

    private void IndexMerges()
    {
        mergesByKey = new Dictionary<string, List<Decision>>(StringComparer.Ordinal);
        foreach (var d in decisions!.Where(d => d.Action == Decision.Merge))
        {
            foreach (var key in d.AllKeys)
            {
                if (!mergesByKey.TryGetValue(key, out var list))
                {
                    mergesByKey[key] = list = [];
                }

                list.Add(d);
            }
        }
    }

    private async Task<KbMention?> LoadAsync(string key)
    {
        if (!cache.ContainsKey(key))
        {
            await LoadManyAsync([key]).ConfigureAwait(false);
        }

        return cache.GetValueOrDefault(key);
    }

    private async Task LoadManyAsync(IEnumerable<string> keys)
    {
        var missing = keys.Where(k => !cache.ContainsKey(k)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        foreach (var key in missing)
        {
            cache[key] = null;
        }

        foreach (var m in await store.MentionsAsync(missing).ConfigureAwait(false))
        {
            cache[m.Key] = m;
        }
    }

    private async Task<List<KbMention>> MentionsOfPagesAsync(IEnumerable<long> pageIds)
    {
        var list = await store.MentionsOfPagesAsync(pageIds.ToList()).ConfigureAwait(false);
        foreach (var m in list)
        {
            cache.TryAdd(m.Key, m);
        }

        return list.Select(m => cache[m.Key]!).ToList();
    }

    /// <summary>
    /// The other members of the key's group. A walk visits every member of a group, and each would read the same group
    /// again: one query per member made walking a component of a few hundred mentions a few hundred queries at every
    /// batch that touches it. A complete answer is kept for every member of the group until groups change.
    /// </summary>
    private async Task<List<string>> GroupMatesAsync(string key, bool bounded)
    {
        if (groupMembers.TryGetValue(key, out var members))
        {
            return members.Where(k => !string.Equals(k, key, StringComparison.Ordinal)).ToList();
        }

        var limit = bounded ? MaxComponent + 1 : -1;
        var mates = await store.GroupMatesAsync(key, limit).ConfigureAwait(false);
        if (limit < 0 || mates.Count < limit)
        {
            var all = new List<string>(mates) { key };
            foreach (var member in all)
            {
                groupMembers[member] = all;
            }
        }

        return mates;
    }

    /// <summary>The mentions sharing a block with <paramref name="m"/>; bounded, null when a block holds more than MaxComponent.</summary>
    private async Task<List<KbMention>?> CandidatesAsync(KbMention m, bool bounded)
    {
        List<string> keys;
        if (m.Kind == 'f')
        {
            await LoadStoriesAsync([m.PageId]).ConfigureAwait(false);
            var story = stories[m.PageId];
            if (story.Count == 0)
            {
                return [];
            }

            keys = await store.FiguresOnPagesAsync(story, m.Type).ConfigureAwait(false);
            if (bounded && keys.Count > MaxComponent)
            {
                return null;
            }
        }
        else
        {
            var terms = m.BaseTerms();
            if (terms.Count == 0)
            {
                return [];
            }

            if (m.Kind == 'p' && PersonIdentity.MatchesOnlyItsKey(m.Person.Fact.Name))
            {
                // Only the same name can be this person (FactMatcher.People): look it up by its identity key.
                var same = m.Type is null ? [] : await SameKeyPeopleAsync(m.Type, bounded).ConfigureAwait(false);
                if (bounded && same.Count > MaxComponent)
                {
                    return null;
                }

                keys = [.. same.Where(k => !string.Equals(k, m.Key, StringComparison.Ordinal))];
                await LoadManyAsync(keys).ConfigureAwait(false);
                return keys.Select(k => cache.GetValueOrDefault(k)).OfType<KbMention>().Where(c => c.Kind == m.Kind).ToList();
            }

            // An event of a known year looks at that year's events and the yearless ones; a yearless event at all.
            // Each term's keys are read once per unit of work: the members of a busy block (every "Trump") are
            // each other's candidates, and one query per member would read the block once per member.
            var found = new HashSet<string>(StringComparer.Ordinal);
            keys = [];
            foreach (var (term, range) in m.Kind == 'e'
                ? terms.SelectMany(t => m.Year is null ? [(t, true)] : new[] { (t + "|" + m.Year, false), (t + "|", false) })
                : terms.Select(t => (t, false)))
            {
                var block = await TermKeysAsync(m.Kind, term, range, bounded).ConfigureAwait(false);
                if (bounded && block.Count > MaxComponent)
                {
                    return null;
                }

                foreach (var key in block)
                {
                    if (!string.Equals(key, m.Key, StringComparison.Ordinal) && found.Add(key))
                    {
                        keys.Add(key);
                    }
                }
            }
        }

        await LoadManyAsync(keys).ConfigureAwait(false);
        return keys.Select(k => cache.GetValueOrDefault(k)).OfType<KbMention>().Where(c => c.Kind == m.Kind).ToList();
    }

    /// <summary>The person mentions whose identity key (kb_mentions.type) is <paramref name="identity"/>, cached like terms.</summary>
    private async Task<List<string>> SameKeyPeopleAsync(string identity, bool bounded)
    {
        var cacheKey = ('=', identity, false, bounded);
        if (termKeys.TryGetValue(cacheKey, out var cached))
        {
            return cached;
        }

        var keys = await store.PeopleWithIdentityAsync(identity, bounded ? MaxComponent + 1 : -1).ConfigureAwait(false);
        termKeys[cacheKey] = keys;
        return keys;
    }

    /// <summary>The mention keys filed under a lookup term (range: every year of an event term), cached until mentions change.</summary>
    private async Task<List<string>> TermKeysAsync(char kind, string term, bool range, bool bounded)
    {
        var cacheKey = (kind, term, range, bounded);
        if (termKeys.TryGetValue(cacheKey, out var cached))
        {
            return cached;
        }

        var keys = await store.TermKeysAsync(kind, term, range, bounded ? MaxComponent + 1 : -1).ConfigureAwait(false);
        termKeys[cacheKey] = keys;
        return keys;
    }

    /// <summary>For each page, the other pages that share a consolidated event or agreement with it (its story).</summary>
    private async Task LoadStoriesAsync(IEnumerable<long> pageIds)
    {
        var missing = pageIds.Where(p => !stories.ContainsKey(p)).Distinct().ToList();
        if (missing.Count == 0)
        {
            return;
        }

        foreach (var page in missing)
        {
            stories[page] = [];
        }

        foreach (var (page, other) in await store.StoryLinksAsync(missing, MaxStoryMentions).ConfigureAwait(false))
        {
            stories[page].Add(other);
        }
    }

    private Task<Dictionary<string, long>> OldFactsAsync(List<string> keys) => store.GroupsOfAsync(keys);

    private async Task DeleteMentionsAsync(List<string> keys)
    {
        if (keys.Count == 0)
        {
            return;
        }

        // What the deleted mentions said: a decision's vanished anchor competes with them for the successors.
        await LoadManyAsync(keys).ConfigureAwait(false);
        foreach (var key in keys)
        {
            if (cache.GetValueOrDefault(key) is { } mention)
            {
                gone[key] = mention;
            }
        }

        termKeys.Clear();
        touched.UnionWith(keys);
        foreach (var (key, fact) in await store.GroupsOfAsync(keys).ConfigureAwait(false))
        {
            retired[key] = fact;
            lostMembers.Add(fact);
            orphanCandidates.Add(fact);
        }

        groupMembers.Clear();
        await store.DeleteMentionsAsync(keys).ConfigureAwait(false);

        foreach (var key in keys)
        {
            cache[key] = null;
        }
    }

    private async Task UpsertMentionsAsync(List<KbMention> mentions)
    {
        termKeys.Clear();
        touched.UnionWith(mentions.Select(m => m.Key));
        var existing = await store.MentionDataAsync(mentions.ConvertAll(m => m.Key)).ConfigureAwait(false);

        // A mention stored before with the same data keeps its group in a component too large to re-cluster.
        changed.UnionWith(mentions.Where(m => !existing.TryGetValue(m.Key, out var data) || !string.Equals(data, m.Data, StringComparison.Ordinal)).Select(m => m.Key));

        foreach (var m in mentions.Where(m => !existing.ContainsKey(m.Key) && !retired.ContainsKey(m.Key)))
        {
            appeared[m.Key] = m;
        }

        await store.UpsertMentionsAsync(mentions).ConfigureAwait(false);
        foreach (var m in mentions)
        {
            cache[m.Key] = m;
        }
    }
}
