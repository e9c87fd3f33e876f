using HopTac.Storage.Rules;
using HopTac.Storage.Search;
using Npgsql;
using NpgsqlTypes;

namespace HopTac.Storage.Postgres.Pages;

/// <summary>
/// Full-text search over the indexed current pages (the narrow table <c>page_search</c>, migration 0009), with the
/// SQLite store's semantics: first the pages that hold every query phrase as typed (the <c>marked</c> vector), then
/// the others that hold it folded (<c>folded</c>); facets are sets of page ids from the pages' own fact rows; totals
/// are exact up to <see cref="SearchQuery.TotalBound"/>, except for a quoted phrase whose words more than
/// <see cref="DefaultVerified"/> pages hold (see <see cref="PhraseMatchesAsync"/>).
/// </summary>
/// <remarks>
/// Ranking is bounded and done in SQL: of each tier only the newest <c>window</c> matches (by page id, read from the
/// GIN index without touching their vectors) are ranked, by <c>ts_rank</c> (title weighted 3:1 over text, divided by
/// the log of the length) times <see cref="RelevanceBoost"/>, whose words-side-by-side test is a phrase query on the
/// same vector; matches past the window follow newest first. No text is read to rank and no query ranks every match,
/// so its cost is bounded by the window whatever the store's size. Inside the window the order is what re-ranking
/// every match by its text gives (<see cref="FullScan"/>, which a test compares).
/// </remarks>
internal sealed class PostgresPageSearch(PostgresConnections connections, int window = PostgresPageSearch.DefaultWindow)
{
    /// <summary>Matches per tier that may be ranked.</summary>
    public const int DefaultWindow = 1_000;

    /// <summary>Pages holding a quoted phrase's words that are checked for the phrase itself, newest first.</summary>
    public const int DefaultVerified = 1_000;

    /// <summary>ts_rank of a window's page <c>m</c>; weights {D, C, B, A}: text words are written D, title words A.</summary>
    private const string Rank = "ts_rank('{0.1, 0.1, 0.1, 0.3}', m.folded, @match::tsquery, 1)";

    /// <summary>When set, every match is re-ranked by reading its text (no window): the reference the SQL ranking is compared with.</summary>
    internal bool FullScan { get; init; }

    /// <summary>Past this many matches the total is reported as a lower bound (tests set a small one to see the boundary).</summary>
    internal int TotalBound { get; init; } = SearchQuery.TotalBound;

    /// <summary>How many of the pages holding a quoted phrase's words are checked for the phrase (<see cref="DefaultVerified"/>).</summary>
    internal int Verified { get; init; } = DefaultVerified;

    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var (limit, offset, parsed) = PageRules.StartSearch(query);
        if (parsed is not { } terms)
        {
            return SearchResults.None(offset, limit);
        }

        var filter = new SearchFilter(query);
        if (filter.Nothing)
        {
            return new SearchResults([], 0, offset, limit);
        }

        var match = new Match(terms, filter);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var matches = terms.IsEmpty ? null
            : match.HasPhrase && !FullScan ? await PhraseMatchesAsync(connection, match, cancellationToken).ConfigureAwait(false)
            : await MatchesAsync(connection, match, cancellationToken).ConfigureAwait(false);
        var total = matches?.Total ?? await CountAsync(connection, match, Tier.All, cancellationToken).ConfigureAwait(false);
        if (total == 0 || offset >= total)
        {
            return Results([], total, matches, offset, limit);
        }

        List<RankedCandidate> ranked;
        if (matches is null)
        {
            ranked = await ListAsync(connection, match, Tier.All, "p.published IS NULL, p.published DESC, p.id", offset, limit, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var spelled = matches.Spelled;
            ranked = [];
            if (offset < spelled)
            {
                ranked.AddRange(await RankAsync(connection, match, Tier.Spelled, matches.SpelledNewest, offset, Math.Min(limit, spelled - offset), cancellationToken).ConfigureAwait(false));
            }

            if (ranked.Count < limit && offset + ranked.Count < total)
            {
                ranked.AddRange(await RankAsync(connection, match, Tier.Unspelled, matches.OthersNewest, Math.Max(0, offset - spelled), limit - ranked.Count, cancellationToken).ConfigureAwait(false));
            }
        }

        var rows = await RowsAsync(connection, ranked.ConvertAll(c => c.Id), cancellationToken).ConfigureAwait(false);
        var hits = ranked.Where(c => rows.ContainsKey(c.Id)).Select(c =>
        {
            var row = rows[c.Id];
            return new SearchHit(c.Id, row.Source, row.Title, row.Published, SnippetBuilder.Build(row.Text, terms), c.Score ?? 0.0);
        }).ToList();
        return Results(hits, total, matches, offset, limit);
    }

    /// <summary>The results with their total: exact up to the bound, or a lower bound when a phrase was not checked on every page holding its words.</summary>
    private SearchResults Results(List<SearchHit> hits, int total, Matches? matches, int offset, int limit) =>
        matches is { Complete: false }
            ? new SearchResults(hits, Math.Min(total, TotalBound), offset, limit) { TotalIsExact = false }
            : SearchResults.Counted(hits, total, offset, limit, TotalBound);

    /// <summary>The facet-only matches, counted up to <see cref="SearchQuery.CountLimit"/> (the scan stops there).</summary>
    private static async Task<int> CountAsync(NpgsqlConnection connection, Match match, Tier tier, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM (SELECT 1 FROM {match.From} WHERE {match.Where(tier)} LIMIT {SearchQuery.CountLimit}) c", connection);
        match.Bind(command);
        return (int)(long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>
    /// A text query's matches in one statement: the total, the spelled tier's size, and each tier's newest
    /// <c>window</c> page ids. Each tier's matches are found once: a quoted phrase is not decided by the GIN index (it
    /// keeps no positions), so every page holding its words is re-checked by decompressing its vector, which a count,
    /// a window and an exclusion set each did again (four passes for a phrase; two now).
    /// </summary>
    private async Task<Matches> MatchesAsync(NpgsqlConnection connection, Match match, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            WITH folded AS MATERIALIZED (SELECT {match.Id} AS id FROM {match.From} WHERE {match.Where(Tier.All)}),
                 spelled AS MATERIALIZED (SELECT {match.Id} AS id FROM {match.From} WHERE {match.Where(Tier.Spelled)})
            SELECT (SELECT count(*) FROM folded), (SELECT count(*) FROM spelled),
                   ARRAY(SELECT id FROM spelled ORDER BY id DESC LIMIT @size),
                   ARRAY(SELECT id FROM folded WHERE id NOT IN (SELECT id FROM spelled) ORDER BY id DESC LIMIT @size)
            """, connection);
        match.Bind(command);
        command.Parameters.AddWithValue("size", window);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new Matches((int)reader.GetInt64(0), (int)reader.GetInt64(1), reader.GetFieldValue<long[]>(2), reader.GetFieldValue<long[]>(3), Complete: true);
    }

    /// <summary>
    /// A query with a quoted phrase: its matches among the newest <see cref="Verified"/> pages that hold all its words.
    /// The GIN index decides which pages hold the words (no positions needed, nothing decompressed); whether they stand
    /// side by side is only known by decompressing each page's vector (0.1-0.3 ms a page), which for a phrase of common
    /// words was every one of tens of thousands of pages (p95 1.4 s at 105k pages, growing with the store). Checking
    /// the newest ones only bounds that cost; the results are then the phrase's matches among them, ranked like any
    /// window, and when more pages hold the words the total is a lower bound (<see cref="Matches.Complete"/> false).
    /// Each page is checked through a LATERAL lookup kept apart by OFFSET 0: as a plain join the planner re-read every
    /// candidate with a bitmap scan and checked the phrase on all of them (8,056 pages for "hợp tác kinh tế").
    /// </summary>
    private async Task<Matches> PhraseMatchesAsync(NpgsqlConnection connection, Match match, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            WITH candidates AS MATERIALIZED (SELECT {match.Id} AS id FROM {match.From} WHERE {match.Where(Tier.Candidates)}),
                 folded AS MATERIALIZED (
                   SELECT c.id FROM (SELECT id FROM candidates ORDER BY id DESC LIMIT @verified) c
                   CROSS JOIN LATERAL (SELECT v.folded, v.marked FROM page_search v WHERE v.page_id = c.id OFFSET 0) v
                   WHERE v.folded @@ @match::tsquery{match.RequiredOn("v")}),
                 spelled AS MATERIALIZED (
                   SELECT f.id FROM folded f
                   CROSS JOIN LATERAL (SELECT v.marked FROM page_search v WHERE v.page_id = f.id OFFSET 0) v
                   WHERE v.marked @@ @marked::tsquery)
            SELECT (SELECT count(*) FROM folded), (SELECT count(*) FROM spelled),
                   ARRAY(SELECT id FROM spelled ORDER BY id DESC LIMIT @size),
                   ARRAY(SELECT id FROM folded WHERE id NOT IN (SELECT id FROM spelled) ORDER BY id DESC LIMIT @size),
                   (SELECT count(*) FROM candidates) <= @verified
            """, connection);
        match.Bind(command);
        command.Parameters.AddWithValue("size", window);
        command.Parameters.AddWithValue("verified", Verified);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new Matches(
            (int)reader.GetInt64(0), (int)reader.GetInt64(1), reader.GetFieldValue<long[]>(2), reader.GetFieldValue<long[]>(3), reader.GetBoolean(4));
    }

    /// <summary>The slice [skip, skip + take) of one tier in rank order; <paramref name="newest"/> is the tier's window of page ids.</summary>
    private async Task<List<RankedCandidate>> RankAsync(
        NpgsqlConnection connection, Match match, Tier tier, long[] newest, int skip, int take, CancellationToken cancellationToken)
    {
        if (FullScan)
        {
            return await new BoundedRanking(
                async (_, _) => await WindowAsync(connection, match, tier, null, boosted: false, 0, int.MaxValue, int.MaxValue, cancellationToken).ConfigureAwait(false),
                async ids => (await RowsAsync(connection, ids, cancellationToken).ConfigureAwait(false)).ToDictionary(r => r.Key, r => (r.Value.Title, (string?)r.Value.Text)),
                int.MaxValue,
                fullScan: true).RankAsync(match.Terms, skip, take).ConfigureAwait(false);
        }

        var ranked = new List<RankedCandidate>(take);
        if (skip < window)
        {
            ranked.AddRange(await WindowAsync(connection, match, tier, newest, boosted: true, skip, Math.Min(take, window - skip), window, cancellationToken).ConfigureAwait(false));
        }

        if (ranked.Count < take && skip + take > window)
        {
            // Past the window: the matches continue newest first.
            ranked.AddRange(await ListAsync(connection, match, tier, match.Id + " DESC", Math.Max(skip, window), take - ranked.Count, cancellationToken).ConfigureAwait(false));
        }

        return ranked;
    }

    /// <summary>
    /// Of the newest <paramref name="size"/> matches of a tier (all: <see cref="int.MaxValue"/>; or the pages
    /// <paramref name="ids"/> when given), the slice [skip, skip + take) by ts_rank, <paramref name="boosted"/> times the
    /// adjacency boost (then also their score), then page id.
    /// </summary>
    private static async Task<List<RankedCandidate>> WindowAsync(
        NpgsqlConnection connection, Match match, Tier tier, long[]? ids, bool boosted, int skip, int take, int size, CancellationToken cancellationToken)
    {
        var adjacent = boosted ? RelevanceBoost.AdjacentWords(match.Terms) : null;

        // Computed in double precision, as the text re-ranking multiplies the real ts_rank, so both give equal scores.
        var boost = adjacent is null ? string.Empty : " * CASE WHEN m.folded @@ @adjacent::tsquery THEN @factor ELSE 1.0 END";
        // The matches' ids are read whole from the index first (MATERIALIZED): left to itself the planner walks the
        // primary key newest first and tests each page's vector, decompressing thousands for a frequent word. The
        // window's vectors are read from pages (the same values, kept beside the text, often compressed in the row):
        // 20% cheaper than page_search's, all out of line, for 1,000 pages of a frequent word.
        var newest = ids is not null
            ? "newest AS (SELECT unnest(@ids) AS id)"
            : $"""
              matches AS MATERIALIZED (SELECT {match.Id} AS id FROM {match.From} WHERE {match.Where(tier)}),
                   newest AS (SELECT id FROM matches ORDER BY id DESC LIMIT @size)
              """;
        await using var command = new NpgsqlCommand($"""
            WITH {newest}
            SELECT m.id, {Rank}::float8{boost} AS score
            FROM newest n JOIN pages m ON m.id = n.id
            ORDER BY score DESC, m.id
            LIMIT @take OFFSET @skip
            """, connection);
        match.Bind(command);
        if (adjacent is not null)
        {
            command.Parameters.AddWithValue("adjacent", SearchVectors.Query([adjacent]));
            command.Parameters.AddWithValue("factor", NpgsqlDbType.Double, RelevanceBoost.AdjacentFactor);
        }

        command.Parameters.AddWithValue("size", NpgsqlDbType.Integer, size == int.MaxValue ? DBNull.Value : size);
        if (ids is not null)
        {
            command.Parameters.AddWithValue("ids", ids);
        }

        command.Parameters.AddWithValue("take", NpgsqlDbType.Integer, take == int.MaxValue ? DBNull.Value : take);
        command.Parameters.AddWithValue("skip", skip);
        var list = new List<RankedCandidate>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var score = reader.GetDouble(1);
            list.Add(boosted ? new RankedCandidate(reader.GetInt64(0), score) { Score = score } : new RankedCandidate(reader.GetInt64(0), score));
        }

        return list;
    }

    /// <summary>A slice of the matches in a fixed order, unranked (score 0).</summary>
    private static async Task<List<RankedCandidate>> ListAsync(
        NpgsqlConnection connection, Match match, Tier tier, string order, int skip, int take, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT {match.Id} FROM {match.From} WHERE {match.Where(tier)} ORDER BY {order} LIMIT @take OFFSET @skip", connection);
        match.Bind(command);
        command.Parameters.AddWithValue("take", take);
        command.Parameters.AddWithValue("skip", skip);
        var list = new List<RankedCandidate>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new RankedCandidate(reader.GetInt64(0), 0.0) { Score = 0.0 });
        }

        return list;
    }

    private static async Task<Dictionary<long, (string Source, string? Title, string? Published, string Text)>> RowsAsync(
        NpgsqlConnection connection, IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<long, (string, string?, string?, string)>();
        await using var command = new NpgsqlCommand(
            "SELECT p.id, s.source, p.title, p.published, p.text FROM pages p JOIN sources s ON s.id = p.source_id WHERE p.id = ANY(@ids)", connection);
        command.Parameters.AddWithValue("ids", ids.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows[reader.GetInt64(0)] = (reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4));
        }

        return rows;
    }

    /// <summary>
    /// A text query's match counts and each tier's newest page ids (at most the window). <paramref name="Complete"/>:
    /// every candidate was checked, so the counts are every match.
    /// </summary>
    private sealed record Matches(int Total, int Spelled, long[] SpelledNewest, long[] OthersNewest, bool Complete);

    /// <summary>
    /// The matches a statement reads: all of them, the pages spelling every phrase as typed, the others, or the pages
    /// holding every word of the query (phrases not checked: what the GIN index decides alone).
    /// </summary>
    private enum Tier
    {
        All,
        Spelled,
        Unspelled,
        Candidates,
    }

    /// <summary>
    /// The conditions of a query: the folded phrases, the marked phrases a quote requires, the filters. A text query
    /// reads the narrow <c>page_search s</c> (migration 0009), joined to <c>pages p</c> only for a date filter; facets
    /// alone read <c>pages p</c>.
    /// </summary>
    private sealed class Match(SearchTerms terms, SearchFilter filter)
    {
        public SearchTerms Terms => terms;

        /// <summary>Whether a phrase has several words, which the GIN index cannot decide (it keeps no positions).</summary>
        public bool HasPhrase => terms.Phrases.Any(p => p.Count > 1) || terms.RequiredMarked.Count > 0;

        public string From => terms.IsEmpty ? "pages p" : "page_search s" + (filter.Dated ? " JOIN pages p ON p.id = s.page_id" : string.Empty);

        public string Id => terms.IsEmpty ? "p.id" : "s.page_id";

        public string Where(Tier tier) => (terms.IsEmpty, tier) switch
        {
            (true, _) => "p.is_indexed",
            // Holding every phrase as typed implies holding it folded (same tokens, same positions), so the spelled
            // tier is read from the marked index alone; testing the folded vector too would decompress it per match.
            (false, Tier.Spelled) => "s.marked @@ @marked::tsquery",
            (false, Tier.Unspelled) => "s.folded @@ @match::tsquery AND s.page_id NOT IN (SELECT q.page_id FROM page_search q WHERE q.marked @@ @marked::tsquery)",
            (false, Tier.Candidates) => "s.folded @@ @words::tsquery" + (terms.RequiredMarked.Count > 0 ? " AND s.marked @@ @requiredWords::tsquery" : string.Empty),
            _ => "s.folded @@ @match::tsquery",
        }
            + (tier == Tier.Candidates ? string.Empty : RequiredOn("s"))
            + filter.Sql(Id);

        /// <summary>The quoted phrases typed with marks, required of the page <paramref name="alias"/>.</summary>
        public string RequiredOn(string alias) => terms.RequiredMarked.Count > 0 ? $" AND {alias}.marked @@ @required::tsquery" : string.Empty;

        public void Bind(NpgsqlCommand command)
        {
            if (!terms.IsEmpty)
            {
                command.Parameters.AddWithValue("match", SearchVectors.Query(terms.Phrases));
                command.Parameters.AddWithValue("marked", SearchVectors.Query(terms.Marked));
                if (terms.RequiredMarked.Count > 0)
                {
                    command.Parameters.AddWithValue("required", SearchVectors.Query(terms.RequiredMarked));
                    command.Parameters.AddWithValue("requiredWords", SearchVectors.Query(Words(terms.RequiredMarked)));
                }

                command.Parameters.AddWithValue("words", SearchVectors.Query(Words(terms.Phrases)));
            }

            filter.Bind(command);
        }

        /// <summary>Every word of the phrases, each a phrase of its own: what the index decides without positions.</summary>
        private static List<IReadOnlyList<string>> Words(IReadOnlyList<IReadOnlyList<string>> phrases) =>
            phrases.SelectMany(p => p).Distinct(StringComparer.Ordinal).Select(w => (IReadOnlyList<string>)[w]).ToList();
    }
}
