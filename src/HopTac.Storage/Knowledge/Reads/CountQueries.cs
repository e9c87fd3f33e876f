using HopTac.Storage.Knowledge;
using System.Data.Common;
using HopTac.Storage.Rules;

namespace HopTac.Storage.Knowledge.Reads;

/// <summary>
/// The dashboard's counts as aggregate SQL over the consolidated tables, so their cost grows with the facts and not
/// with reading every page record and every partner's timeline. Years are grouped by the day text a date's year depends
/// on (<see cref="StoredDates.DaySql"/>: a few thousand values at most) and named by the product's rule in C#, so both
/// stores count by one rule without it in SQL.
/// </summary>
internal static class CountQueries
{
    // The facts a dashboard counts: events and agreements that are not rejected and name a partner.
    private const string Counted = """
        counted AS (
            SELECT DISTINCT f.id, f.kind, f.date FROM kb_fact_actors x JOIN kb_facts f ON f.id = x.fact_id
            WHERE f.kind IN ('e', 'a') AND f.status <> 'rejected' AND x.actor <> 'VN')
        """;

    public static async Task<KnowledgeCounts> ReadAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var (events, agreements, figures) = (0, 0, 0);
        await using (var command = DbSql.Command(connection, $"""
                WITH {Counted},
                pages_of AS (
                    SELECT DISTINCT m.page_id FROM counted c JOIN kb_members b ON b.fact_id = c.id JOIN kb_mentions m ON m.key = b.mention_key)
                SELECT (SELECT count(*) FROM counted WHERE kind = 'e'), (SELECT count(*) FROM counted WHERE kind = 'a'),
                    (SELECT count(DISTINCT f.id) FROM pages_of p JOIN kb_mentions m ON m.page_id = p.page_id AND m.kind = 'f'
                        JOIN kb_members b ON b.mention_key = m.key JOIN kb_facts f ON f.id = b.fact_id AND f.status <> 'rejected')
                """))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                (events, agreements, figures) = (DbSql.Int(reader, 0), DbSql.Int(reader, 1), DbSql.Int(reader, 2));
            }
        }

        var years = new SortedDictionary<string, (int Pages, int Events, int Agreements)>(StringComparer.Ordinal);
        await using (var command = DbSql.Command(connection, $"""
                WITH {Counted}
                SELECT {StoredDates.DaySql("published")}, count(*), 0, 0 FROM pages WHERE is_current GROUP BY 1
                UNION ALL
                SELECT {StoredDates.DaySql("date")}, 0, sum(CASE WHEN kind = 'e' THEN 1 ELSE 0 END), sum(CASE WHEN kind = 'a' THEN 1 ELSE 0 END) FROM counted GROUP BY 1
                """))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var year = StoredDates.YearOf(DbSql.Text(reader, 0));
                var now = years.GetValueOrDefault(year);
                years[year] = (now.Pages + DbSql.Int(reader, 1), now.Events + DbSql.Int(reader, 2), now.Agreements + DbSql.Int(reader, 3));
            }
        }

        var partners = new List<PartnerPageCount>();
        await using (var command = DbSql.Command(connection, """
                SELECT x.actor,
                    (SELECT count(DISTINCT m.page_id) FROM kb_fact_actors y JOIN kb_facts g ON g.id = y.fact_id
                        JOIN kb_members b ON b.fact_id = g.id JOIN kb_mentions m ON m.key = b.mention_key
                        WHERE y.actor = x.actor AND g.kind IN ('e', 'a') AND g.status <> 'rejected'),
                    sum(CASE WHEN f.kind = 'e' THEN 1 ELSE 0 END), sum(CASE WHEN f.kind = 'a' THEN 1 ELSE 0 END)
                FROM kb_fact_actors x JOIN kb_facts f ON f.id = x.fact_id
                WHERE f.kind IN ('e', 'a') AND f.status <> 'rejected' AND x.actor <> 'VN'
                GROUP BY x.actor
                """))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                partners.Add(new PartnerPageCount(reader.GetString(0), DbSql.Int(reader, 1), DbSql.Int(reader, 2), DbSql.Int(reader, 3)));
            }
        }

        return new KnowledgeCounts(
            events,
            agreements,
            figures,
            years.Select(kv => new YearFactCount(kv.Key, kv.Value.Pages, kv.Value.Events, kv.Value.Agreements)).ToList(),
            partners.OrderByDescending(p => p.Events + p.Agreements).ThenBy(p => p.Code, StringComparer.Ordinal).ToList());
    }
}
