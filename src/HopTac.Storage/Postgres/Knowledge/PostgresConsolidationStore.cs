using System.Globalization;
using System.Text.Json;
using HopTac.Core.Pages;
using HopTac.Storage.Knowledge.Consolidation;
using Npgsql;
using NpgsqlTypes;

namespace HopTac.Storage.Postgres.Knowledge;

/// <summary>
/// The consolidation engine's queries and writes on PostgreSQL, inside one write transaction that holds the store's
/// write lock. Sets of keys and ids travel as arrays (<c>= ANY(@keys)</c>); a limit of -1 is no limit. Writes go
/// through the transaction's <see cref="PostgresStatementQueue"/>, so with a deferring queue they cost no round trip
/// of their own: they travel with the next read.
/// </summary>
internal sealed class PostgresConsolidationStore(PostgresStatementQueue statements, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken) : IConsolidationStore
{
    private const string MentionColumns = MentionRows.Columns;

    // Row ids of pages whose fact rows this transaction has just written (the writer read them back in the same round trip).
    private readonly Dictionary<long, PageRows> knownRows = [];

    // With a deferring queue, the ids of new facts are counted here from the identity's last value (read once, under the
    // write lock, which every writer of kb_facts holds) instead of read back from each insert: the same ids, no round
    // trip per new fact. FinishAsync moves the identity past them.
    private long? nextFactId;
    private long? lastFactId;

    /// <summary>Tells the store the row ids of a page the caller has just written, so <see cref="PageRowsAsync"/> need not read them.</summary>
    public void KnowRows(long pageId, PageRows rows) => knownRows[pageId] = rows;

    public async Task<PageRows> PageRowsAsync(long pageId)
    {
        if (knownRows.Remove(pageId, out var known))
        {
            return known;
        }

        var command = Command("""
            SELECT 'e', id FROM (SELECT id FROM events WHERE page_id = @page ORDER BY ordinal) e
            UNION ALL SELECT 'a', id FROM (SELECT id FROM agreements WHERE page_id = @page ORDER BY ordinal) a
            UNION ALL SELECT 'f', id FROM (SELECT id FROM figures WHERE page_id = @page ORDER BY ordinal) f
            UNION ALL SELECT 'p', id FROM (SELECT id FROM people WHERE page_id = @page ORDER BY ordinal) p
            """, ("page", pageId));
        return RowsOf(await ReadAsync(command, r => (Kind: r.GetString(0), Id: r.GetInt64(1))).ConfigureAwait(false));
    }

    /// <summary>The page rows of (kind, id) pairs as <see cref="PageRowsAsync"/> selects them.</summary>
    public static PageRows RowsOf(List<(string Kind, long Id)> rows)
    {
        List<long> Of(string kind) => rows.Where(r => r.Kind == kind).Select(r => r.Id).Order().ToList();
        // Ordinals follow ids within a page (rows are inserted in order), so id order is the page's order.
        return new PageRows(Of("e"), Of("a"), Of("f"), Of("p"));
    }

    public Task<(long? LastId, List<(long Id, PageRecord Record)> Records)> CurrentPagesAfterAsync(long after, int count) =>
        statements.ReadAsync(
            async (reader, ct) =>
            {
                var records = new List<(long, PageRecord)>();
                long? last = null;
                while (await reader.ReadAsync(ct).ConfigureAwait(false))
                {
                    last = reader.GetInt64(0);
                    try
                    {
                        // A row edited by hand that no longer parses has no mentions, as in a save.
                        if (PageRecordJson.Deserialize(reader.GetString(1)) is { } record)
                        {
                            // A syndicated copy's facts are its original's: the story counts once.
                            records.Add((last.Value, reader.GetBoolean(2) ? HopTac.Storage.Syndication.SyndicatedCopies.WithoutFacts(record) : record));
                        }
                    }
                    catch (JsonException)
                    {
                    }
                }

                return (last, records);
            },
            Command("""
                SELECT id, record_json, EXISTS (SELECT 1 FROM page_fingerprints f WHERE f.page_id = pages.id AND f.original_id <> f.page_id)
                FROM pages WHERE is_current AND id > @after ORDER BY id LIMIT @count
                """, ("after", after), ("count", count)));

    public async Task RelinkCopiesAfterAsync(long after, int count)
    {
        await statements.FlushAsync().ConfigureAwait(false);
        await HopTac.Storage.Postgres.Pages.PostgresSyndicationLinks.RelinkAfterAsync(connection, transaction, after, count, cancellationToken).ConfigureAwait(false);
    }

    public async Task<List<KbMention>> MentionsAsync(IReadOnlyCollection<string> keys)
    {
        var command = Command($"SELECT {MentionColumns} FROM kb_mentions WHERE key = ANY(@keys)", ("keys", keys.ToArray()));
        return await ReadMentionsAsync(command).ConfigureAwait(false);
    }

    public async Task<List<KbMention>> MentionsOfPagesAsync(IReadOnlyCollection<long> pageIds)
    {
        var command = Command($"SELECT {MentionColumns} FROM kb_mentions WHERE page_id = ANY(@pages)", ("pages", pageIds.ToArray()));
        return await ReadMentionsAsync(command).ConfigureAwait(false);
    }

    public async Task<List<KbMention>> MentionsOfOldPagesAsync()
    {
        var command = Command($"SELECT {MentionColumns} FROM kb_mentions m WHERE NOT EXISTS (SELECT 1 FROM pages p WHERE p.id = m.page_id AND p.is_current)");
        return await ReadMentionsAsync(command).ConfigureAwait(false);
    }

    public async Task<Dictionary<string, string>> MentionDataAsync(IReadOnlyCollection<string> keys)
    {
        var command = Command("SELECT key, data FROM kb_mentions WHERE key = ANY(@keys)", ("keys", keys.ToArray()));
        return (await ReadAsync(command, r => (r.GetString(0), r.GetString(1))).ConfigureAwait(false)).ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);
    }

    public async Task UpsertMentionsAsync(IReadOnlyList<KbMention> mentions)
    {
        if (mentions.Count == 0)
        {
            return;
        }

        foreach (var m in mentions)
        {
            await statements.WriteAsync(PostgresStatementQueue.Positional("""
                INSERT INTO kb_mentions (key, kind, page_id, source, page_date, fact_row, type, year, data)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                ON CONFLICT (key) DO UPDATE SET kind = excluded.kind, page_id = excluded.page_id, source = excluded.source,
                    page_date = excluded.page_date, fact_row = excluded.fact_row, type = excluded.type, year = excluded.year,
                    data = excluded.data
                """, m.Key, m.Kind.ToString(), m.PageId, m.Source, m.PageDate, m.FactRow, m.Type, m.Year, m.Data)).ConfigureAwait(false);
            await statements.WriteAsync(PostgresStatementQueue.Positional("DELETE FROM kb_mention_terms WHERE key = $1", m.Key)).ConfigureAwait(false);
            await statements.WriteAsync(PostgresStatementQueue.Positional(
                "INSERT INTO kb_mention_terms (term, key, kind) SELECT DISTINCT unnest($1::text[]), $2, $3 ON CONFLICT DO NOTHING",
                m.Terms().ToArray(), m.Key, m.Kind.ToString())).ConfigureAwait(false);
        }
    }

    public async Task DeleteMentionsAsync(IReadOnlyCollection<string> keys)
    {
        await statements.WriteAsync(Command("DELETE FROM kb_mentions WHERE key = ANY(@keys)", ("keys", keys.ToArray()))).ConfigureAwait(false);
    }

    /// <summary>Sends what is queued and moves kb_facts' identity past the ids this store gave; call before commit.</summary>
    public async Task FinishAsync()
    {
        if (lastFactId is { } last)
        {
            await statements.ScalarAsync<long>(Command("SELECT setval(pg_get_serial_sequence('kb_facts', 'id'), @last)", ("last", last))).ConfigureAwait(false);
            (nextFactId, lastFactId) = (null, null);
        }

        await statements.FlushAsync().ConfigureAwait(false);
    }

    public async Task<List<string>> TermKeysAsync(char kind, string term, bool range, int limit)
    {
        var command = Command(range
            ? "SELECT key FROM kb_mention_terms WHERE kind = @kind AND term >= @term || '|' AND term < @term || '}' LIMIT @limit"
            : "SELECT key FROM kb_mention_terms WHERE kind = @kind AND term = @term LIMIT @limit",
            ("kind", kind.ToString()), ("term", term), ("limit", Limit(limit)));
        return await ReadAsync(command, r => r.GetString(0)).ConfigureAwait(false);
    }

    public async Task<List<string>> PeopleWithIdentityAsync(string identity, int limit)
    {
        var command = Command("SELECT key FROM kb_mentions WHERE kind = 'p' AND type = @type LIMIT @limit", ("type", identity), ("limit", Limit(limit)));
        return await ReadAsync(command, r => r.GetString(0)).ConfigureAwait(false);
    }

    public async Task<List<string>> FiguresOnPagesAsync(IReadOnlyCollection<long> pageIds, string? unit)
    {
        var command = Command("SELECT key FROM kb_mentions WHERE page_id = ANY(@pages) AND kind = 'f' AND type = @unit",
            ("pages", pageIds.ToArray()), ("unit", unit));
        return await ReadAsync(command, r => r.GetString(0)).ConfigureAwait(false);
    }

    public async Task<List<(long Page, long Other)>> StoryLinksAsync(IReadOnlyCollection<long> pageIds, int maxMembers)
    {
        var command = Command("""
            SELECT DISTINCT x.page_id, y.page_id
            FROM kb_mentions x
            JOIN kb_members bx ON bx.mention_key = x.key
            JOIN kb_members b2 ON b2.fact_id = bx.fact_id
            JOIN kb_mentions y ON y.key = b2.mention_key
            WHERE x.page_id = ANY(@pages) AND x.kind IN ('e', 'a') AND y.page_id <> x.page_id
              AND (SELECT count(*) FROM kb_members c WHERE c.fact_id = bx.fact_id) <= @max
            """, ("pages", pageIds.ToArray()), ("max", maxMembers));
        return await ReadAsync(command, r => (r.GetInt64(0), r.GetInt64(1))).ConfigureAwait(false);
    }

    public async Task<Dictionary<string, long>> GroupsOfAsync(IReadOnlyCollection<string> keys)
    {
        var command = Command("SELECT mention_key, fact_id FROM kb_members WHERE mention_key = ANY(@keys)", ("keys", keys.ToArray()));
        return (await ReadAsync(command, r => (r.GetString(0), r.GetInt64(1))).ConfigureAwait(false)).ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);
    }

    public async Task<List<string>> GroupMatesAsync(string key, int limit)
    {
        var command = Command("""
            SELECT b2.mention_key FROM kb_members b1 JOIN kb_members b2 ON b2.fact_id = b1.fact_id
            WHERE b1.mention_key = @key AND b2.mention_key <> @key LIMIT @limit
            """, ("key", key), ("limit", Limit(limit)));
        return await ReadAsync(command, r => r.GetString(0)).ConfigureAwait(false);
    }

    public async Task<(char? Kind, List<string> Keys)> GroupAsync(long factId)
    {
        var command = Command("SELECT b.mention_key, f.kind FROM kb_members b JOIN kb_facts f ON f.id = b.fact_id WHERE b.fact_id = @id ORDER BY b.mention_key", ("id", factId));
        var rows = await ReadAsync(command, r => (Key: r.GetString(0), Kind: r.GetString(1)[0])).ConfigureAwait(false);
        return (rows.Count == 0 ? null : rows[0].Kind, rows.ConvertAll(r => r.Key));
    }

    public async Task<bool> FactExistsAsync(char kind, long factId)
    {
        var command = Command("SELECT EXISTS (SELECT 1 FROM kb_facts WHERE id = @id AND kind = @kind)", ("id", factId), ("kind", kind.ToString()));
        return await statements.ScalarAsync<bool>(command).ConfigureAwait(false);
    }

    public async Task<bool> GroupHoldsPageAsync(long factId, long pageId)
    {
        var command = Command(
            "SELECT EXISTS (SELECT 1 FROM kb_mentions m JOIN kb_members b ON b.mention_key = m.key WHERE m.page_id = @page AND b.fact_id = @fact)",
            ("page", pageId), ("fact", factId));
        return await statements.ScalarAsync<bool>(command).ConfigureAwait(false);
    }

    public async Task<List<(long Fact, string Rep)>> GroupsUnderTermAsync(char kind, string term, int limit)
    {
        var command = Command("""
            SELECT g.fact_id, g.rep_key FROM kb_group_terms g
            JOIN kb_members b ON b.mention_key = g.rep_key AND b.fact_id = g.fact_id
            WHERE g.kind = @kind AND g.term = @term ORDER BY g.fact_id LIMIT @limit
            """, ("kind", kind.ToString()), ("term", term), ("limit", Limit(limit)));
        return await ReadAsync(command, r => (r.GetInt64(0), r.GetString(1))).ConfigureAwait(false);
    }

    public async Task<long> WriteFactAsync(FactWrite fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var values = new (string, object?)[]
        {
            ("kind", fact.Kind.ToString()), ("status", fact.Status), ("type", fact.Type), ("date", fact.Date), ("sort", fact.SortKey),
            ("conflict", fact.Conflict), ("variants", fact.VariantsJson), ("fields", fact.FieldsJson), ("machine", fact.MachineJson), ("search", fact.Search),
        };
        long id;
        if (fact.Id is { } known)
        {
            // An update's id is known: nothing to wait for.
            id = known;
            await statements.WriteAsync(Command("""
                UPDATE kb_facts SET status = @status, type = @type, date = @date, sort_key = @sort, conflict = @conflict,
                    variants = @variants, fields = @fields, machine = @machine, search = @search
                WHERE id = @id
                """, [.. values, ("id", known)])).ConfigureAwait(false);
        }
        else if (statements.Defer)
        {
            nextFactId ??= await statements.ScalarAsync<long>(Command(
                "SELECT coalesce(pg_sequence_last_value(pg_get_serial_sequence('kb_facts', 'id')::regclass) + 1, 1)")).ConfigureAwait(false);
            id = nextFactId.Value;
            (lastFactId, nextFactId) = (id, id + 1);
            await statements.WriteAsync(Command("""
                INSERT INTO kb_facts (id, kind, status, type, date, sort_key, conflict, variants, fields, machine, search) OVERRIDING SYSTEM VALUE
                VALUES (@id, @kind, @status, @type, @date, @sort, @conflict, @variants, @fields, @machine, @search)
                """, [.. values, ("id", id)])).ConfigureAwait(false);
        }
        else
        {
            id = await statements.ScalarAsync<long>(Command("""
                INSERT INTO kb_facts (kind, status, type, date, sort_key, conflict, variants, fields, machine, search)
                VALUES (@kind, @status, @type, @date, @sort, @conflict, @variants, @fields, @machine, @search) RETURNING id
                """, values)).ConfigureAwait(false);
        }

        await statements.WriteAsync(Command("""
            INSERT INTO kb_members (mention_key, fact_id) SELECT unnest(@keys::text[]), @id
            ON CONFLICT (mention_key) DO UPDATE SET fact_id = excluded.fact_id
            """, ("id", id), ("keys", fact.Members.ToArray()))).ConfigureAwait(false);
        await statements.WriteAsync(Command("DELETE FROM kb_fact_actors WHERE fact_id = @id", ("id", id))).ConfigureAwait(false);
        await statements.WriteAsync(Command("DELETE FROM kb_applied WHERE fact_id = @id", ("id", id))).ConfigureAwait(false);
        await statements.WriteAsync(Command("DELETE FROM kb_group_terms WHERE fact_id = @id", ("id", id))).ConfigureAwait(false);
        if (fact.Actors.Count > 0)
        {
            await statements.WriteAsync(Command(
                "INSERT INTO kb_fact_actors (actor, fact_id) SELECT DISTINCT unnest(@actors::text[]), @id ON CONFLICT DO NOTHING",
                ("id", id), ("actors", fact.Actors.ToArray()))).ConfigureAwait(false);
        }

        if (fact.Applied.Count > 0)
        {
            await statements.WriteAsync(Command(
                "INSERT INTO kb_applied (fact_id, revision_id) SELECT DISTINCT @id, unnest(@revisions::bigint[]) ON CONFLICT DO NOTHING",
                ("id", id), ("revisions", fact.Applied.ToArray()))).ConfigureAwait(false);
        }

        await InsertGroupTermsAsync(id, fact.Terms).ConfigureAwait(false);
        if (fact.Creation is { } creation)
        {
            await WriteRevisionAsync(creation with { FactId = id }).ConfigureAwait(false);
        }

        return id;
    }

    public async Task JoinAsync(long factId, string key, IReadOnlyList<GroupTerm> terms)
    {
        await statements.WriteAsync(Command(
            "INSERT INTO kb_members (mention_key, fact_id) VALUES (@key, @id) ON CONFLICT (mention_key) DO UPDATE SET fact_id = excluded.fact_id",
            ("key", key), ("id", factId))).ConfigureAwait(false);

        await InsertGroupTermsAsync(factId, terms).ConfigureAwait(false);
    }

    public async Task LeaveAsync(string key)
    {
        await statements.WriteAsync(Command("DELETE FROM kb_members WHERE mention_key = @key", ("key", key))).ConfigureAwait(false);
    }

    public async Task DeleteFactsWithoutMembersAsync(IReadOnlyCollection<long>? factIds)
    {
        if (factIds is null)
        {
            await statements.WriteAsync(Command("DELETE FROM kb_group_terms g WHERE NOT EXISTS (SELECT 1 FROM kb_members b WHERE b.fact_id = g.fact_id)")).ConfigureAwait(false);
            await statements.WriteAsync(Command("DELETE FROM kb_facts f WHERE NOT EXISTS (SELECT 1 FROM kb_members b WHERE b.fact_id = f.id)")).ConfigureAwait(false);
            return;
        }

        var ids = factIds.ToArray();
        await statements.WriteAsync(Command(
            "DELETE FROM kb_group_terms g WHERE g.fact_id = ANY(@ids) AND NOT EXISTS (SELECT 1 FROM kb_members b WHERE b.fact_id = g.fact_id)", ("ids", ids))).ConfigureAwait(false);
        await statements.WriteAsync(Command(
            "DELETE FROM kb_facts f WHERE f.id = ANY(@ids) AND NOT EXISTS (SELECT 1 FROM kb_members b WHERE b.fact_id = f.id)", ("ids", ids))).ConfigureAwait(false);
    }

    public async Task<List<Decision>> DecisionRevisionsAsync()
    {
        var command = Command("SELECT id, fact_id, kind, action, anchors, changes FROM kb_revisions WHERE action <> 'create' ORDER BY id");
        return await ReadAsync(command, r => Decision.Read(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5))).ConfigureAwait(false);
    }

    public async Task<Dictionary<string, KbMention>> SnapshotsAsync(IReadOnlyCollection<string> keys)
    {
        var command = Command("SELECT key, kind, source, page_date, data FROM kb_anchor_snapshots WHERE key = ANY(@keys)", ("keys", keys.ToArray()));
        var rows = await ReadAsync(command, r => new KbMention(r.GetString(0), r.GetString(1)[0], 0, r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), 0, null, null, r.GetString(4))).ConfigureAwait(false);
        return rows.ToDictionary(m => m.Key, StringComparer.Ordinal);
    }

    public async Task KeepSnapshotAsync(long decision, KbMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        await statements.WriteAsync(Command("""
            INSERT INTO kb_anchor_snapshots (key, kind, source, page_date, data) VALUES (@key, @kind, @source, @date, @data)
            ON CONFLICT (key) DO UPDATE SET kind = excluded.kind, source = excluded.source, page_date = excluded.page_date, data = excluded.data
            """, ("key", mention.Key), ("kind", mention.Kind.ToString()), ("source", mention.Source), ("date", mention.PageDate), ("data", mention.Data))).ConfigureAwait(false);
        await statements.WriteAsync(Command(
            "INSERT INTO kb_decision_keys (key, revision_id) VALUES (@key, @decision) ON CONFLICT DO NOTHING",
            ("key", mention.Key), ("decision", decision))).ConfigureAwait(false);
    }

    public async Task WriteRevisionAsync(RevisionWrite revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        await statements.WriteAsync(Command("""
            INSERT INTO kb_revisions (fact_id, kind, action, anchors, changes, who, at, why)
            VALUES (@fact, @kind, @action, @anchors, @changes, @who, @at, @why)
            """, ("fact", revision.FactId), ("kind", revision.Kind.ToString()), ("action", revision.Action), ("anchors", revision.AnchorsJson),
            ("changes", revision.ChangesJson), ("who", revision.Who), ("at", revision.At.ToString("O", CultureInfo.InvariantCulture)), ("why", revision.Why))).ConfigureAwait(false);
    }

    private async Task InsertGroupTermsAsync(long factId, IReadOnlyList<GroupTerm> terms)
    {
        if (terms.Count == 0)
        {
            return;
        }

        await statements.WriteAsync(Command("""
            INSERT INTO kb_group_terms (kind, term, fact_id, rep_key)
            SELECT t.kind, t.term, @id, t.rep FROM unnest(@kinds::text[], @terms::text[], @reps::text[]) AS t (kind, term, rep)
            ON CONFLICT DO NOTHING
            """, ("id", factId), ("kinds", terms.Select(t => t.Kind.ToString()).ToArray()), ("terms", terms.Select(t => t.Term).ToArray()), ("reps", terms.Select(t => t.Rep).ToArray()))).ConfigureAwait(false);
    }

    private static object Limit(int limit) => limit < 0 ? DBNull.Value : limit;

    private Task<List<KbMention>> ReadMentionsAsync(NpgsqlBatchCommand command) => statements.ReadAsync(command, MentionRows.Mention);

    private Task<List<T>> ReadAsync<T>(NpgsqlBatchCommand command, Func<System.Data.Common.DbDataReader, T> row) => statements.ReadAsync(command, row);

    private static NpgsqlBatchCommand Command(string sql, params (string Name, object? Value)[] parameters) => PostgresStatementQueue.Statement(sql, parameters);
}
