using System.Globalization;
using System.Text.Json;
using HopTac.Core.Extraction.Dates;
using HopTac.Core.Knowledge;
using HopTac.Core.Pages;
using HopTac.Core.Text;
using HopTac.Storage.Knowledge;
using HopTac.Storage.Knowledge.Consolidation;
using System.Data.Common;
using HopTac.Storage.Rules;
using static HopTac.Storage.Knowledge.Reads.KbFactRows;

namespace HopTac.Storage.Knowledge.Reads;

/// <summary>
/// The knowledge base's read models: timelines, partner overviews and lists, counts, latest events, one fact with its
/// sources and history, people by name, the facts of a page, on either store (<see cref="KnowledgeDatabase"/>). Each
/// call opens its own connection (SQLite's WAL and PostgreSQL's snapshots let reads run beside a write).
/// </summary>
internal sealed class KnowledgeReads(KnowledgeDatabase db)
{
    private const int MaxRows = 5000;
    private const int MaxQueryLength = 200;

    public async Task<Timeline> GetTimelineAsync(TimelineQuery query, CancellationToken cancellationToken)
    {
        var partner = Code(query?.Partner);
        if (query is null || partner is null)
        {
            return new Timeline(query?.Partner ?? string.Empty, [], [], []);
        }

        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadTimelineAsync(connection, query, partner, withDetails: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The timeline's facts. Without details (the overview's counts), sources and participants are not read: the
    /// overview counts facts, years, areas and types only, and reading every source of a large partner twice per
    /// page was half of its first visit.
    /// </summary>
    private async Task<Timeline> ReadTimelineAsync(DbConnection connection, TimelineQuery query, string partner, bool withDetails, CancellationToken cancellationToken)
    {
        var from = Filter(query.From);
        var to = Filter(query.To);
        var area = Filter(query.Area);
        var type = Filter(query.Type);
        var dated = from is not null || to is not null;
        var rows = await FactRowsAsync(connection, $"""
            SELECT {Columns}, f.date
            FROM kb_fact_actors x JOIN kb_facts f ON f.id = x.fact_id
            WHERE x.actor = @partner AND f.kind IN ('e', 'a') AND f.status <> 'rejected'
              AND (@type IS NULL OR f.type = @type)
              AND (@area IS NULL OR EXISTS (
                    SELECT 1 FROM kb_members b JOIN kb_mentions m ON m.key = b.mention_key
                    JOIN page_areas pa ON pa.page_id = m.page_id WHERE b.fact_id = f.id AND pa.area = @area))
            ORDER BY f.sort_key, f.id
            {(dated ? string.Empty : "LIMIT @limit")}
            """, c =>
        {
            DbSql.AddText(c, "partner", partner);
            DbSql.AddText(c, "type", type);
            DbSql.AddText(c, "area", area);
            DbSql.AddInt(c, "limit", MaxRows);
        }, cancellationToken).ConfigureAwait(false);
        rows = InWindow(rows, from, to);

        // Figures of the stories these events and agreements belong to: figures on their supporting pages. The walk
        // starts from the partner's facts (CROSS JOIN fixes SQLite's join order): left to itself the planner began
        // from every figure mention of the store and probed the id list for each, 81 s for US on a 10k-page store.
        var figureRows = rows.Count == 0 ? [] : InWindow(await FactRowsAsync(connection, $"""
            SELECT {Columns}, f.date FROM kb_facts f
            WHERE f.kind = 'f' AND f.status <> 'rejected' AND f.id IN (
                SELECT bf.fact_id FROM {db.ListTable("ids", "x")}
                {db.FixedJoin} kb_members be ON be.fact_id = x.value
                {db.FixedJoin} kb_mentions me ON me.key = be.mention_key
                {db.FixedJoin} kb_mentions mf ON mf.page_id = me.page_id AND mf.kind = 'f'
                {db.FixedJoin} kb_members bf ON bf.mention_key = mf.key)
            ORDER BY f.sort_key, f.id
            {(dated ? string.Empty : "LIMIT @limit")}
            """, c =>
        {
            db.AddList(c, "ids", rows.Select(r => r.Id));
            DbSql.AddInt(c, "limit", MaxRows);
        }, cancellationToken).ConfigureAwait(false), from, to);

        var all = rows.Concat(figureRows).Select(r => r.Id).ToList();
        var eventIds = rows.Where(r => r.Kind == 'e').Select(r => r.Id).ToList();
        var sources = withDetails ? await SourcesAsync(db, connection, all, cancellationToken).ConfigureAwait(false) : [];
        var areas = await AreasAsync(db, connection, eventIds, cancellationToken).ConfigureAwait(false);
        var people = await EventParticipants.LoadAsync(db, connection, withDetails ? eventIds : [], cancellationToken).ConfigureAwait(false);
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

        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var timeline = await ReadTimelineAsync(connection, new TimelineQuery(partner), partner, withDetails: false, cancellationToken).ConfigureAwait(false);

        // Index-backed by kb_facts_person_country (SQLite migration 0011, PostgreSQL 0005).
        var peopleRows = await FactRowsAsync(connection, $"""
            SELECT {Columns} FROM kb_facts f
            WHERE f.kind = 'p' AND f.status <> 'rejected' AND {db.JsonText("f.fields", "country")} = @code
            ORDER BY (SELECT count(*) FROM kb_members b WHERE b.fact_id = f.id) DESC, f.id
            LIMIT @limit
            """, c =>
        {
            // Every person, as for the facts: the page counts them in its card and pages through them (issue 16).
            DbSql.AddText(c, "code", partner);
            DbSql.AddInt(c, "limit", MaxRows);
        }, cancellationToken).ConfigureAwait(false);
        if (timeline.Events.Count == 0 && timeline.Agreements.Count == 0 && peopleRows.Count == 0)
        {
            return null;
        }

        var people = await PersonProfiles.ProfilesAsync(db, connection, peopleRows, cancellationToken).ConfigureAwait(false);
        return new PartnerOverview(
            partner,
            timeline.Events.Count,
            timeline.Agreements.Count,
            timeline.Figures.Count,
            Count(timeline.Events.Select(e => StoredDates.YearOf(e.Date))),
            Count(timeline.Events.SelectMany(e => e.Areas)),
            Count(timeline.Events.Select(e => e.Type)),
            people);
    }

    public async Task<IReadOnlyList<PartnerCount>> ListPartnersAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = DbSql.Command(connection, $"""
            SELECT x.actor, sum(CASE WHEN f.kind = 'e' THEN 1 ELSE 0 END), sum(CASE WHEN f.kind = 'a' THEN 1 ELSE 0 END)
            FROM kb_fact_actors x JOIN kb_facts f ON f.id = x.fact_id
            WHERE f.status <> 'rejected' AND x.actor <> 'VN'
            GROUP BY x.actor
            ORDER BY count(*) DESC, {db.Ordered("x.actor")}
            """);
        var list = new List<PartnerCount>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new PartnerCount(reader.GetString(0), DbSql.Int(reader, 1), DbSql.Int(reader, 2)));
        }

        return list;
    }

    public async Task<KnowledgeCounts> GetCountsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await CountQueries.ReadAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<TimelineEvent>> LatestEventsAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await FactRowsAsync(connection, $"""
            SELECT {Columns} FROM kb_facts f
            WHERE f.kind = 'e' AND f.status <> 'rejected'
            ORDER BY substr(f.sort_key, 1, 1), f.sort_key DESC, f.id DESC
            LIMIT @limit
            """, c => DbSql.AddInt(c, "limit", Math.Clamp(limit, 1, 500)), cancellationToken).ConfigureAwait(false);
        var ids = rows.Select(r => r.Id).ToList();
        var sources = await SourcesAsync(db, connection, ids, cancellationToken).ConfigureAwait(false);
        var areas = await AreasAsync(db, connection, ids, cancellationToken).ConfigureAwait(false);
        var people = await EventParticipants.LoadAsync(db, connection, ids, cancellationToken).ConfigureAwait(false);
        return rows.Select(r => ToEvent(r, sources, areas, people)).ToList();
    }

    public async Task<FactDetail?> GetFactAsync(string factId, CancellationToken cancellationToken)
    {
        if (!FactIds.TryParse(factId, out var kind, out var number))
        {
            return null;
        }

        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await FactRowAsync(connection, kind, number, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        var sources = await SourcesAsync(db, connection, [row.Id], cancellationToken).ConfigureAwait(false);
        var history = await HistoryAsync(connection, kind, row.Id, cancellationToken).ConfigureAwait(false);
        (IReadOnlyList<string> Names, IReadOnlyList<string> Ids) participants = ([], []);
        if (kind == 'e')
        {
            var people = await EventParticipants.LoadAsync(db, connection, [row.Id], cancellationToken).ConfigureAwait(false);
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
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await FactRowsAsync(connection, $"""
            SELECT {Columns} FROM kb_facts f
            WHERE f.kind = 'p' AND {db.Position("f.search", "@q")} > 0
            ORDER BY {db.Position("f.search", "'|' || @q || '|'")} = 0, f.id
            LIMIT @limit
            """, c =>
        {
            DbSql.AddText(c, "q", folded);
            DbSql.AddInt(c, "limit", MaxRows);
        }, cancellationToken).ConfigureAwait(false);

        // A query written with marks means those marks: "Lan" and "Lân" are different people.
        var lowered = query.ToLowerInvariant();
        if (!string.Equals(lowered, folded, StringComparison.Ordinal))
        {
            rows = rows.Where(r => Names(r).Any(n => PersonIdentity.Compatible(n, query)
                || VietnameseText.Normalize(n).ToLowerInvariant().Contains(lowered, StringComparison.Ordinal))).ToList();
        }

        // Every match (the web page pages through them): a person page finds its person among them by id, which a cut
        // at 50 lost for common names.
        return await PersonProfiles.ProfilesAsync(db, connection, rows, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<PageFact>> GetPageFactsAsync(long pageId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = DbSql.Command(connection, """
            SELECT b.fact_id, m.kind, m.data, f.fields FROM kb_mentions m
            JOIN kb_members b ON b.mention_key = m.key JOIN kb_facts f ON f.id = b.fact_id
            WHERE m.page_id = @page
            """);
        DbSql.AddLong(command, "page", pageId);
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

    public async Task<ReviewQueuePage> GetReviewQueueAsync(ReviewQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReviewQueueQuery.ReadAsync(db, connection, query, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<FactRevision>> GetHistoryAsync(string factId, CancellationToken cancellationToken)
    {
        if (!FactIds.TryParse(factId, out var kind, out var number))
        {
            return [];
        }

        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await HistoryAsync(connection, kind, number, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<FactRevision>> HistoryAsync(DbConnection connection, char kind, long id, CancellationToken cancellationToken)
    {
        await using var command = DbSql.Command(connection, $"""
            WITH applied AS (SELECT a.revision_id FROM kb_applied a JOIN kb_facts f ON f.id = a.fact_id WHERE a.fact_id = @id AND f.kind = @kind)
            SELECT r.id, r.fact_id, r.kind, r.action, r.who, r.at, r.why, r.changes FROM kb_revisions r
            WHERE r.id IN (
                SELECT x.id FROM kb_revisions x WHERE x.fact_id = @id AND x.kind = @kind
                UNION SELECT revision_id FROM applied
                -- Machine re-anchorings of the decisions that apply here, wherever the moved mention was ("<> 'create'"
                -- lets SQLite read the small index of decisions instead of every fact's creation).
                UNION SELECT m.id FROM kb_revisions m
                WHERE m.action <> 'create' AND m.action IN ('re-anchor', 'anchor-lost')
                  AND CAST({db.JsonText("m.changes", "decision")} AS bigint) IN (SELECT revision_id FROM applied))
            ORDER BY r.id
            """);
        DbSql.AddLong(command, "id", id);
        DbSql.AddText(command, "kind", kind.ToString());
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

    /// <summary>
    /// The rows whose date falls in the window (<see cref="StoredDates.PlaceOf"/>, the product's date rule), in C# on
    /// both stores: PostgreSQL has no such rule in SQL, and the partner's facts are already one bounded index range.
    /// The row limit applies after the window, as it did when the window was filtered in SQL.
    /// </summary>
    private static List<FactRow> InWindow(List<FactRow> rows, string? from, string? to) =>
        from is null && to is null ? rows
            : rows.Where(r => StoredDates.PlaceOf(r.Date, from, to) != DatePlacement.Outside).Take(MaxRows).ToList();

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
}
