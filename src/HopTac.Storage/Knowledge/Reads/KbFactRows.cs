using System.Globalization;
using System.Text.Json;
using HopTac.Core.Extraction.Dates;
using HopTac.Core.Knowledge;
using HopTac.Core.Pages;
using HopTac.Core.Text;
using HopTac.Storage.Knowledge;
using HopTac.Storage.Knowledge.Consolidation;
using System.Data.Common;

namespace HopTac.Storage.Knowledge.Reads;

/// <summary>
/// Rows of consolidated facts as the read models load them, with their sources and areas, and their mapping to the
/// records the readers return. Queries over a list of facts start from that list (<see cref="KnowledgeDatabase.ListTable"/> then
/// <see cref="KnowledgeDatabase.FixedJoin"/>): SQLite keeps the written order of a CROSS JOIN, so the cost follows the
/// facts asked for, not the store's size.
/// </summary>
internal static class KbFactRows
{
    internal static TimelineEvent ToEvent(FactRow r, Dictionary<long, List<FactSource>> sources, Dictionary<long, List<string>> areas, EventParticipants people)
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

    internal static bool YearKnown(FactRow r) => PartialDate.Parse(r.Fields.GetValueOrDefault("date"))?.HasYear == true;

    // Vietnamese, the language of the records: the CLI's JSON and the API give the same bytes whatever the reader's UI.
    internal static string? DateText(FactRow r) =>
        r.Fields.GetValueOrDefault("date") is { } date ? DateWording.Write(date, vietnamese: true, r.Fields.GetValueOrDefault(FactFields.YearFrom)) : null;

    internal static TimelineAgreement ToAgreement(FactRow r, Dictionary<long, List<FactSource>> sources) => new(
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

    internal static TimelineFigure ToFigure(FactRow r, Dictionary<long, List<FactSource>> sources) => new(
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

    internal static async Task<Dictionary<long, List<FactSource>>> SourcesAsync(KnowledgeDatabase db, DbConnection connection, List<long> ids, CancellationToken cancellationToken)
    {
        var result = new Dictionary<long, List<FactSource>>();
        if (ids.Count == 0)
        {
            return result;
        }

        await using var command = DbSql.Command(connection, $"""
            SELECT b.fact_id, m.page_id, m.source, p.title, p.published, m.data FROM {db.ListTable("ids", "x")}
            {db.FixedJoin} kb_members b ON b.fact_id = x.value
            {db.FixedJoin} kb_mentions m ON m.key = b.mention_key {db.FixedJoin} pages p ON p.id = m.page_id
            ORDER BY b.fact_id, {db.Ordered("p.published")} NULLS FIRST, {db.Ordered("m.source")}, m.key
            """);
        db.AddList(command, "ids", ids);
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

    internal static async Task<Dictionary<long, List<string>>> AreasAsync(KnowledgeDatabase db, DbConnection connection, List<long> ids, CancellationToken cancellationToken)
    {
        var result = new Dictionary<long, List<string>>();
        if (ids.Count == 0)
        {
            return result;
        }

        await using var command = DbSql.Command(connection, $"""
            SELECT DISTINCT b.fact_id, pa.area FROM {db.ListTable("ids", "x")}
            {db.FixedJoin} kb_members b ON b.fact_id = x.value
            {db.FixedJoin} kb_mentions m ON m.key = b.mention_key {db.FixedJoin} page_areas pa ON pa.page_id = m.page_id
            ORDER BY b.fact_id, pa.area
            """);
        db.AddList(command, "ids", ids);
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

    /// <summary>A kb_facts row; <see cref="Date"/> only where the query selected f.date after <see cref="Columns"/>.</summary>
    internal sealed record FactRow(long Id, char Kind, string Status, bool Conflict, IReadOnlyList<string> Variants, SortedDictionary<string, string?> Fields, string Machine)
    {
        public string? Date { get; init; }
    }

    internal static async Task<FactRow?> FactRowAsync(DbConnection connection, char kind, long id, CancellationToken cancellationToken)
    {
        var rows = await FactRowsAsync(connection, $"""
            SELECT {Columns} FROM kb_facts f WHERE f.id = @id AND f.kind = @kind
            """, c =>
        {
            DbSql.AddLong(c, "id", id);
            DbSql.AddText(c, "kind", kind.ToString());
        }, cancellationToken).ConfigureAwait(false);
        return rows.FirstOrDefault();
    }

    /// <summary>The columns <see cref="FactRowsAsync"/> reads, of kb_facts aliased f.</summary>
    internal const string Columns = "f.id, f.kind, f.status, f.conflict, f.variants, f.fields, f.machine";

    internal static async Task<List<FactRow>> FactRowsAsync(DbConnection connection, string sql, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        await using var command = DbSql.Command(connection, sql);
        bind(command);
        var list = new List<FactRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new FactRow(
                reader.GetInt64(0),
                reader.GetString(1)[0],
                reader.GetString(2),
                DbSql.Flag(reader, 3),
                JsonSerializer.Deserialize<List<string>>(reader.GetString(4)) ?? [],
                ReadFields(reader.GetString(5)),
                reader.GetString(6))
            {
                Date = reader.FieldCount > 7 ? DbSql.Text(reader, 7) : null,
            });
        }

        return list;
    }

    internal static SortedDictionary<string, string?> MachineFields(FactRow row) => row.Kind switch
    {
        'e' => FactFields.Event(JsonSerializer.Deserialize<EventSummary>(row.Machine, PageRecordJson.Options)!),
        'a' => FactFields.Agreement(JsonSerializer.Deserialize<AgreementSummary>(row.Machine, PageRecordJson.Options)!),
        'f' => FactFields.Figure(JsonSerializer.Deserialize<FigureSummary>(row.Machine, PageRecordJson.Options)!, null),
        _ => FactFields.Person(JsonSerializer.Deserialize<PersonSummary>(row.Machine, PageRecordJson.Options)!),
    };

    internal static IEnumerable<string> Names(FactRow row) =>
        new[] { row.Fields.GetValueOrDefault("name") }.Concat(row.Fields.GetValueOrDefault("aliases")?.Split("; ") ?? []).OfType<string>();

    internal static SortedDictionary<string, string?> ReadFields(string json) =>
        new(JsonSerializer.Deserialize<Dictionary<string, string?>>(json) ?? [], StringComparer.Ordinal);

    internal static (string Evidence, int Start) Evidence(string data)
    {
        using var document = JsonDocument.Parse(data);
        var root = document.RootElement;
        var evidence = root.TryGetProperty("evidence", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() ?? string.Empty : string.Empty;
        var start = root.TryGetProperty("evidence_start", out var s) && s.TryGetInt32(out var n) ? n : 0;
        return (evidence, start);
    }
}
