using HopTac.Core.Extraction.Dates;
using HopTac.Storage.Rules;
using HopTac.Storage.Search;
using Npgsql;
using NpgsqlTypes;

namespace HopTac.Storage.Postgres.Pages;

/// <summary>
/// Full-text search over the indexed current pages, with the SQLite store's semantics: first the pages that hold
/// every query phrase as typed (the <c>marked</c> vector), then the others that hold it folded (<c>folded</c>);
/// facets filter on the page's own fact rows; totals are exact counts.
/// </summary>
/// <remarks>
/// Ranking is bounded: of each tier only the newest <c>window</c> matches (by page id, read from the GIN index
/// without touching their vectors) are ranked by <c>ts_rank</c> (title weighted 3:1 over text, divided by the log
/// of the length) and re-ranked by <see cref="BoundedRanking"/>; matches past the window follow newest first. No
/// query ranks every match, so its cost is bounded by the window whatever the store's size.
/// </remarks>
internal sealed class PostgresPageSearch(PostgresConnections connections, int window = PostgresPageSearch.DefaultWindow)
{
    /// <summary>Matches per tier that may be ranked.</summary>
    public const int DefaultWindow = 1_000;

    /// <summary>ts_rank weights {D, C, B, A}: text words are written D, title words A.</summary>
    private const string Rank = "ts_rank('{0.1, 0.1, 0.1, 0.3}', p.folded, @match::tsquery, 1)";

    private const string Filters = """
          AND (NOT @dated OR (p.published_first IS NOT NULL
               AND (@lo::date IS NULL OR p.published_last >= @lo::date) AND (@hi::date IS NULL OR p.published_first <= @hi::date)))
          AND (@partner::text IS NULL
               OR EXISTS (SELECT 1 FROM events e JOIN event_actors ea ON ea.event_id = e.id WHERE e.page_id = p.id AND ea.actor = @partner::text)
               OR EXISTS (SELECT 1 FROM agreements g WHERE g.page_id = p.id AND g.actors::jsonb ? @partner::text))
          AND (@area::text IS NULL OR EXISTS (SELECT 1 FROM page_areas pa WHERE pa.page_id = p.id AND pa.area = @area::text))
          AND (@type::text IS NULL OR EXISTS (SELECT 1 FROM events e2 WHERE e2.page_id = p.id AND e2.type = @type::text))
        """;

    /// <summary>When set, every match is ranked (no window): the reference the bounded ranking is compared with.</summary>
    internal bool FullScan { get; init; }

    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var (limit, offset, parsed) = PageRules.StartSearch(query);
        if (parsed is not { } terms)
        {
            return SearchResults.None(offset, limit);
        }

        var filter = new Filter(query);
        if (filter.Nothing)
        {
            return new SearchResults([], 0, offset, limit);
        }

        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var where = "p.is_indexed" + (terms.IsEmpty ? string.Empty
            : " AND p.folded @@ @match::tsquery" + (terms.RequiredMarked.Count > 0 ? " AND p.marked @@ @required::tsquery" : string.Empty));
        var total = await CountAsync(connection, where, terms, filter, cancellationToken).ConfigureAwait(false);
        if (total == 0 || offset >= total)
        {
            return new SearchResults([], total, offset, limit);
        }

        List<RankedCandidate> ranked;
        if (terms.IsEmpty)
        {
            ranked = await ListAsync(connection, where, "p.published IS NULL, p.published DESC, p.id", terms, filter, offset, limit, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            const string Spelled = " AND p.marked @@ @marked::tsquery";
            var spelled = await CountAsync(connection, where + Spelled, terms, filter, cancellationToken).ConfigureAwait(false);
            ranked = [];
            if (offset < spelled)
            {
                ranked.AddRange(await TierAsync(connection, where + Spelled, terms, filter).RankAsync(terms, offset, Math.Min(limit, spelled - offset)).ConfigureAwait(false));
            }

            if (ranked.Count < limit && offset + ranked.Count < total)
            {
                var rest = TierAsync(connection, where + " AND NOT (p.marked @@ @marked::tsquery)", terms, filter);
                ranked.AddRange(await rest.RankAsync(terms, Math.Max(0, offset - spelled), limit - ranked.Count).ConfigureAwait(false));
            }
        }

        var rows = await RowsAsync(connection, ranked.ConvertAll(c => c.Id), cancellationToken).ConfigureAwait(false);
        var hits = ranked.Where(c => rows.ContainsKey(c.Id)).Select(c =>
        {
            var row = rows[c.Id];
            return new SearchHit(c.Id, row.Source, row.Title, row.Published, SnippetBuilder.Build(row.Text, terms), c.Score ?? 0.0);
        }).ToList();
        return new SearchResults(hits, total, offset, limit);

        BoundedRanking TierAsync(NpgsqlConnection c, string tier, SearchTerms t, Filter f) => new(
            async (skip, take) => skip == 0
                ? await RankedAsync(c, tier, t, f, take, cancellationToken).ConfigureAwait(false)
                : await ListAsync(c, tier, "p.id DESC", t, f, skip, take, cancellationToken).ConfigureAwait(false),
            async ids => (await RowsAsync(c, ids, cancellationToken).ConfigureAwait(false)).ToDictionary(r => r.Key, r => (r.Value.Title, (string?)r.Value.Text)),
            window,
            FullScan);
    }

    private static async Task<int> CountAsync(NpgsqlConnection connection, string where, SearchTerms terms, Filter filter, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM pages p WHERE {where} {Filters}", connection);
        Bind(command, terms, filter);
        return (int)(long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>The newest <paramref name="take"/> matches of a tier (all when int.MaxValue), in ts_rank order.</summary>
    private static async Task<List<RankedCandidate>> RankedAsync(
        NpgsqlConnection connection, string where, SearchTerms terms, Filter filter, int take, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT m.id, {Rank.Replace("p.folded", "m.folded", StringComparison.Ordinal)} AS r
            FROM (SELECT p.id, p.folded FROM pages p WHERE {where} {Filters} ORDER BY p.id DESC LIMIT @take) m
            ORDER BY r DESC, m.id
            """, connection);
        Bind(command, terms, filter);
        command.Parameters.AddWithValue("take", NpgsqlDbType.Integer, take == int.MaxValue ? DBNull.Value : take);
        return await ReadAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A slice of the matches in a fixed order, unranked.</summary>
    private static async Task<List<RankedCandidate>> ListAsync(
        NpgsqlConnection connection, string where, string order, SearchTerms terms, Filter filter, int skip, int take, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT p.id, 0.0::real FROM pages p WHERE {where} {Filters} ORDER BY {order} LIMIT @take OFFSET @skip", connection);
        Bind(command, terms, filter);
        command.Parameters.AddWithValue("take", take);
        command.Parameters.AddWithValue("skip", skip);
        var list = await ReadAsync(command, cancellationToken).ConfigureAwait(false);
        list.ForEach(c => c.Score = 0.0);
        return list;
    }

    private static async Task<List<RankedCandidate>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var list = new List<RankedCandidate>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new RankedCandidate(reader.GetInt64(0), reader.GetFloat(1)));
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

    private static void Bind(NpgsqlCommand command, SearchTerms terms, Filter filter)
    {
        if (!terms.IsEmpty)
        {
            command.Parameters.AddWithValue("match", SearchVectors.Query(terms.Phrases));
            command.Parameters.AddWithValue("marked", SearchVectors.Query(terms.Marked));
            if (terms.RequiredMarked.Count > 0)
            {
                command.Parameters.AddWithValue("required", SearchVectors.Query(terms.RequiredMarked));
            }
        }

        command.Parameters.AddWithValue("dated", filter.Dated);
        command.Parameters.AddWithValue("lo", NpgsqlDbType.Date, (object?)filter.Lo ?? DBNull.Value);
        command.Parameters.AddWithValue("hi", NpgsqlDbType.Date, (object?)filter.Hi ?? DBNull.Value);
        command.Parameters.AddWithValue("partner", NpgsqlDbType.Text, (object?)filter.Partner ?? DBNull.Value);
        command.Parameters.AddWithValue("area", NpgsqlDbType.Text, (object?)filter.Area ?? DBNull.Value);
        command.Parameters.AddWithValue("type", NpgsqlDbType.Text, (object?)filter.Type ?? DBNull.Value);
    }

    /// <summary>
    /// The date and facet filters of a query. A date window is <see cref="PartialDate.Place"/>'s: pages whose
    /// publication day has a year and overlaps the window from the start of From to the end of To.
    /// </summary>
    private sealed class Filter
    {
        public Filter(SearchQuery query)
        {
            Partner = PageRules.Facet(query.Partner, upper: true);
            Area = PageRules.Facet(query.Area, upper: false);
            Type = PageRules.Facet(query.EventType, upper: false);
            if (string.IsNullOrWhiteSpace(query.From) && string.IsNullOrWhiteSpace(query.To))
            {
                return;
            }

            Dated = true;
            var from = PartialDate.Parse(Cut(query.From));
            var to = PartialDate.Parse(Cut(query.To));
            if (from is null && to is null)
            {
                return;
            }

            if (PartialDate.Range(from?.Start, to?.End) is not { } range)
            {
                Nothing = true;
                return;
            }

            Lo = range.FirstDay;
            Hi = range.LastDay;
        }

        public bool Dated { get; }

        /// <summary>The window is empty (From after To): nothing can match.</summary>
        public bool Nothing { get; }

        public DateOnly? Lo { get; }

        public DateOnly? Hi { get; }

        public string? Partner { get; }

        public string? Area { get; }

        public string? Type { get; }

        private static string? Cut(string? value) => value?.Trim() is { Length: > 32 } long_ ? long_[..32] : value?.Trim();
    }
}
