using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace HopTac.Bench.Partners;

/// <summary>
/// The partner page's queries as session 5 shipped them (commit ad560ea), kept here only as the baseline the bench
/// measures against in the same run: the same SQL, joins written without a fixed order, so SQLite's planner started
/// the figure and participant walks from every mention of the store. The date/area/type filters are left out (the
/// page's first visit has none) so the text runs on a plain connection without HopTac's SQL functions.
/// </summary>
internal static class SessionFiveQueries
{
    private const string Timeline = """
        SELECT f.id, f.kind FROM kb_fact_actors x JOIN kb_facts f ON f.id = x.fact_id
        WHERE x.actor = $partner AND f.kind IN ('e', 'a') AND f.status <> 'rejected'
        ORDER BY f.sort_key, f.id LIMIT 5000
        """;

    private const string Figures = """
        SELECT f.id FROM kb_facts f
        WHERE f.kind = 'f' AND f.status <> 'rejected' AND f.id IN (
            SELECT bf.fact_id FROM kb_members be JOIN kb_mentions me ON me.key = be.mention_key
            JOIN kb_mentions mf ON mf.page_id = me.page_id AND mf.kind = 'f'
            JOIN kb_members bf ON bf.mention_key = mf.key
            WHERE be.fact_id IN (SELECT value FROM json_each($ids)))
        ORDER BY f.sort_key, f.id LIMIT 5000
        """;

    private const string Sources = """
        SELECT b.fact_id, m.page_id FROM kb_members b JOIN kb_mentions m ON m.key = b.mention_key JOIN pages p ON p.id = m.page_id
        WHERE b.fact_id IN (SELECT value FROM json_each($ids))
        """;

    private const string Areas = """
        SELECT DISTINCT b.fact_id, pa.area FROM kb_members b JOIN kb_mentions m ON m.key = b.mention_key
        JOIN page_areas pa ON pa.page_id = m.page_id
        WHERE b.fact_id IN (SELECT value FROM json_each($ids))
        """;

    private const string Participants = """
        SELECT DISTINCT be.fact_id, bp.fact_id FROM kb_members be
        JOIN kb_mentions me ON me.key = be.mention_key
        JOIN kb_mentions mp ON mp.page_id = me.page_id AND mp.kind = 'p'
        JOIN kb_members bp ON bp.mention_key = mp.key
        JOIN kb_facts fp ON fp.id = bp.fact_id AND fp.kind = 'p' AND fp.status <> 'rejected'
        WHERE be.fact_id IN (SELECT value FROM json_each($ids))
        """;

    private const string People = """
        SELECT f.id FROM kb_facts f
        WHERE f.kind = 'p' AND f.status <> 'rejected' AND json_extract(f.fields, '$.country') = $partner
        ORDER BY (SELECT count(*) FROM kb_members b WHERE b.fact_id = f.id) DESC, f.id
        LIMIT 100
        """;

    private const string PeopleEvents = """
        SELECT bp.fact_id, be.fact_id FROM kb_members bp
        JOIN kb_mentions mp ON mp.key = bp.mention_key
        JOIN kb_mentions me ON me.page_id = mp.page_id AND me.kind = 'e'
        JOIN kb_members be ON be.mention_key = me.key
        WHERE bp.fact_id IN (SELECT value FROM json_each($ids))
        """;

    /// <summary>Runs the session-5 page's queries once on <paramref name="connection"/>; the ids it found and the time of each step.</summary>
    public static BaselineResult Run(SqliteConnection connection, string partner)
    {
        var times = new List<(string Step, double Ms)>();
        var rows = Timed("timeline", () => Read(connection, Timeline, partner, null, r => (r.GetInt64(0), r.GetString(1))));
        var ids = Json(rows.Select(r => r.Item1));
        var events = rows.Where(r => r.Item2 == "e").Select(r => r.Item1).ToList();
        var figures = Timed("figures", () => Read(connection, Figures, null, ids, r => r.GetInt64(0)));
        Timed("sources", () => Read(connection, Sources, null, Json(rows.Select(r => r.Item1).Concat(figures)), r => r.GetInt64(0)));
        Timed("areas", () => Read(connection, Areas, null, Json(events), r => r.GetInt64(0)));
        Timed("participants", () => Read(connection, Participants, null, Json(events), r => r.GetInt64(0)));
        var people = Timed("people", () => Read(connection, People, partner, null, r => r.GetInt64(0)));
        Timed("people's events", () => Read(connection, PeopleEvents, null, Json(people), r => r.GetInt64(0)));
        return new BaselineResult(
            rows.Where(r => r.Item2 == "e").Select(r => r.Item1).ToHashSet(),
            rows.Where(r => r.Item2 == "a").Select(r => r.Item1).ToHashSet(),
            figures.ToHashSet(),
            people.ToHashSet(),
            times);

        T Timed<T>(string step, Func<T> run)
        {
            var watch = Stopwatch.StartNew();
            var result = run();
            times.Add((step, watch.Elapsed.TotalMilliseconds));
            return result;
        }
    }

    private static string Json(IEnumerable<long> ids) => JsonSerializer.Serialize(ids.ToList());

    private static List<T> Read<T>(SqliteConnection connection, string sql, string? partner, string? ids, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        if (partner is not null)
        {
            command.Parameters.AddWithValue("$partner", partner);
        }

        if (ids is not null)
        {
            command.Parameters.AddWithValue("$ids", ids);
        }

        var list = new List<T>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(read(reader));
        }

        return list;
    }
}
