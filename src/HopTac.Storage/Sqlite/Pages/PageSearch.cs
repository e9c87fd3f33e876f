using System.Globalization;
using System.Text;
using System.Text.Json;
using HopTac.Storage.Rules;
using HopTac.Storage.Search;
using Microsoft.Data.Sqlite;
using static HopTac.Storage.Sqlite.SqlCommands;

namespace HopTac.Storage.Sqlite.Pages;

/// <summary>
/// Full-text search over the index of current pages, in two tiers: first the pages that hold every query phrase as
/// typed (the marked index, <c>pages_marked_fts</c>), then the other pages that hold it folded (<c>pages_fts</c>).
/// Within a tier pages rank by bm25 (title weighted 3:1 over text) times <see cref="RelevanceBoost"/>. Facets are
/// filters on the page's own fact rows. Totals are exact up to <see cref="SearchQuery.TotalBound"/> (each count stops
/// at <see cref="SearchQuery.CountLimit"/> matches); a page of results is a slice of that order.
/// </summary>
/// <remarks>
/// The whole order is computed in one query per tier: the boost (<see cref="RelevanceBoost"/>: every query word side
/// by side, in order) is a phrase query on the same index, so no text is read to rank and every slice equals what
/// re-ranking every match by its text gives (<see cref="FullScan"/>, which a test compares). The remaining cost is
/// SQLite's bm25 over the matches of the tier.
/// </remarks>
internal sealed class PageSearch(SqliteConnections connections)
{
    /// <summary>bm25 column weights (title, body): a word in the headline says more about the page.</summary>
    private const string Bm25 = "bm25(pages_fts, 3.0, 1.0)";

    // The unary + keeps the planner from handing "rowid IN (list)" to FTS5 as a rowid constraint: FTS5 would then run the
    // whole MATCH again for every listed rowid (21 s instead of 0.05 s for a frequent word on 21k pages), where
    // filtering the one MATCH scan against the list costs a lookup per match.
    private const string Marked = "+pages_fts.rowid IN (SELECT rowid FROM pages_marked_fts WHERE pages_marked_fts MATCH $marked)";

    /// <summary>When set, every match is re-ranked by reading its text: the reference the ranking in SQL is tested against.</summary>
    internal bool FullScan { get; init; }

    /// <summary>Past this many matches the total is reported as "more than" it (tests set a small one to see the boundary).</summary>
    internal int TotalBound { get; init; } = SearchQuery.TotalBound;

    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var (limit, offset, parsed) = PageRules.StartSearch(query);
        if (parsed is not { } terms)
        {
            return SearchResults.None(offset, limit);
        }

        var filter = new Filter(query);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (terms.IsEmpty)
        {
            return await ListAsync(connection, filter, offset, limit, TotalBound, cancellationToken).ConfigureAwait(false);
        }

        var match = new Match(terms, filter);
        var total = await CountAsync(connection, match, null, cancellationToken).ConfigureAwait(false);
        if (total == 0 || offset >= total)
        {
            return SearchResults.Counted([], total, offset, limit, TotalBound);
        }

        // Both counts stop at CountLimit, past the end of any slice a query may ask for (offset ≤ MaxOffset, limit ≤
        // MaxSearchLimit), so the tier arithmetic below is exact for every reachable slice.
        var spelled = await CountAsync(connection, match, Marked, cancellationToken).ConfigureAwait(false);
        var ranked = new List<RankedCandidate>(limit);
        if (offset < spelled)
        {
            ranked.AddRange(await RankAsync(connection, match, Marked, offset, Math.Min(limit, spelled - offset), cancellationToken).ConfigureAwait(false));
        }

        if (ranked.Count < limit && offset + ranked.Count < total)
        {
            var skip = Math.Max(0, offset - spelled);
            var rest = await RankAsync(connection, match, "NOT " + Marked, skip, limit - ranked.Count, cancellationToken).ConfigureAwait(false);
            ranked.AddRange(rest);
        }

        var hits = await HitsAsync(connection, ranked, terms, cancellationToken).ConfigureAwait(false);
        return SearchResults.Counted(hits, total, offset, limit, TotalBound);
    }

    /// <summary>Facets alone: every indexed page (one per content) that matches, newest first.</summary>
    private static async Task<SearchResults> ListAsync(SqliteConnection connection, Filter filter, int offset, int limit, int bound, CancellationToken cancellationToken)
    {
        int total;
        await using (var count = connection.CreateCommand())
        {
            count.CommandText = $"SELECT count(*) FROM (SELECT 1 FROM pages p WHERE p.is_indexed = 1 {filter.OnPages()} LIMIT $cap)";
            filter.Bind(count);
            count.Parameters.AddWithValue("$cap", SearchQuery.CountLimit);
            total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT p.id FROM pages p WHERE p.is_indexed = 1 {filter.OnPages()}
            ORDER BY p.published IS NULL, p.published DESC, p.id
            LIMIT $limit OFFSET $offset
            """;
        filter.Bind(command);
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$offset", offset);
        var ids = new List<RankedCandidate>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                ids.Add(new RankedCandidate(reader.GetInt64(0), 0.0) { Score = 0.0 });
            }
        }

        return SearchResults.Counted(await HitsAsync(connection, ids, SearchTerms.Empty, cancellationToken).ConfigureAwait(false), total, offset, limit, bound);
    }

    /// <summary>
    /// The matches of a tier, counted up to <see cref="SearchQuery.CountLimit"/>: without ORDER BY the MATCH scan stops
    /// there, so a word on most pages costs the same to count at 100k pages as at 1M.
    /// </summary>
    private static async Task<int> CountAsync(SqliteConnection connection, Match match, string? tier, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM (SELECT 1 {Match.From} WHERE {match.Where(tier)} LIMIT $cap)";
        match.Bind(command);
        command.Parameters.AddWithValue("$cap", SearchQuery.CountLimit);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    /// <summary>The slice [skip, skip + take) of one tier in rank order: bm25 times the adjacency boost, then page id.</summary>
    private async Task<List<RankedCandidate>> RankAsync(
        SqliteConnection connection, Match match, string tier, int skip, int take, CancellationToken cancellationToken)
    {
        if (FullScan)
        {
            return await new BoundedRanking(
                (from, count) => CandidatesAsync(connection, match, tier, from, count, cancellationToken),
                async ids => (await TextsAsync(connection, ids, "p.title, p.text", cancellationToken).ConfigureAwait(false))
                    .ToDictionary(r => r.Key, r => (r.Value[0], r.Value[1])),
                int.MaxValue,
                fullScan: true).RankAsync(match.Terms, skip, take).ConfigureAwait(false);
        }

        return await CandidatesAsync(connection, match, tier, skip, take, cancellationToken, boosted: true).ConfigureAwait(false);
    }

    /// <summary>
    /// Matches of one tier in order, [skip, skip + take) (take = <see cref="int.MaxValue"/>: all). By bm25 alone, or
    /// <paramref name="boosted"/> by bm25 times the adjacency boost, which is then their score.
    /// </summary>
    private static async Task<List<RankedCandidate>> CandidatesAsync(
        SqliteConnection connection, Match match, string tier, int skip, int take, CancellationToken cancellationToken, bool boosted = false)
    {
        var adjacent = boosted ? RelevanceBoost.AdjacentWords(match.Terms) : null;

        // bm25 is negative (lower is better), so the boost multiplies it and the order is ascending; the unary + keeps
        // the adjacency list a filter on the one MATCH scan (see Marked).
        var boost = adjacent is null
            ? string.Empty
            : " * CASE WHEN +pages_fts.rowid IN (SELECT rowid FROM pages_fts WHERE pages_fts MATCH $adjacent) THEN $factor ELSE 1.0 END";
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT pages_fts.rowid, {Bm25}{boost} AS score {Match.From} WHERE {match.Where(tier)}
            ORDER BY score, pages_fts.rowid
            LIMIT $take OFFSET $skip
            """;
        match.Bind(command);
        if (adjacent is not null)
        {
            command.Parameters.AddWithValue("$adjacent", SearchTerms.Expression([adjacent]));
            command.Parameters.AddWithValue("$factor", RelevanceBoost.AdjacentFactor);
        }

        command.Parameters.AddWithValue("$take", take == int.MaxValue ? -1 : take);
        command.Parameters.AddWithValue("$skip", skip);
        var list = new List<RankedCandidate>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var score = -reader.GetDouble(1);
            list.Add(boosted ? new RankedCandidate(reader.GetInt64(0), score) { Score = score } : new RankedCandidate(reader.GetInt64(0), score));
        }

        return list;
    }

    private static async Task<List<SearchHit>> HitsAsync(SqliteConnection connection, List<RankedCandidate> ranked, SearchTerms terms, CancellationToken cancellationToken)
    {
        var rows = await TextsAsync(connection, ranked.Select(c => c.Id), "s.source, p.title, p.published, p.text", cancellationToken).ConfigureAwait(false);
        var hits = new List<SearchHit>(ranked.Count);
        foreach (var c in ranked)
        {
            if (rows.TryGetValue(c.Id, out var row))
            {
                hits.Add(new SearchHit(c.Id, row[0] ?? string.Empty, row[1], row[2], SnippetBuilder.Build(row[3], terms), c.Score ?? 0.0));
            }
        }

        return hits;
    }

    /// <summary>Columns of pages by id (<paramref name="columns"/> from pages p joined with sources s).</summary>
    private static async Task<Dictionary<long, string?[]>> TextsAsync(
        SqliteConnection connection, IEnumerable<long> ids, string columns, CancellationToken cancellationToken)
    {
        var result = new Dictionary<long, string?[]>();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT p.id, {columns} FROM pages p JOIN sources s ON s.id = p.source_id
            WHERE p.id IN (SELECT value FROM json_each($ids))
            """;
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var row = new string?[reader.FieldCount - 1];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = NullableString(reader, i + 1);
            }

            result[reader.GetInt64(0)] = row;
        }

        return result;
    }

    /// <summary>The date and facet filters of a query, as bound parameters.</summary>
    private sealed class Filter(SearchQuery query)
    {
        private readonly string? from = DateFilter(query.From);
        private readonly string? to = DateFilter(query.To);
        private readonly string? partner = PageRules.Facet(query.Partner, upper: true);
        private readonly string? area = PageRules.Facet(query.Area, upper: false);
        private readonly string? type = PageRules.Facet(query.EventType, upper: false);

        /// <summary>Whether any filter is set.</summary>
        public bool Any => from is not null || to is not null || partner is not null || area is not null || type is not null;

        /// <summary>
        /// The filters that are set, as conditions on the matches of a text search: each a set of page ids the query
        /// reads once, checked against <c>pages_fts.rowid</c> (the unary + keeps it a filter on the MATCH scan, see
        /// <see cref="Marked"/>). Reading the matched page's row for every match instead cost 4 s for "hợp tác" with a
        /// partner on 105k pages, 0.4 s this way. Only current pages are in pages_fts, so <c>is_current</c> needs no test.
        /// </summary>
        public string OnMatches() =>
            (from is not null || to is not null
                ? "\n  AND +pages_fts.rowid IN (SELECT id FROM pages INDEXED BY pages_published WHERE is_current = 1 AND date_place(published, $from, $to) = 1)"
                : string.Empty)
            + FactSets("+pages_fts.rowid");

        /// <summary>
        /// The filters that are set, as conditions on the pages <c>p</c> of a list without text: the fact facets are
        /// page-id sets the list is read from (a partner's few hundred pages, not a scan of every page row: 1.1 s on
        /// 105k pages before), the dates a test of each such page.
        /// </summary>
        public string OnPages() =>
            (from is not null || to is not null ? "\n  AND date_place(p.published, $from, $to) = 1" : string.Empty)
            + FactSets("p.id");

        private string FactSets(string id)
        {
            var parts = new StringBuilder();
            if (partner is not null)
            {
                parts.Append(CultureInfo.InvariantCulture, $"""

                      AND {id} IN (SELECT e.page_id FROM events e JOIN event_actors ea ON ea.event_id = e.id WHERE ea.actor = $partner
                                   UNION SELECT g.page_id FROM agreements g, json_each(g.actors) j WHERE j.value = $partner)
                    """);
            }

            if (area is not null)
            {
                parts.Append(CultureInfo.InvariantCulture, $"\n  AND {id} IN (SELECT page_id FROM page_areas WHERE area = $area)");
            }

            if (type is not null)
            {
                parts.Append(CultureInfo.InvariantCulture, $"\n  AND {id} IN (SELECT page_id FROM events WHERE type = $type)");
            }

            return parts.ToString();
        }

        public void Bind(SqliteCommand command)
        {
            command.Parameters.AddWithValue("$from", Db(from));
            command.Parameters.AddWithValue("$to", Db(to));
            command.Parameters.AddWithValue("$partner", Db(partner));
            command.Parameters.AddWithValue("$area", Db(area));
            command.Parameters.AddWithValue("$type", Db(type));
        }
    }

    /// <summary>The MATCH of a text query: the folded phrases, the marked phrases a quote requires, and the filters.</summary>
    private sealed class Match(SearchTerms terms, Filter filter)
    {
        private readonly IReadOnlyList<IReadOnlyList<string>> required = terms.RequiredMarked;

        public SearchTerms Terms => terms;

        public static string From => "FROM pages_fts";

        public string Where(string? tier) =>
            "pages_fts MATCH $match"
            + (required.Count > 0 ? " AND +pages_fts.rowid IN (SELECT rowid FROM pages_marked_fts WHERE pages_marked_fts MATCH $required)" : string.Empty)
            + (tier is null ? string.Empty : " AND " + tier)
            + filter.OnMatches();

        public void Bind(SqliteCommand command)
        {
            command.Parameters.AddWithValue("$match", terms.ToFts5());
            command.Parameters.AddWithValue("$marked", terms.ToMarkedFts5());
            if (required.Count > 0)
            {
                command.Parameters.AddWithValue("$required", SearchTerms.Expression(required));
            }

            if (filter.Any)
            {
                filter.Bind(command);
            }
        }
    }

    /// <summary>A date filter as given, or null when blank; long input cannot be a date, so it is cut.</summary>
    private static string? DateFilter(string? value)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length > 32 ? trimmed[..32] : trimmed;
    }
}
