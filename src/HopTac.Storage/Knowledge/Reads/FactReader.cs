using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using HopTac.Core.Extraction.Dates;
using HopTac.Storage.Facts;
using HopTac.Storage.Knowledge;
using HopTac.Storage.Knowledge.Consolidation;
using System.Data.Common;

namespace HopTac.Storage.Knowledge.Reads;

/// <summary>
/// <see cref="IFactReader"/> over the knowledge-base tables, on either store (<see cref="KnowledgeDatabase"/>). Reads by keyset (id &gt; last id) in
/// batches of <see cref="BatchSize"/>, one short read per batch, so a long export never holds a read transaction
/// open across the whole table and a writer (an ingest, a curator) is never kept waiting by it.
/// </summary>
internal sealed class FactReader(KnowledgeDatabase db) : IFactReader
{
    internal const int BatchSize = 500;

    private static readonly char[] AllKinds = ['e', 'a', 'f', 'p'];

    public async IAsyncEnumerable<ConsolidatedFact> ReadAsync(FactQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var kinds = query.Kinds.Count == 0
            ? AllKinds
            : AllKinds.Where(k => query.Kinds.Contains(FactIds.KindName(k), StringComparer.OrdinalIgnoreCase)).ToArray();
        foreach (var kind in kinds)
        {
            long after = 0;
            while (true)
            {
                var batch = await ReadBatchAsync(kind, after, query, cancellationToken).ConfigureAwait(false);
                foreach (var fact in batch.Facts)
                {
                    yield return fact;
                }

                if (batch.LastId is not { } last)
                {
                    break;
                }

                after = last;
            }
        }
    }

    private async Task<(List<ConsolidatedFact> Facts, long? LastId)> ReadBatchAsync(char kind, long after, FactQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<Row>();
        long? lastId = null;
        // The newest curator's decision applied to the fact, and when consolidation first created it.
        await using (var command = DbSql.Command(connection, $"""
                SELECT f.id, f.status, f.fields,
                    (SELECT min(r.at) FROM kb_revisions r WHERE r.fact_id = f.id AND r.kind = f.kind AND r.action = 'create') AS created,
                    c.who, c.at
                FROM kb_facts f
                LEFT JOIN kb_revisions c ON c.id = (
                    SELECT r.id FROM kb_applied ap JOIN kb_revisions r ON r.id = ap.revision_id
                    WHERE ap.fact_id = f.id AND r.action IN ('accept', 'reject', 'edit', 'merge', 'split')
                    ORDER BY r.id DESC LIMIT 1)
                WHERE f.kind = @kind AND f.id > @after
                  AND (@all = 1 OR f.status <> 'rejected')
                  AND (@partner IS NULL
                       OR EXISTS (SELECT 1 FROM kb_fact_actors x WHERE x.fact_id = f.id AND x.actor = @partner)
                       OR (f.kind = 'p' AND {db.JsonText("f.fields", "country")} = @partner))
                  AND (@area IS NULL OR EXISTS (
                       SELECT 1 FROM kb_members b JOIN kb_mentions m ON m.key = b.mention_key
                       JOIN page_areas pa ON pa.page_id = m.page_id WHERE b.fact_id = f.id AND pa.area = @area))
                  AND (@anyPage = 1 OR EXISTS (
                       SELECT 1 FROM kb_members b JOIN kb_mentions m ON m.key = b.mention_key
                       WHERE b.fact_id = f.id AND m.page_id IN (SELECT x.value FROM {db.ListTable("pages", "x")})))
                ORDER BY f.id
                LIMIT @batch
                """))
        {
            DbSql.AddText(command, "kind", kind.ToString());
            DbSql.AddLong(command, "after", after);
            DbSql.AddInt(command, "all", query.IncludeRejected ? 1 : 0);
            DbSql.AddText(command, "partner", query.Partner?.Trim().ToUpperInvariant());
            DbSql.AddText(command, "area", query.Area?.Trim());
            DbSql.AddInt(command, "anyPage", query.Pages is null ? 1 : 0);
            db.AddList(command, "pages", query.Pages ?? []);
            DbSql.AddInt(command, "batch", BatchSize);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                lastId = reader.GetInt64(0);
                var created = reader.IsDBNull(3) ? (DateTimeOffset?)null : Instant(reader.GetString(3));

                // "Since" is checked here, not in SQL: the stored instants are ISO strings whose offsets may differ.
                if (query.Since is { } since && (created is null || created <= since))
                {
                    continue;
                }

                (string Who, DateTimeOffset At)? curator = reader.IsDBNull(4) ? null : (reader.GetString(4), Instant(reader.GetString(5)));

                rows.Add(new Row(
                    reader.GetInt64(0),
                    reader.GetString(1),
                    JsonSerializer.Deserialize<Dictionary<string, string?>>(reader.GetString(2)) ?? [],
                    created,
                    curator));
            }
        }

        if (rows.Count == 0)
        {
            return ([], lastId);
        }

        var ids = rows.Select(r => r.Id).ToList();
        var sources = await SourcesAsync(connection, ids, cancellationToken).ConfigureAwait(false);
        var areas = await KbFactRows.AreasAsync(db, connection, ids, cancellationToken).ConfigureAwait(false);
        var people = kind == 'e' ? await EventParticipants.LoadAsync(db, connection, ids, cancellationToken).ConfigureAwait(false) : null;
        return (rows.Select(r => ToFact(kind, r, sources, areas, people)).ToList(), lastId);
    }

    private static ConsolidatedFact ToFact(char kind, Row r, Dictionary<long, List<FactSource>> sources, Dictionary<long, List<string>> areas, EventParticipants? people)
    {
        var f = r.Fields;
        var date = f.GetValueOrDefault("date");
        var yearFrom = f.GetValueOrDefault(FactFields.YearFrom);
        var participants = people?.Resolve(r.Id, FactFields.Split(f.GetValueOrDefault("participants"))).Names ?? [];
        var label = kind switch
        {
            'e' => f.GetValueOrDefault("type"),
            'a' => f.GetValueOrDefault("title"),
            'f' => f.GetValueOrDefault("text"),
            _ => f.GetValueOrDefault("name"),
        };
        return new ConsolidatedFact(
            FactIds.Format(kind, r.Id),
            FactIds.KindName(kind),
            kind is 'e' or 'a' ? f.GetValueOrDefault("type") : null,
            date,
            label ?? string.Empty,
            FactFields.Split(f.GetValueOrDefault("actors")),
            participants,
            r.Status,
            sources.GetValueOrDefault(r.Id) ?? [])
        {
            YearKnown = PartialDate.Parse(date)?.HasYear == true,
            YearFrom = yearFrom,
            DateText = date is null ? null : DateWording.Write(date, vietnamese: true, yearFrom),
            Value = kind == 'f' ? f.GetValueOrDefault("value") : null,
            Unit = kind == 'f' ? f.GetValueOrDefault("unit") : null,
            Period = f.GetValueOrDefault("period"),
            Place = f.GetValueOrDefault("place"),
            Country = f.GetValueOrDefault("country"),
            Areas = areas.GetValueOrDefault(r.Id) ?? [],
            LastCurator = r.Curator?.Who,
            LastCuratedAt = r.Curator?.At,
            FirstSeen = r.Created,
        };
    }

    private Task<Dictionary<long, List<FactSource>>> SourcesAsync(DbConnection connection, List<long> ids, CancellationToken cancellationToken) =>
        GroupedAsync(connection, ids, $"""
            SELECT b.fact_id, m.page_id, m.source, p.title, p.published,
                   {db.JsonText("m.data", "evidence")}, {db.JsonText("m.data", "evidence_start")}
            FROM kb_members b JOIN kb_mentions m ON m.key = b.mention_key JOIN pages p ON p.id = m.page_id
            WHERE b.fact_id IN (SELECT x.value FROM {db.ListTable("ids", "x")})
            ORDER BY b.fact_id, {db.Ordered("p.published")} NULLS FIRST, {db.Ordered("m.source")}, m.key
            """, reader => new FactSource(
                reader.GetInt64(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? string.Empty : reader.GetString(5),
                reader.IsDBNull(6) ? 0 : DbSql.Int(reader, 6)), cancellationToken);

    /// <summary>Runs a query whose first column is a fact id and groups what <paramref name="read"/> makes of each row by it.</summary>
    private async Task<Dictionary<long, List<T>>> GroupedAsync<T>(
        DbConnection connection, List<long> ids, string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var result = new Dictionary<long, List<T>>();
        await using var command = DbSql.Command(connection, sql);
        db.AddList(command, "ids", ids);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var id = reader.GetInt64(0);
            if (!result.TryGetValue(id, out var list))
            {
                result[id] = list = [];
            }

            list.Add(read(reader));
        }

        return result;
    }

    private static DateTimeOffset Instant(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private sealed record Row(long Id, string Status, Dictionary<string, string?> Fields, DateTimeOffset? Created, (string Who, DateTimeOffset At)? Curator);
}
