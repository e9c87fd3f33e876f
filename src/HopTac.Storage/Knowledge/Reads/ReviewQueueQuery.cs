using System.Globalization;
using System.Text.Json;
using HopTac.Storage.Knowledge;
using System.Data.Common;

namespace HopTac.Storage.Knowledge.Reads;

/// <summary>
/// Reads the review queue (<see cref="ReviewQueuePage"/>) from the knowledge base's tables: facts whose status is
/// still the machine's, grouped with their mentions to count distinct supporting pages and find the latest page
/// date. One aggregate over the unreviewed facts; the page of results then reads one mention each for its evidence.
/// </summary>
internal static class ReviewQueueQuery
{
    public static async Task<ReviewQueuePage> ReadAsync(KnowledgeDatabase db, DbConnection connection, ReviewQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!ReviewQuery.TryKind(query.Kind, out var kind))
        {
            return new ReviewQueuePage(0, 0, []);
        }

        var offset = Math.Max(0, query.Offset);
        var limit = Math.Clamp(query.Limit, 1, ReviewQuery.MaxLimit);
        int total;
        await using (var count = DbSql.Command(connection, """
                SELECT COUNT(*) FROM kb_facts f
                WHERE f.status = 'machine' AND (@kind IS NULL OR f.kind = @kind)
                  AND EXISTS (SELECT 1 FROM kb_members b WHERE b.fact_id = f.id)
                """))
        {
            DbSql.AddText(count, "kind", kind?.ToString());
            total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        await using var command = DbSql.Command(connection, $"""
            WITH queue AS (
                SELECT f.id, f.kind, f.fields, f.conflict,
                       COUNT(DISTINCT m.page_id) AS pages,
                       MAX(COALESCE(m.page_date, '')) AS latest,
                       MIN(m.key) AS first_key
                FROM kb_facts f
                JOIN kb_members b ON b.fact_id = f.id
                JOIN kb_mentions m ON m.key = b.mention_key
                WHERE f.status = 'machine' AND (@kind IS NULL OR f.kind = @kind)
                GROUP BY f.id
                ORDER BY pages DESC, latest DESC, f.id DESC
                LIMIT @limit OFFSET @offset
            )
            SELECT q.id, q.kind, q.fields, q.conflict, q.pages, q.latest, m.page_id, m.source, {db.JsonText("m.data", "evidence")}
            FROM queue q JOIN kb_mentions m ON m.key = q.first_key
            ORDER BY q.pages DESC, q.latest DESC, q.id DESC
            """);
        DbSql.AddText(command, "kind", kind?.ToString());
        DbSql.AddInt(command, "limit", limit);
        DbSql.AddInt(command, "offset", offset);
        var items = new List<ReviewItem>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var code = reader.GetString(1)[0];
            var fields = JsonSerializer.Deserialize<Dictionary<string, string?>>(reader.GetString(2)) ?? [];
            var latest = reader.GetString(5);
            items.Add(new ReviewItem(
                FactIds.Format(code, reader.GetInt64(0)),
                FactIds.KindName(code),
                new SortedDictionary<string, string?>(fields, StringComparer.Ordinal),
                DbSql.Int(reader, 4),
                latest.Length == 0 ? null : latest,
                DbSql.Flag(reader, 3),
                reader.GetInt64(6),
                reader.GetString(7),
                reader.IsDBNull(8) ? string.Empty : reader.GetString(8)));
        }

        return new ReviewQueuePage(total, offset, items);
    }
}
