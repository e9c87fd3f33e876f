using System.Globalization;
using System.Text.Json;
using HopTac.Core.Extraction.Dates;
using HopTac.Core.Knowledge;
using HopTac.Core.Pages;
using HopTac.Core.Text;
using HopTac.Storage.Knowledge;
using HopTac.Storage.Knowledge.Consolidation;
using Microsoft.Data.Sqlite;

namespace HopTac.Storage.Sqlite.Knowledge;

/// <summary>
/// The knowledge base in the store's SQLite file (migration 0003). Consolidation runs inside each page save's
/// transaction (<see cref="PageSavedAsync"/>); curation and re-consolidation take the store's write lock, so all
/// writers are serialised; reads open their own connection (WAL lets them run beside a write).
/// </summary>
internal sealed class SqliteKnowledgeBase(Func<CancellationToken, Task<SqliteConnection>> open, TimeProvider clock, SemaphoreSlim writeLock) : IKnowledgeBase
{
    private const int MaxRows = 5000;
    private const int MaxQueryLength = 200;

    /// <summary>The save hook: called once per stored page version, inside the save transaction.</summary>
    internal Task PageSavedAsync(SqliteConnection connection, SqliteTransaction transaction, long pageId, long? oldPageId, PageRecord record, CancellationToken cancellationToken) =>
        new Consolidation(connection, transaction, clock, cancellationToken).PageSavedAsync(pageId, oldPageId, record);

    /// <summary>A unit of consolidation work for many saves in one transaction (see <see cref="Consolidation.AddPageAsync"/>).</summary>
    internal Consolidation NewUnit(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken) =>
        new(connection, transaction, clock, cancellationToken);

    /// <summary>Whether curators have made any decision (merge, split, accept, reject, edit) in this store.</summary>
    internal static async Task<bool> HasDecisionsAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM kb_revisions WHERE action <> 'create')";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 1;
    }

    public async Task<Timeline> GetTimelineAsync(TimelineQuery query, CancellationToken cancellationToken)
    {
        var partner = Code(query?.Partner);
        if (query is null || partner is null)
        {
            return new Timeline(query?.Partner ?? string.Empty, [], [], []);
        }

        var from = Filter(query.From);
        var to = Filter(query.To);
        var area = Filter(query.Area);
        var type = Filter(query.Type);
        await using var connection = await open(cancellationToken).ConfigureAwait(false);
        var rows = await FactRowsAsync(connection, """
            SELECT f.id, f.kind, f.status, f.conflict, f.variants, f.fields, f.machine
            FROM kb_fact_actors x JOIN kb_facts f ON f.id = x.fact_id
            WHERE x.actor = $partner AND f.kind IN ('e', 'a') AND f.status <> 'rejected'
              AND ($type IS NULL OR f.type = $type)
              AND date_place(f.date, $from, $to) <> 0
              AND ($area IS NULL OR EXISTS (
                    SELECT 1 FROM kb_members b JOIN kb_mentions m ON m.key = b.mention_key
                    JOIN page_areas pa ON pa.page_id = m.page_id WHERE b.fact_id = f.id AND pa.area = $area))
            ORDER BY f.sort_key, f.id
            LIMIT $limit
            """, p =>
        {
            p.AddWithValue("$partner", partner);
            p.AddWithValue("$type", Db(type));
            p.AddWithValue("$from", Db(from));
            p.AddWithValue("$to", Db(to));
            p.AddWithValue("$area", Db(area));
            p.AddWithValue("$limit", MaxRows);
        }, cancellationToken).ConfigureAwait(false);

        // Figures of the stories these events and agreements belong to: figures on their supporting pages.
        var figureRows = rows.Count == 0 ? [] : await FactRowsAsync(connection, """
            SELECT f.id, f.kind, f.status, f.conflict, f.variants, f.fields, f.machine FROM kb_facts f
            WHERE f.kind = 'f' AND f.status <> 'rejected' AND f.id IN (
                SELECT bf.fact_id FROM kb_members be JOIN kb_mentions me ON me.key = be.mention_key
                JOIN kb_mentions mf ON mf.page_id = me.page_id AND mf.kind = 'f'
                JOIN kb_members bf ON bf.mention_key = mf.key
                WHERE be.fact_id IN (SELECT value FROM json_each($ids)))
              AND date_place(f.date, $from, $to) <> 0
            ORDER BY f.sort_key, f.id
            LIMIT $limit
            """, p =>
        {
            p.AddWithValue("$ids", JsonSerializer.Serialize(rows.Select(r => r.Id)));
            p.AddWithValue("$from", Db(from));
            p.AddWithValue("$to", Db(to));
            p.AddWithValue("$limit", MaxRows);
        }, cancellationToken).ConfigureAwait(false);

        var all = rows.Concat(figureRows).Select(r => r.Id).ToList();
        var sources = await SourcesAsync(connection, all, cancellationToken).ConfigureAwait(false);
        var eventIds = rows.Where(r => r.Kind == 'e').Select(r => r.Id).ToList();
        var areas = await AreasAsync(connection, eventIds, cancellationToken).ConfigureAwait(false);
        var people = await EventParticipants.LoadAsync(connection, eventIds, cancellationToken).ConfigureAwait(false);
        return new Timeline(
            partner,
            rows.Where(r => r.Kind == 'e').Select(r => ToEvent(r, sources, areas, people)).ToList(),
            rows.Where(r => r.Kind == 'a').Select(r => ToAgreement(r, sources)).ToList(),
            figureRows.Select(r => ToFigure(r, sources)).ToList());
    }

    public async Task<PartnerOverview?> GetPartnerAsync(string code, CancellationToken cancellationToken)
    {
        var partner = Code(code);
        if (partner is null)
        {
            return null;
        }

        var timeline = await GetTimelineAsync(new TimelineQuery(partner), cancellationToken).ConfigureAwait(false);
        await using var connection = await open(cancellationToken).ConfigureAwait(false);
        var peopleRows = await FactRowsAsync(connection, """
            SELECT f.id, f.kind, f.status, f.conflict, f.variants, f.fields, f.machine FROM kb_facts f
            WHERE f.kind = 'p' AND f.status <> 'rejected' AND json_extract(f.fields, '$.country') = $code
            ORDER BY (SELECT count(*) FROM kb_members b WHERE b.fact_id = f.id) DESC, f.id
            LIMIT 100
            """, p => p.AddWithValue("$code", partner), cancellationToken).ConfigureAwait(false);
        if (timeline.Events.Count == 0 && timeline.Agreements.Count == 0 && peopleRows.Count == 0)
        {
            return null;
        }

        var people = await ProfilesAsync(connection, peopleRows, cancellationToken).ConfigureAwait(false);
        return new PartnerOverview(
            partner,
            timeline.Events.Count,
            timeline.Agreements.Count,
            timeline.Figures.Count,
            Count(timeline.Events.Select(e => SqliteDateFunctions.YearOf(e.Date))),
            Count(timeline.Events.SelectMany(e => e.Areas)),
            Count(timeline.Events.Select(e => e.Type)),
            people);
    }

    public async Task<IReadOnlyList<PartnerCount>> ListPartnersAsync(CancellationToken cancellationToken)
    {
        await using var connection = await open(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT x.actor, sum(f.kind = 'e'), sum(f.kind = 'a')
            FROM kb_fact_actors x JOIN kb_facts f ON f.id = x.fact_id
            WHERE f.status <> 'rejected' AND x.actor <> 'VN'
            GROUP BY x.actor
            ORDER BY count(*) DESC, x.actor
            """;
        var list = new List<PartnerCount>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new PartnerCount(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2)));
        }

        return list;
    }

    public async Task<KnowledgeCounts> GetCountsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await open(cancellationToken).ConfigureAwait(false);
        return await CountQueries.ReadAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<TimelineEvent>> LatestEventsAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await open(cancellationToken).ConfigureAwait(false);
        var rows = await FactRowsAsync(connection, """
            SELECT f.id, f.kind, f.status, f.conflict, f.variants, f.fields, f.machine FROM kb_facts f
            WHERE f.kind = 'e' AND f.status <> 'rejected'
            ORDER BY substr(f.sort_key, 1, 1), f.sort_key DESC, f.id DESC
            LIMIT $limit
            """, p => p.AddWithValue("$limit", Math.Clamp(limit, 1, 500)), cancellationToken).ConfigureAwait(false);
        var ids = rows.Select(r => r.Id).ToList();
        var sources = await SourcesAsync(connection, ids, cancellationToken).ConfigureAwait(false);
        var areas = await AreasAsync(connection, ids, cancellationToken).ConfigureAwait(false);
        var people = await EventParticipants.LoadAsync(connection, ids, cancellationToken).ConfigureAwait(false);
        return rows.Select(r => ToEvent(r, sources, areas, people)).ToList();
    }

    public async Task<FactDetail?> GetFactAsync(string factId, CancellationToken cancellationToken)
    {
        if (!FactIds.TryParse(factId, out var kind, out var number))
        {
            return null;
        }

        await using var connection = await open(cancellationToken).ConfigureAwait(false);
        var row = await FactRowAsync(connection, kind, number, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        var sources = await SourcesAsync(connection, [row.Id], cancellationToken).ConfigureAwait(false);
        var history = await HistoryAsync(connection, kind, row.Id, cancellationToken).ConfigureAwait(false);
        (IReadOnlyList<string> Names, IReadOnlyList<string> Ids) participants = ([], []);
        if (kind == 'e')
        {
            var people = await EventParticipants.LoadAsync(connection, [row.Id], cancellationToken).ConfigureAwait(false);
            participants = people.Resolve(row.Id, FactFields.Split(row.Fields.GetValueOrDefault("participants")));
        }

        return new FactDetail(
            FactIds.Format(kind, row.Id),
            FactIds.KindName(kind),
            row.Status,
            row.Conflict,
            row.Fields,
            MachineFields(row),
            sources.GetValueOrDefault(row.Id) ?? [],
            history)
        {
            Participants = participants.Names,
            ParticipantIds = participants.Ids,
        };
    }

    public async Task<IReadOnlyList<PersonProfile>> FindPeopleAsync(string name, CancellationToken cancellationToken)
    {
        var query = VietnameseText.Normalize(name ?? string.Empty).Trim();
        if (query.Length == 0 || query.Length > MaxQueryLength)
        {
            return [];
        }

        var folded = VietnameseText.Fold(query).Trim();
        if (folded.Length < 2)
        {
            return [];
        }
        await using var connection = await open(cancellationToken).ConfigureAwait(false);
        var rows = await FactRowsAsync(connection, """
            SELECT f.id, f.kind, f.status, f.conflict, f.variants, f.fields, f.machine FROM kb_facts f
            WHERE f.kind = 'p' AND instr(f.search, $q) > 0
            ORDER BY instr(f.search, '|' || $q || '|') = 0, f.id
            LIMIT 200
            """, p => p.AddWithValue("$q", folded), cancellationToken).ConfigureAwait(false);

        // A query written with marks means those marks: "Lan" and "Lân" are different people.
        var lowered = query.ToLowerInvariant();
        if (!string.Equals(lowered, folded, StringComparison.Ordinal))
        {
            rows = rows.Where(r => Names(r).Any(n => PersonIdentity.Compatible(n, query)
                || VietnameseText.Normalize(n).ToLowerInvariant().Contains(lowered, StringComparison.Ordinal))).ToList();
        }

        return await ProfilesAsync(connection, rows.Take(50).ToList(), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<PageFact>> GetPageFactsAsync(long pageId, CancellationToken cancellationToken)
    {
        await using var connection = await open(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT b.fact_id, m.kind, m.data, f.fields FROM kb_mentions m
            JOIN kb_members b ON b.mention_key = m.key JOIN kb_facts f ON f.id = b.fact_id
            WHERE m.page_id = $page
            """;
        command.Parameters.AddWithValue("$page", pageId);
        var list = new List<PageFact>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var kind = reader.GetString(1)[0];
            var (evidence, start) = Evidence(reader.GetString(2));
            var fields = ReadFields(reader.GetString(3));
            var label = kind switch
            {
                'e' => $"{fields.GetValueOrDefault("type")} {fields.GetValueOrDefault("date")}".Trim(),
                'a' => fields.GetValueOrDefault("title") ?? string.Empty,
                'f' => fields.GetValueOrDefault("text") ?? string.Empty,
                _ => fields.GetValueOrDefault("name") ?? string.Empty,
            };
            list.Add(new PageFact(FactIds.Format(kind, reader.GetInt64(0)), FactIds.KindName(kind), label, start, evidence.Length));
        }

        return list.OrderBy(f => f.EvidenceStart).ThenBy(f => f.FactId, StringComparer.Ordinal).ToList();
    }

    public async Task<CurationOutcome> CurateAsync(CurationRequest request, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return CurationOutcome.Invalid("no request");
        }

        var action = request.Action?.Trim().ToLowerInvariant() ?? string.Empty;
        if (!Decision.Actions.Contains(action, StringComparer.Ordinal))
        {
            return CurationOutcome.Invalid($"unknown action '{Cut(request.Action)}' (accept, reject, edit, merge, split)");
        }

        var who = request.Who?.Trim();
        if (string.IsNullOrEmpty(who) || who.Length > 100)
        {
            return CurationOutcome.Invalid("who must be a name of at most 100 characters");
        }

        var why = string.IsNullOrWhiteSpace(request.Why) ? null : request.Why.Trim();
        if (why is { Length: > 2000 })
        {
            return CurationOutcome.Invalid("why is longer than 2000 characters");
        }

        if (!FactIds.TryParse(request.FactId, out var kind, out var number))
        {
            return CurationOutcome.NotFound(Cut(request.FactId));
        }

        IReadOnlyDictionary<string, string?> changes = new Dictionary<string, string?>();
        if (action == Decision.Edit)
        {
            var (valid, error) = FactFields.Validate(kind, request.Changes);
            if (valid is null)
            {
                return CurationOutcome.Invalid(error!);
            }

            changes = valid;
        }

        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var connection = await open(cancellationToken).ConfigureAwait(false);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var keys = await MemberKeysAsync(connection, transaction, kind, number, cancellationToken).ConfigureAwait(false);
            if (keys is null)
            {
                return CurationOutcome.NotFound(FactIds.Format(kind, number));
            }

            var anchors = keys.Select(k => k.Key).ToList();
            List<string> other = [];
            if (action == Decision.Merge)
            {
                if (!FactIds.TryParse(request.OtherFactId, out var otherKind, out var otherNumber))
                {
                    return CurationOutcome.Invalid("merge needs the id of the other fact");
                }

                if (otherKind != kind || otherNumber == number)
                {
                    return CurationOutcome.Invalid("merge needs another fact of the same kind");
                }

                var otherKeys = await MemberKeysAsync(connection, transaction, otherKind, otherNumber, cancellationToken).ConfigureAwait(false);
                if (otherKeys is null)
                {
                    return CurationOutcome.NotFound(FactIds.Format(otherKind, otherNumber));
                }

                other = otherKeys.Select(k => k.Key).ToList();
                changes = new Dictionary<string, string?> { ["other"] = FactIds.Format(otherKind, otherNumber) };
            }
            else if (action == Decision.Split)
            {
                if (request.SplitPages is { Count: > 1000 })
                {
                    return CurationOutcome.Invalid("split takes at most 1000 pages at once");
                }

                var pages = (request.SplitPages ?? []).ToHashSet();
                if (pages.Count == 0)
                {
                    return CurationOutcome.Invalid("split needs the pages to take out");
                }

                other = keys.Where(k => pages.Contains(k.Page)).Select(k => k.Key).ToList();
                anchors = keys.Where(k => !pages.Contains(k.Page)).Select(k => k.Key).ToList();
                if (other.Count == 0)
                {
                    return CurationOutcome.Invalid($"none of those pages is a source of {FactIds.Format(kind, number)}");
                }

                if (anchors.Count == 0)
                {
                    return CurationOutcome.Invalid("a split must leave at least one page in the fact");
                }

                changes = new Dictionary<string, string?>
                {
                    ["pages"] = string.Join(", ", pages.Order().Select(p => p.ToString(CultureInfo.InvariantCulture))),
                };
            }

            long revision;
            await using (var insert = connection.CreateCommand())
            {
                insert.Transaction = transaction;
                insert.CommandText = """
                    INSERT INTO kb_revisions (fact_id, kind, action, anchors, changes, who, at, why)
                    VALUES ($fact, $kind, $action, $anchors, $changes, $who, $at, $why) RETURNING id
                    """;
                insert.Parameters.AddWithValue("$fact", number);
                insert.Parameters.AddWithValue("$kind", kind.ToString());
                insert.Parameters.AddWithValue("$action", action);
                insert.Parameters.AddWithValue("$anchors", Decision.AnchorsJson(anchors, other));
                insert.Parameters.AddWithValue("$changes", JsonSerializer.Serialize(changes, KnowledgeJson.Options));
                insert.Parameters.AddWithValue("$who", who);
                insert.Parameters.AddWithValue("$at", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
                insert.Parameters.AddWithValue("$why", Db(why));
                revision = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            }

            await using (var insertKeys = connection.CreateCommand())
            {
                insertKeys.Transaction = transaction;
                insertKeys.CommandText = "INSERT OR IGNORE INTO kb_decision_keys (key, revision_id) SELECT value, $id FROM json_each($keys)";
                insertKeys.Parameters.AddWithValue("$id", revision);
                insertKeys.Parameters.AddWithValue("$keys", JsonSerializer.Serialize(anchors.Concat(other)));
                await insertKeys.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            // What the anchored facts were when the curator decided: re-extraction may change their keys, and
            // re-anchoring finds their successors by comparing against these snapshots.
            await using (var snapshots = connection.CreateCommand())
            {
                snapshots.Transaction = transaction;
                snapshots.CommandText = """
                    INSERT INTO kb_anchor_snapshots (key, kind, source, page_date, data)
                    SELECT key, kind, source, page_date, data FROM kb_mentions WHERE key IN (SELECT value FROM json_each($keys))
                    ON CONFLICT (key) DO UPDATE SET kind = excluded.kind, source = excluded.source, page_date = excluded.page_date, data = excluded.data
                    """;
                snapshots.Parameters.AddWithValue("$keys", JsonSerializer.Serialize(anchors.Concat(other)));
                await snapshots.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            var work = new Consolidation(connection, transaction, clock, cancellationToken);
            await work.ReclusterAroundAsync(kind, anchors.Concat(other)).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            var now = work.FactOfKey.TryGetValue(anchors[0], out var id) ? id : number;
            return new CurationOutcome(CurationResult.Ok, FactIds.Format(kind, now), null, revision);
        }
        finally
        {
            writeLock.Release();
        }
    }

    public async Task<IReadOnlyList<FactRevision>> GetHistoryAsync(string factId, CancellationToken cancellationToken)
    {
        if (!FactIds.TryParse(factId, out var kind, out var number))
        {
            return [];
        }

        await using var connection = await open(cancellationToken).ConfigureAwait(false);
        return await HistoryAsync(connection, kind, number, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Current pages per rebuild transaction: the write lock is held for one such batch at a time.</summary>
    internal const int RebuildBatch = 500;

    /// <remarks>
    /// In batches of <see cref="RebuildBatch"/> current pages, each its own transaction under the write lock, so a
    /// rebuild of a large store never keeps another writer (an ingest, a curator) waiting for more than one batch.
    /// Every batch re-clusters the components its pages touch from the store's current state; the end state is the
    /// knowledge base of all current pages, whatever was saved between two batches.
    /// </remarks>
    public async Task ReconsolidateAsync(CancellationToken cancellationToken)
    {
        await InUnitAsync(unit => unit.ForgetOldPagesAsync(), cancellationToken).ConfigureAwait(false);
        long after = 0;
        var done = false;
        while (!done)
        {
            await InUnitAsync(
                async unit =>
                {
                    var pages = await unit.CurrentPagesAfterAsync(after, RebuildBatch).ConfigureAwait(false);
                    if (pages.LastId is not { } last)
                    {
                        await unit.DeleteEmptyFactsAsync().ConfigureAwait(false);
                        done = true;
                        return;
                    }

                    await unit.RefreshPagesAsync(pages.Records).ConfigureAwait(false);
                    after = last;
                },
                cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task InUnitAsync(Func<Consolidation, Task> work, CancellationToken cancellationToken)
    {
        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await BusyRetry.RunAsync(
                async () =>
                {
                    await using var connection = await open(cancellationToken).ConfigureAwait(false);
                    await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                    var unit = new Consolidation(connection, transaction, clock, cancellationToken);
                    await work(unit).ConfigureAwait(false);
                    await unit.FlushAsync().ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    return true;
                },
                cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            writeLock.Release();
        }
    }

    private static async Task<List<(string Key, long Page)>?> MemberKeysAsync(
        SqliteConnection connection, SqliteTransaction transaction, char kind, long number, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT f.id, m.key, m.page_id FROM kb_facts f
            LEFT JOIN kb_members b ON b.fact_id = f.id LEFT JOIN kb_mentions m ON m.key = b.mention_key
            WHERE f.id = $id AND f.kind = $kind ORDER BY m.key
            """;
        command.Parameters.AddWithValue("$id", number);
        command.Parameters.AddWithValue("$kind", kind.ToString());
        List<(string, long)>? keys = null;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            keys ??= [];
            if (!reader.IsDBNull(1))
            {
                keys.Add((reader.GetString(1), reader.GetInt64(2)));
            }
        }

        return keys is { Count: > 0 } ? keys : null;
    }

    private static async Task<IReadOnlyList<FactRevision>> HistoryAsync(SqliteConnection connection, char kind, long id, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            WITH applied AS (SELECT a.revision_id FROM kb_applied a JOIN kb_facts f ON f.id = a.fact_id WHERE a.fact_id = $id AND f.kind = $kind)
            SELECT r.id, r.fact_id, r.kind, r.action, r.who, r.at, r.why, r.changes FROM kb_revisions r
            WHERE r.id IN (
                SELECT x.id FROM kb_revisions x WHERE x.fact_id = $id AND x.kind = $kind
                UNION SELECT revision_id FROM applied
                -- Machine re-anchorings of the decisions that apply here, wherever the moved mention was ("<> 'create'"
                -- lets SQLite read the small index of decisions instead of every fact's creation).
                UNION SELECT m.id FROM kb_revisions m
                WHERE m.action <> 'create' AND m.action IN ('re-anchor', 'anchor-lost')
                  AND CAST(json_extract(m.changes, '$.decision') AS INTEGER) IN (SELECT revision_id FROM applied))
            ORDER BY r.id
            """;
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$kind", kind.ToString());
        var list = new List<FactRevision>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new FactRevision(
                reader.GetInt64(0),
                FactIds.Format(reader.GetString(2)[0], reader.GetInt64(1)),
                reader.GetString(3),
                reader.GetString(4),
                DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                ReadFields(reader.GetString(7))));
        }

        return list;
    }

    private static TimelineEvent ToEvent(FactRow r, Dictionary<long, List<FactSource>> sources, Dictionary<long, List<string>> areas, EventParticipants people)
    {
        var (participants, participantIds) = people.Resolve(r.Id, FactFields.Split(r.Fields.GetValueOrDefault("participants")));
        return new TimelineEvent(
            FactIds.Format('e', r.Id),
            r.Fields.GetValueOrDefault("type") ?? string.Empty,
            r.Fields.GetValueOrDefault("date"),
            FactFields.Split(r.Fields.GetValueOrDefault("actors")),
            participants,
            r.Fields.GetValueOrDefault("place"),
            areas.GetValueOrDefault(r.Id) ?? [],
            r.Status,
            r.Conflict,
            r.Variants,
            sources.GetValueOrDefault(r.Id) ?? [])
        {
            ParticipantIds = participantIds,
            YearKnown = YearKnown(r),
            YearFrom = r.Fields.GetValueOrDefault(FactFields.YearFrom),
            DateText = DateText(r),
        };
    }

    private static bool YearKnown(FactRow r) => PartialDate.Parse(r.Fields.GetValueOrDefault("date"))?.HasYear == true;

    // Vietnamese, the language of the records: the CLI's JSON and the API give the same bytes whatever the reader's UI.
    private static string? DateText(FactRow r) =>
        r.Fields.GetValueOrDefault("date") is { } date ? DateWording.Write(date, vietnamese: true, r.Fields.GetValueOrDefault(FactFields.YearFrom)) : null;

    private static TimelineAgreement ToAgreement(FactRow r, Dictionary<long, List<FactSource>> sources) => new(
        FactIds.Format('a', r.Id),
        r.Fields.GetValueOrDefault("type") ?? string.Empty,
        r.Fields.GetValueOrDefault("title") ?? string.Empty,
        r.Fields.GetValueOrDefault("date"),
        r.Fields.GetValueOrDefault("period"),
        FactFields.Split(r.Fields.GetValueOrDefault("actors")),
        r.Status,
        r.Conflict,
        r.Variants,
        sources.GetValueOrDefault(r.Id) ?? [])
    {
        YearKnown = YearKnown(r),
        YearFrom = r.Fields.GetValueOrDefault(FactFields.YearFrom),
        DateText = DateText(r),
    };

    private static TimelineFigure ToFigure(FactRow r, Dictionary<long, List<FactSource>> sources) => new(
        FactIds.Format('f', r.Id),
        decimal.TryParse(r.Fields.GetValueOrDefault("value"), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : 0,
        r.Fields.GetValueOrDefault("unit") ?? string.Empty,
        r.Fields.GetValueOrDefault("per"),
        r.Fields.GetValueOrDefault("text") ?? string.Empty,
        r.Fields.GetValueOrDefault("date"),
        r.Status,
        r.Conflict,
        r.Variants.Select(v => decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : 0).ToList(),
        sources.GetValueOrDefault(r.Id) ?? []);

    private static async Task<IReadOnlyList<PersonProfile>> ProfilesAsync(SqliteConnection connection, List<FactRow> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var sources = await SourcesAsync(connection, ids, cancellationToken).ConfigureAwait(false);
        var events = new Dictionary<long, SortedSet<long>>();
        var unmatched = new HashSet<(long Person, long Event)>();
        await using (var command = connection.CreateCommand())
        {
            // Events a person took part in: events on the same page whose participants name them.
            command.CommandText = """
                SELECT bp.fact_id, be.fact_id, mp.data, me.data FROM kb_members bp
                JOIN kb_mentions mp ON mp.key = bp.mention_key
                JOIN kb_mentions me ON me.page_id = mp.page_id AND me.kind = 'e'
                JOIN kb_members be ON be.mention_key = me.key
                WHERE bp.fact_id IN (SELECT value FROM json_each($ids))
                """;
            command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var person = JsonSerializer.Deserialize<HopTac.Core.Facts.Person>(reader.GetString(2), PageRecordJson.Options);
                var e = JsonSerializer.Deserialize<HopTac.Core.Facts.EventFact>(reader.GetString(3), PageRecordJson.Options);
                if (person is not null && e?.Participants is { } participants && participants.Any(n => PersonIdentity.Compatible(n, person.Name)))
                {
                    Add(reader.GetInt64(0), reader.GetInt64(1));
                }
                else
                {
                    unmatched.Add((reader.GetInt64(0), reader.GetInt64(1)));
                }
            }
        }

        // A page may name the person in full only outside the event's sentence ("Putin" there): the event's
        // participants as resolved to people (as the timeline shows them) list it too.
        if (unmatched.Count > 0)
        {
            var eventIds = unmatched.Select(u => u.Event).Distinct().ToList();
            var participants = await EventParticipantsOfAsync(connection, eventIds, cancellationToken).ConfigureAwait(false);
            var people = await EventParticipants.LoadAsync(connection, eventIds, cancellationToken).ConfigureAwait(false);
            var resolved = participants.ToDictionary(p => p.Key, p => people.Resolve(p.Key, p.Value).Ids);
            foreach (var (personId, eventId) in unmatched)
            {
                if (resolved.TryGetValue(eventId, out var personIds) && personIds.Contains(FactIds.Format('p', personId), StringComparer.Ordinal))
                {
                    Add(personId, eventId);
                }
            }
        }

        return rows.Select(r =>
        {
            var summary = JsonSerializer.Deserialize<PersonSummary>(r.Machine, PageRecordJson.Options);
            return new PersonProfile(
                FactIds.Format('p', r.Id),
                r.Fields.GetValueOrDefault("name") ?? string.Empty,
                r.Fields.GetValueOrDefault("country"),
                summary?.Aliases ?? [],
                (summary?.Offices ?? []).Select(o => new PersonOffice(o.Title, o.FirstSeen, o.LastSeen)).ToList(),
                (events.GetValueOrDefault(r.Id) ?? []).Select(e => FactIds.Format('e', e)).ToList(),
                sources.GetValueOrDefault(r.Id) ?? []);
        }).ToList();

        void Add(long personId, long eventId)
        {
            if (!events.TryGetValue(personId, out var set))
            {
                events[personId] = set = [];
            }

            set.Add(eventId);
        }
    }

    /// <summary>The current participants (after curators' edits) of events, by fact id.</summary>
    private static async Task<Dictionary<long, IReadOnlyList<string>>> EventParticipantsOfAsync(SqliteConnection connection, List<long> ids, CancellationToken cancellationToken)
    {
        var rows = await FactRowsAsync(connection, """
            SELECT f.id, f.kind, f.status, f.conflict, f.variants, f.fields, f.machine FROM kb_facts f
            WHERE f.kind = 'e' AND f.id IN (SELECT value FROM json_each($ids))
            """, p => p.AddWithValue("$ids", JsonSerializer.Serialize(ids)), cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Id, r => FactFields.Split(r.Fields.GetValueOrDefault("participants")));
    }

    private static async Task<Dictionary<long, List<FactSource>>> SourcesAsync(SqliteConnection connection, List<long> ids, CancellationToken cancellationToken)
    {
        var result = new Dictionary<long, List<FactSource>>();
        if (ids.Count == 0)
        {
            return result;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT b.fact_id, m.page_id, m.source, p.title, p.published, m.data
            FROM kb_members b JOIN kb_mentions m ON m.key = b.mention_key JOIN pages p ON p.id = m.page_id
            WHERE b.fact_id IN (SELECT value FROM json_each($ids))
            ORDER BY b.fact_id, p.published, m.source, m.key
            """;
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var (evidence, start) = Evidence(reader.GetString(5));
            if (!result.TryGetValue(reader.GetInt64(0), out var list))
            {
                result[reader.GetInt64(0)] = list = [];
            }

            list.Add(new FactSource(
                reader.GetInt64(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                evidence,
                start));
        }

        return result;
    }

    private static async Task<Dictionary<long, List<string>>> AreasAsync(SqliteConnection connection, List<long> ids, CancellationToken cancellationToken)
    {
        var result = new Dictionary<long, List<string>>();
        if (ids.Count == 0)
        {
            return result;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT DISTINCT b.fact_id, pa.area FROM kb_members b JOIN kb_mentions m ON m.key = b.mention_key
            JOIN page_areas pa ON pa.page_id = m.page_id
            WHERE b.fact_id IN (SELECT value FROM json_each($ids))
            ORDER BY b.fact_id, pa.area
            """;
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!result.TryGetValue(reader.GetInt64(0), out var list))
            {
                result[reader.GetInt64(0)] = list = [];
            }

            list.Add(reader.GetString(1));
        }

        return result;
    }

    private sealed record FactRow(long Id, char Kind, string Status, bool Conflict, IReadOnlyList<string> Variants, SortedDictionary<string, string?> Fields, string Machine);

    private static async Task<FactRow?> FactRowAsync(SqliteConnection connection, char kind, long id, CancellationToken cancellationToken)
    {
        var rows = await FactRowsAsync(connection, """
            SELECT f.id, f.kind, f.status, f.conflict, f.variants, f.fields, f.machine FROM kb_facts f WHERE f.id = $id AND f.kind = $kind
            """, p =>
        {
            p.AddWithValue("$id", id);
            p.AddWithValue("$kind", kind.ToString());
        }, cancellationToken).ConfigureAwait(false);
        return rows.FirstOrDefault();
    }

    private static async Task<List<FactRow>> FactRowsAsync(SqliteConnection connection, string sql, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command.Parameters);
        var list = new List<FactRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new FactRow(
                reader.GetInt64(0),
                reader.GetString(1)[0],
                reader.GetString(2),
                reader.GetInt64(3) == 1,
                JsonSerializer.Deserialize<List<string>>(reader.GetString(4)) ?? [],
                ReadFields(reader.GetString(5)),
                reader.GetString(6)));
        }

        return list;
    }

    private static SortedDictionary<string, string?> MachineFields(FactRow row) => row.Kind switch
    {
        'e' => FactFields.Event(JsonSerializer.Deserialize<EventSummary>(row.Machine, PageRecordJson.Options)!),
        'a' => FactFields.Agreement(JsonSerializer.Deserialize<AgreementSummary>(row.Machine, PageRecordJson.Options)!),
        'f' => FactFields.Figure(JsonSerializer.Deserialize<FigureSummary>(row.Machine, PageRecordJson.Options)!, null),
        _ => FactFields.Person(JsonSerializer.Deserialize<PersonSummary>(row.Machine, PageRecordJson.Options)!),
    };

    private static IEnumerable<string> Names(FactRow row) =>
        new[] { row.Fields.GetValueOrDefault("name") }.Concat(row.Fields.GetValueOrDefault("aliases")?.Split("; ") ?? []).OfType<string>();

    private static SortedDictionary<string, string?> ReadFields(string json) =>
        new(JsonSerializer.Deserialize<Dictionary<string, string?>>(json) ?? [], StringComparer.Ordinal);

    private static (string Evidence, int Start) Evidence(string data)
    {
        using var document = JsonDocument.Parse(data);
        var root = document.RootElement;
        var evidence = root.TryGetProperty("evidence", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() ?? string.Empty : string.Empty;
        var start = root.TryGetProperty("evidence_start", out var s) && s.TryGetInt32(out var n) ? n : 0;
        return (evidence, start);
    }

    private static Dictionary<string, int> Count(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static string? Code(string? code)
    {
        var trimmed = code?.Trim().ToUpperInvariant();
        return string.IsNullOrEmpty(trimmed) || trimmed.Length > 16 ? null : trimmed;
    }

    private static string? Filter(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.Length > 64 ? trimmed[..64] : trimmed;
    }

    private static string Cut(string? value) => value is null ? string.Empty : value.Length > 40 ? value[..40] : value;

    private static object Db(object? value) => value ?? DBNull.Value;
}
