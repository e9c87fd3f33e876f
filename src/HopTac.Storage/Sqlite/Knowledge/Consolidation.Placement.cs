using System.Text.Json;
using HopTac.Core.Knowledge;

namespace HopTac.Storage.Sqlite.Knowledge;

/// <summary>
/// Incremental placement (issue 14): the mentions of a component too large to re-cluster whole on every save (every
/// "Donald Trump", the year-less events of a busy partner) are placed one by one. A mention that was stored before
/// with the same data keeps its group; any other is compared with the groups filed under its lookup terms
/// (kb_group_terms), through one representative member per group and term, and joins the best-scoring group that no
/// member vetoes (the same page, apart), or founds its own. The cost of a page then depends on the groups of its
/// blocks, not on the number of mentions the store holds. Small components are still re-clustered exactly, so the
/// knowledge base of a store whose components stay under <see cref="MaxComponent"/> (the seeds, ViMs) is unchanged.
/// What is lost in large components: a new mention that bridges two groups joins the best one instead of merging
/// them, and the mentions already placed are not re-ordered by the links that arrive later.
/// </summary>
internal sealed partial class Consolidation
{
    /// <summary>
    /// Mentions in a component, a group or a block above which it is placed incrementally. Exact re-clustering is
    /// quadratic in the component; 300 keeps one re-clustering under a few tens of milliseconds and is above every
    /// component of ViMs (1,893 pages of 4-10-page stories), whose knowledge base the digest test pins.
    /// </summary>
    private const int MaxComponent = 300;

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

                await using var leave = Command("DELETE FROM kb_members WHERE mention_key = $key");
                leave.Parameters.AddWithValue("$key", key);
                await leave.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                lostMembers.Add(old);
                orphanCandidates.Add(old);
            }

            // A mention whose page was saved again comes back to the fact it was in (its id stays).
            var target = retired.TryGetValue(key, out var was) && await FactExistsAsync(kind, was).ConfigureAwait(false)
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

    private async Task<bool> FactExistsAsync(char kind, long id)
    {
        await using var command = Command("SELECT EXISTS (SELECT 1 FROM kb_facts WHERE id = $id AND kind = $kind)");
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$kind", kind.ToString());
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) == 1;
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
                await using var command = Command("""
                    SELECT g.fact_id, g.rep_key FROM kb_group_terms g
                    JOIN kb_members b ON b.mention_key = g.rep_key AND b.fact_id = g.fact_id
                    WHERE g.kind = $kind AND g.term = $term ORDER BY g.fact_id LIMIT $limit
                    """);
                command.Parameters.AddWithValue("$kind", kind.ToString());
                command.Parameters.AddWithValue("$term", term);
                command.Parameters.AddWithValue("$limit", MaxGroupsPerTerm);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    Add(reps, reader.GetInt64(0), reader.GetString(1));
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
            if (score > bestScore && (kind == 'p' || !await HoldsPageAsync(fact, m.PageId).ConfigureAwait(false)))
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

    private async Task<bool> HoldsPageAsync(long fact, long pageId)
    {
        await using var command = Command("""
            SELECT EXISTS (SELECT 1 FROM kb_mentions m JOIN kb_members b ON b.mention_key = m.key WHERE m.page_id = $page AND b.fact_id = $fact)
            """);
        command.Parameters.AddWithValue("$page", pageId);
        command.Parameters.AddWithValue("$fact", fact);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    private async Task JoinAsync(long fact, KbMention m)
    {
        await using (var member = Command("INSERT INTO kb_members (mention_key, fact_id) VALUES ($key, $id) ON CONFLICT (mention_key) DO UPDATE SET fact_id = excluded.fact_id"))
        {
            member.Parameters.AddWithValue("$key", m.Key);
            member.Parameters.AddWithValue("$id", fact);
            await member.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await InsertGroupTermsAsync(fact, GroupTerms([m]), replace: false).ConfigureAwait(false);
        joined[fact] = joined.GetValueOrDefault(fact) + 1;
        orphanCandidates.Remove(fact);
    }

    /// <summary>Files a fact's group under the terms of its members, each with its smallest member key as representative.</summary>
    private Task WriteGroupTermsAsync(long fact, List<KbMention> group) => InsertGroupTermsAsync(fact, GroupTerms(group), replace: true);

    private static SortedDictionary<(char Kind, string Term), string> GroupTerms(IEnumerable<KbMention> group)
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

        return terms;
    }

    private async Task InsertGroupTermsAsync(long fact, SortedDictionary<(char Kind, string Term), string> terms, bool replace)
    {
        if (replace)
        {
            await using var clear = Command("DELETE FROM kb_group_terms WHERE fact_id = $id");
            clear.Parameters.AddWithValue("$id", fact);
            await clear.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        if (terms.Count == 0)
        {
            return;
        }

        await using var insert = Command("""
            INSERT OR IGNORE INTO kb_group_terms (kind, term, fact_id, rep_key)
            SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), $id, json_extract(value, '$[2]') FROM json_each($rows)
            """);
        insert.Parameters.AddWithValue("$id", fact);
        insert.Parameters.AddWithValue("$rows", JsonSerializer.Serialize(terms.Select(t => new[] { t.Key.Kind.ToString(), t.Key.Term, t.Value })));
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
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

            var keys = new List<string>();
            char? kind = null;
            await using (var command = Command("SELECT b.mention_key, f.kind FROM kb_members b JOIN kb_facts f ON f.id = b.fact_id WHERE b.fact_id = $id ORDER BY b.mention_key"))
            {
                command.Parameters.AddWithValue("$id", fact);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    keys.Add(reader.GetString(0));
                    kind = reader.GetString(1)[0];
                }
            }

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
