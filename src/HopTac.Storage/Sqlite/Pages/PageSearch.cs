using HopTac.Storage.Search;
using static HopTac.Storage.Sqlite.SqlCommands;

namespace HopTac.Storage.Sqlite.Pages;

/// <summary>
/// Full-text search over the index of current pages: bm25 (title weighted 3:1 over text) on the folded text, a bounded
/// set of candidates re-ranked by <see cref="RelevanceBoost"/>, facets as filters on the page's own fact rows.
/// </summary>
internal sealed class PageSearch(SqliteConnections connections)
{
    /// <summary>
    /// How many bm25 candidates at most are re-ranked (see <see cref="RelevanceBoost"/>): a page beyond this bm25
    /// rank cannot be boosted into the results.
    /// </summary>
    private const int MaxCandidates = 400;

    private const int BusyTimeoutMilliseconds = 30_000;

    /// <summary>bm25 column weights (title, body): a word in the headline says more about the page.</summary>
    private const string Bm25 = "bm25(pages_fts, 3.0, 1.0)";

    /// <summary>See <see cref="IPageStore"/>.</summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        if (query is null)
        {
            return [];
        }

        var terms = SearchTerms.Parse(query.Text);
        if (terms.IsEmpty && !query.HasFacets)
        {
            return [];
        }

        var from = DateFilter(query.From);
        var to = DateFilter(query.To);
        var limit = Math.Clamp(query.Limit, 1, SqlitePageStore.MaxLimit);

        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        // Facets are EXISTS filters on the page's own fact rows, so a facet never multiplies a page's hits.
        const string Filters = """
              AND p.is_current = 1
              AND (($from IS NULL AND $to IS NULL) OR date_place(p.published, $from, $to) = 1)
              AND ($partner IS NULL
                   OR EXISTS (SELECT 1 FROM events e JOIN event_actors ea ON ea.event_id = e.id WHERE e.page_id = p.id AND ea.actor = $partner)
                   OR EXISTS (SELECT 1 FROM agreements g, json_each(g.actors) j WHERE g.page_id = p.id AND j.value = $partner))
              AND ($area IS NULL OR EXISTS (SELECT 1 FROM page_areas pa WHERE pa.page_id = p.id AND pa.area = $area))
              AND ($type IS NULL OR EXISTS (SELECT 1 FROM events e2 WHERE e2.page_id = p.id AND e2.type = $type))
            """;
        if (terms.IsEmpty)
        {
            // Facets alone: every page index-eligible (one per content) that matches, newest first.
            command.CommandText = $"""
                SELECT p.id, s.source, p.title, p.published, p.text, 0.0 AS score
                FROM pages p
                JOIN sources s ON s.id = p.source_id
                WHERE p.is_indexed = 1
                {Filters}
                ORDER BY p.published IS NULL, p.published DESC, p.id
                LIMIT $limit
                """;
        }
        else
        {
            command.CommandText = $"""
                SELECT p.id, s.source, p.title, p.published, p.text, {Bm25} AS score
                FROM pages_fts
                JOIN pages p ON p.id = pages_fts.rowid
                JOIN sources s ON s.id = p.source_id
                WHERE pages_fts MATCH $match
                {Filters}
                ORDER BY score, p.id
                LIMIT $limit
                """;
            command.Parameters.AddWithValue("$match", terms.ToFts5());
        }

        command.Parameters.AddWithValue("$from", (object?)from ?? DBNull.Value);
        command.Parameters.AddWithValue("$to", (object?)to ?? DBNull.Value);
        command.Parameters.AddWithValue("$partner", (object?)Facet(query.Partner, upper: true) ?? DBNull.Value);
        command.Parameters.AddWithValue("$area", (object?)Facet(query.Area, upper: false) ?? DBNull.Value);
        command.Parameters.AddWithValue("$type", (object?)Facet(query.EventType, upper: false) ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", terms.IsEmpty ? limit : Math.Min(MaxCandidates, Math.Max(limit * 3, 60)));

        var candidates = new List<(long Id, string Source, string? Title, string? Published, string Text, double Score)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var title = NullableString(reader, 2);
                var text = reader.GetString(4);
                var score = terms.IsEmpty ? 0.0 : -reader.GetDouble(5) * RelevanceBoost.Factor(title, text, terms);
                candidates.Add((reader.GetInt64(0), reader.GetString(1), title, NullableString(reader, 3), text, score));
            }
        }

        if (terms.IsEmpty)
        {
            return candidates
                .Select(c => new SearchHit(c.Id, c.Source, c.Title, c.Published, SnippetBuilder.Build(c.Text, terms), c.Score))
                .ToList();
        }

        var hits = candidates
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Id)
            .Take(limit)
            .Select(c => new SearchHit(c.Id, c.Source, c.Title, c.Published, SnippetBuilder.Build(c.Text, terms), c.Score))
            .ToList();
        return hits;
    }

    /// <summary>A facet value as stored (codes upper-case, areas and types lower-case), or null when blank or too long to be one.</summary>
    private static string? Facet(string? value, bool upper)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 64)
        {
            return null;
        }

        return upper ? trimmed.ToUpperInvariant() : trimmed.ToLowerInvariant();
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
