using System.Globalization;
using System.Text.Json;
using HopTac.Core.Pages;
using HopTac.Storage.Knowledge.Consolidation;
using Microsoft.Data.Sqlite;

namespace HopTac.Storage.Sqlite.Knowledge;

/// <summary>The consolidation engine's queries and writes on the store's SQLite file, inside one write transaction.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The prepared commands live as long as the transaction's connection, which disposes them when it closes.")]
internal sealed class SqliteConsolidationStore(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken) : IConsolidationStore
{
    private const string MentionColumns = MentionRows.Columns;

    private readonly PreparedCommands commands = new(connection, transaction);

    public async Task<PageRows> PageRowsAsync(long pageId)
    {
        async Task<List<long>> Ids(string sql)
        {
            var command = Command(sql);
            command.Parameters.AddWithValue("$page", pageId);
            return await ReadAsync(command, r => r.GetInt64(0)).ConfigureAwait(false);
        }

        return new PageRows(
            await Ids("SELECT id FROM events WHERE page_id = $page ORDER BY ordinal").ConfigureAwait(false),
            await Ids("SELECT id FROM agreements WHERE page_id = $page ORDER BY ordinal").ConfigureAwait(false),
            await Ids("SELECT id FROM figures WHERE page_id = $page ORDER BY ordinal").ConfigureAwait(false),
            await Ids("SELECT id FROM people WHERE page_id = $page ORDER BY ordinal").ConfigureAwait(false));
    }

    public async Task<(long? LastId, List<(long Id, PageRecord Record)> Records)> CurrentPagesAfterAsync(long after, int count)
    {
        var rows = new List<(long Id, string Json, bool Copy)>();
        long? last = null;
        var command = Command("""
            SELECT id, record_json,
                   EXISTS (SELECT 1 FROM page_fingerprints f WHERE f.page_id = pages.id AND f.original_id <> f.page_id)
            FROM pages WHERE is_current = 1 AND id > $after ORDER BY id LIMIT $count
            """);
        command.Parameters.AddWithValue("$after", after);
        command.Parameters.AddWithValue("$count", count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            last = reader.GetInt64(0);
            rows.Add((last.Value, reader.GetString(1), reader.GetInt64(2) == 1));
        }

        // Parsing the records is pure CPU, done on every core at once while the rebuild holds the write lock; the
        // order is kept (a rebuild refreshes pages in id order).
        var records = rows.AsParallel().AsOrdered().Select(Parse).Where(r => r.Record is not null).Select(r => (r.Id, r.Record!)).ToList();
        return (last, records);

        static (long Id, PageRecord? Record) Parse((long Id, string Json, bool Copy) row)
        {
            try
            {
                // A row edited by hand that no longer parses has no mentions, as in a save.
                // A syndicated copy's facts are its original's: the story counts once.
                return PageRecordJson.Deserialize(row.Json) is { } record
                    ? (row.Id, row.Copy ? HopTac.Storage.Syndication.SyndicatedCopies.WithoutFacts(record) : record)
                    : (row.Id, null);
            }
            catch (JsonException)
            {
                return (row.Id, null);
            }
        }
    }

    public Task RelinkCopiesAfterAsync(long after, int count) =>
        HopTac.Storage.Sqlite.Pages.SyndicationLinks.RelinkAfterAsync(commands, after, count, cancellationToken);

    public async Task<List<KbMention>> MentionsAsync(IReadOnlyCollection<string> keys)
    {
        var command = Command($"SELECT {MentionColumns} FROM kb_mentions WHERE key IN (SELECT value FROM json_each($keys))");
        command.Parameters.AddWithValue("$keys", JsonSerializer.Serialize(keys));
        return await ReadMentionsAsync(command).ConfigureAwait(false);
    }

    public async Task<List<KbMention>> MentionsOfPagesAsync(IReadOnlyCollection<long> pageIds)
    {
        var command = Command($"SELECT {MentionColumns} FROM kb_mentions WHERE page_id IN (SELECT value FROM json_each($pages))");
        command.Parameters.AddWithValue("$pages", JsonSerializer.Serialize(pageIds));
        return await ReadMentionsAsync(command).ConfigureAwait(false);
    }

    public async Task<List<KbMention>> MentionsOfOldPagesAsync()
    {
        var command = Command($"""
            SELECT {MentionColumns} FROM kb_mentions m
            WHERE NOT EXISTS (SELECT 1 FROM pages p WHERE p.id = m.page_id AND p.is_current = 1)
            """);
        return await ReadMentionsAsync(command).ConfigureAwait(false);
    }

    public async Task<Dictionary<string, string>> MentionDataAsync(IReadOnlyCollection<string> keys)
    {
        var command = Command("SELECT key, data FROM kb_mentions WHERE key IN (SELECT value FROM json_each($keys))");
        command.Parameters.AddWithValue("$keys", JsonSerializer.Serialize(keys));
        return (await ReadAsync(command, r => (r.GetString(0), r.GetString(1))).ConfigureAwait(false)).ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);
    }

    public async Task UpsertMentionsAsync(IReadOnlyList<KbMention> mentions)
    {
        var upsert = Command("""
            INSERT INTO kb_mentions (key, kind, page_id, source, page_date, fact_row, type, year, data)
            VALUES ($key, $kind, $page, $source, $date, $row, $type, $year, $data)
            ON CONFLICT (key) DO UPDATE SET kind = excluded.kind, page_id = excluded.page_id, source = excluded.source,
                page_date = excluded.page_date, fact_row = excluded.fact_row, type = excluded.type, year = excluded.year,
                data = excluded.data
            """);
        var clearTerms = Command("DELETE FROM kb_mention_terms WHERE key = $key");
        // A mention's terms in one statement: one bound insert per term was a large share of a rebuild's binding.
        var insertTerms = Command("INSERT OR IGNORE INTO kb_mention_terms (term, key, kind) SELECT value, $key, $kind FROM json_each($terms)");
        foreach (var m in mentions)
        {
            upsert.Parameters.Clear();
            upsert.Parameters.AddWithValue("$key", m.Key);
            upsert.Parameters.AddWithValue("$kind", m.Kind.ToString());
            upsert.Parameters.AddWithValue("$page", m.PageId);
            upsert.Parameters.AddWithValue("$source", m.Source);
            upsert.Parameters.AddWithValue("$date", (object?)m.PageDate ?? DBNull.Value);
            upsert.Parameters.AddWithValue("$row", m.FactRow);
            upsert.Parameters.AddWithValue("$type", (object?)m.Type ?? DBNull.Value);
            upsert.Parameters.AddWithValue("$year", (object?)m.Year ?? DBNull.Value);
            upsert.Parameters.AddWithValue("$data", m.Data);
            await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

            clearTerms.Parameters.Clear();
            clearTerms.Parameters.AddWithValue("$key", m.Key);
            await clearTerms.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            if (m.Terms() is { Count: > 0 } terms)
            {
                insertTerms.Parameters.Clear();
                insertTerms.Parameters.AddWithValue("$terms", JsonSerializer.Serialize(terms));
                insertTerms.Parameters.AddWithValue("$key", m.Key);
                insertTerms.Parameters.AddWithValue("$kind", m.Kind.ToString());
                await insertTerms.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async Task DeleteMentionsAsync(IReadOnlyCollection<string> keys)
    {
        var delete = Command("DELETE FROM kb_mentions WHERE key IN (SELECT value FROM json_each($keys))");
        delete.Parameters.AddWithValue("$keys", JsonSerializer.Serialize(keys));
        await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<List<string>> TermKeysAsync(char kind, string term, bool range, int limit)
    {
        var command = Command(range
            ? "SELECT key FROM kb_mention_terms WHERE kind = $kind AND term >= $term || '|' AND term < $term || '}' LIMIT $limit"
            : "SELECT key FROM kb_mention_terms WHERE kind = $kind AND term = $term LIMIT $limit");
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$kind", kind.ToString());
        command.Parameters.AddWithValue("$term", term);
        return await ReadAsync(command, r => r.GetString(0)).ConfigureAwait(false);
    }

    public async Task<List<string>> PeopleWithIdentityAsync(string identity, int limit)
    {
        var command = Command("SELECT key FROM kb_mentions WHERE kind = 'p' AND type = $type LIMIT $limit");
        command.Parameters.AddWithValue("$type", identity);
        command.Parameters.AddWithValue("$limit", limit);
        return await ReadAsync(command, r => r.GetString(0)).ConfigureAwait(false);
    }

    public async Task<List<string>> FiguresOnPagesAsync(IReadOnlyCollection<long> pageIds, string? unit)
    {
        // By page, not by unit ("+type" keeps SQLite off the unit index): a story's pages are few, USD figures many.
        var command = Command("""
            SELECT key FROM kb_mentions
            WHERE page_id IN (SELECT value FROM json_each($pages)) AND kind = 'f' AND +type = $unit
            """);
        command.Parameters.AddWithValue("$unit", (object?)unit ?? DBNull.Value);
        command.Parameters.AddWithValue("$pages", JsonSerializer.Serialize(pageIds));
        return await ReadAsync(command, r => r.GetString(0)).ConfigureAwait(false);
    }

    public async Task<List<(long Page, long Other)>> StoryLinksAsync(IReadOnlyCollection<long> pageIds, int maxMembers)
    {
        var command = Command("""
            SELECT DISTINCT x.page_id, y.page_id
            FROM kb_mentions x
            JOIN kb_members bx ON bx.mention_key = x.key
            JOIN kb_members by ON by.fact_id = bx.fact_id
            JOIN kb_mentions y ON y.key = by.mention_key
            WHERE x.page_id IN (SELECT value FROM json_each($pages)) AND x.kind IN ('e', 'a') AND y.page_id <> x.page_id
              AND (SELECT count(*) FROM kb_members c WHERE c.fact_id = bx.fact_id) <= $max
            """);
        command.Parameters.AddWithValue("$pages", JsonSerializer.Serialize(pageIds));
        command.Parameters.AddWithValue("$max", maxMembers);
        return await ReadAsync(command, r => (r.GetInt64(0), r.GetInt64(1))).ConfigureAwait(false);
    }

    public async Task<Dictionary<string, long>> GroupsOfAsync(IReadOnlyCollection<string> keys)
    {
        var command = Command("SELECT mention_key, fact_id FROM kb_members WHERE mention_key IN (SELECT value FROM json_each($keys))");
        command.Parameters.AddWithValue("$keys", JsonSerializer.Serialize(keys));
        return (await ReadAsync(command, r => (r.GetString(0), r.GetInt64(1))).ConfigureAwait(false)).ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);
    }

    public async Task<List<string>> GroupMatesAsync(string key, int limit)
    {
        var command = Command("""
            SELECT b2.mention_key FROM kb_members b1 JOIN kb_members b2 ON b2.fact_id = b1.fact_id
            WHERE b1.mention_key = $key AND b2.mention_key <> $key LIMIT $limit
            """);
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$limit", limit);
        return await ReadAsync(command, r => r.GetString(0)).ConfigureAwait(false);
    }

    public async Task<(char? Kind, List<string> Keys)> GroupAsync(long factId)
    {
        var command = Command("SELECT b.mention_key, f.kind FROM kb_members b JOIN kb_facts f ON f.id = b.fact_id WHERE b.fact_id = $id ORDER BY b.mention_key");
        command.Parameters.AddWithValue("$id", factId);
        var rows = await ReadAsync(command, r => (Key: r.GetString(0), Kind: r.GetString(1)[0])).ConfigureAwait(false);
        return (rows.Count == 0 ? null : rows[0].Kind, rows.ConvertAll(r => r.Key));
    }

    public async Task<bool> FactExistsAsync(char kind, long factId)
    {
        var command = Command("SELECT EXISTS (SELECT 1 FROM kb_facts WHERE id = $id AND kind = $kind)");
        command.Parameters.AddWithValue("$id", factId);
        command.Parameters.AddWithValue("$kind", kind.ToString());
        return await ScalarAsync(command).ConfigureAwait(false) == 1;
    }

    public async Task<bool> GroupHoldsPageAsync(long factId, long pageId)
    {
        var command = Command("""
            SELECT EXISTS (SELECT 1 FROM kb_mentions m JOIN kb_members b ON b.mention_key = m.key WHERE m.page_id = $page AND b.fact_id = $fact)
            """);
        command.Parameters.AddWithValue("$page", pageId);
        command.Parameters.AddWithValue("$fact", factId);
        return await ScalarAsync(command).ConfigureAwait(false) == 1;
    }

    public async Task<List<(long Fact, string Rep)>> GroupsUnderTermAsync(char kind, string term, int limit)
    {
        var command = Command("""
            SELECT g.fact_id, g.rep_key FROM kb_group_terms g
            JOIN kb_members b ON b.mention_key = g.rep_key AND b.fact_id = g.fact_id
            WHERE g.kind = $kind AND g.term = $term ORDER BY g.fact_id LIMIT $limit
            """);
        command.Parameters.AddWithValue("$kind", kind.ToString());
        command.Parameters.AddWithValue("$term", term);
        command.Parameters.AddWithValue("$limit", limit);
        return await ReadAsync(command, r => (r.GetInt64(0), r.GetString(1))).ConfigureAwait(false);
    }

    public async Task<long> WriteFactAsync(FactWrite fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        long id;
        var write = Command(fact.Id is null
            ? """
              INSERT INTO kb_facts (kind, status, type, date, sort_key, conflict, variants, fields, machine, search)
              VALUES ($kind, $status, $type, $date, $sort, $conflict, $variants, $fields, $machine, $search) RETURNING id
              """
            : """
              UPDATE kb_facts SET status = $status, type = $type, date = $date, sort_key = $sort, conflict = $conflict,
                  variants = $variants, fields = $fields, machine = $machine, search = $search
              WHERE id = $id RETURNING id
              """);
        {
            write.Parameters.AddWithValue("$id", (object?)fact.Id ?? DBNull.Value);
            write.Parameters.AddWithValue("$kind", fact.Kind.ToString());
            write.Parameters.AddWithValue("$status", fact.Status);
            write.Parameters.AddWithValue("$type", (object?)fact.Type ?? DBNull.Value);
            write.Parameters.AddWithValue("$date", (object?)fact.Date ?? DBNull.Value);
            write.Parameters.AddWithValue("$sort", fact.SortKey);
            write.Parameters.AddWithValue("$conflict", fact.Conflict ? 1 : 0);
            write.Parameters.AddWithValue("$variants", fact.VariantsJson);
            write.Parameters.AddWithValue("$fields", fact.FieldsJson);
            write.Parameters.AddWithValue("$machine", fact.MachineJson);
            write.Parameters.AddWithValue("$search", (object?)fact.Search ?? DBNull.Value);
            id = await ScalarAsync(write).ConfigureAwait(false);
        }

        var members = Command("""
            INSERT INTO kb_members (mention_key, fact_id) SELECT value, $id FROM json_each($keys) WHERE true
            ON CONFLICT (mention_key) DO UPDATE SET fact_id = excluded.fact_id
            """);
        {
            members.Parameters.AddWithValue("$id", id);
            members.Parameters.AddWithValue("$keys", JsonSerializer.Serialize(fact.Members));
            await members.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // A new fact has no actors, decisions or terms to clear (most writes of a save: its new figures and people).
        if (fact.Id is not null)
        {
            var clear = Command("DELETE FROM kb_fact_actors WHERE fact_id = $id; DELETE FROM kb_applied WHERE fact_id = $id; DELETE FROM kb_group_terms WHERE fact_id = $id;");
            clear.Parameters.AddWithValue("$id", id);
            await clear.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        if (fact.Actors.Count > 0)
        {
            var insert = Command("INSERT OR IGNORE INTO kb_fact_actors (actor, fact_id) SELECT value, $id FROM json_each($actors)");
            insert.Parameters.AddWithValue("$id", id);
            insert.Parameters.AddWithValue("$actors", JsonSerializer.Serialize(fact.Actors));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        if (fact.Applied.Count > 0)
        {
            var insert = Command("INSERT OR IGNORE INTO kb_applied (fact_id, revision_id) SELECT $id, value FROM json_each($revisions)");
            insert.Parameters.AddWithValue("$id", id);
            insert.Parameters.AddWithValue("$revisions", JsonSerializer.Serialize(fact.Applied));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
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
        var member = Command("INSERT INTO kb_members (mention_key, fact_id) VALUES ($key, $id) ON CONFLICT (mention_key) DO UPDATE SET fact_id = excluded.fact_id");
        {
            member.Parameters.AddWithValue("$key", key);
            member.Parameters.AddWithValue("$id", factId);
            await member.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await InsertGroupTermsAsync(factId, terms).ConfigureAwait(false);
    }

    public async Task LeaveAsync(string key)
    {
        var leave = Command("DELETE FROM kb_members WHERE mention_key = $key");
        leave.Parameters.AddWithValue("$key", key);
        await leave.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteFactsWithoutMembersAsync(IReadOnlyCollection<long>? factIds)
    {
        var delete = Command(factIds is null
            ? """
              DELETE FROM kb_group_terms WHERE NOT EXISTS (SELECT 1 FROM kb_members b WHERE b.fact_id = kb_group_terms.fact_id);
              DELETE FROM kb_facts WHERE NOT EXISTS (SELECT 1 FROM kb_members b WHERE b.fact_id = kb_facts.id);
              """
            : """
              DELETE FROM kb_group_terms WHERE fact_id IN (SELECT value FROM json_each($ids))
                AND NOT EXISTS (SELECT 1 FROM kb_members b WHERE b.fact_id = kb_group_terms.fact_id);
              DELETE FROM kb_facts WHERE id IN (SELECT value FROM json_each($ids))
                AND NOT EXISTS (SELECT 1 FROM kb_members b WHERE b.fact_id = kb_facts.id);
              """);
        delete.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(factIds ?? []));
        await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<List<Decision>> DecisionRevisionsAsync()
    {
        var command = Command("SELECT id, fact_id, kind, action, anchors, changes FROM kb_revisions WHERE action <> 'create' ORDER BY id");
        return await ReadAsync(command, r => Decision.Read(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5))).ConfigureAwait(false);
    }

    public async Task<Dictionary<string, KbMention>> SnapshotsAsync(IReadOnlyCollection<string> keys)
    {
        var command = Command("SELECT key, kind, source, page_date, data FROM kb_anchor_snapshots WHERE key IN (SELECT value FROM json_each($keys))");
        command.Parameters.AddWithValue("$keys", JsonSerializer.Serialize(keys));
        var rows = await ReadAsync(command, r => new KbMention(r.GetString(0), r.GetString(1)[0], 0, r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), 0, null, null, r.GetString(4))).ConfigureAwait(false);
        return rows.ToDictionary(m => m.Key, StringComparer.Ordinal);
    }

    public async Task KeepSnapshotAsync(long decision, KbMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var snapshot = Command("""
            INSERT INTO kb_anchor_snapshots (key, kind, source, page_date, data) VALUES ($key, $kind, $source, $date, $data)
            ON CONFLICT (key) DO UPDATE SET kind = excluded.kind, source = excluded.source, page_date = excluded.page_date, data = excluded.data
            """);
        {
            snapshot.Parameters.AddWithValue("$key", mention.Key);
            snapshot.Parameters.AddWithValue("$kind", mention.Kind.ToString());
            snapshot.Parameters.AddWithValue("$source", mention.Source);
            snapshot.Parameters.AddWithValue("$date", (object?)mention.PageDate ?? DBNull.Value);
            snapshot.Parameters.AddWithValue("$data", mention.Data);
            await snapshot.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var key = Command("INSERT OR IGNORE INTO kb_decision_keys (key, revision_id) VALUES ($key, $id)");
        key.Parameters.AddWithValue("$key", mention.Key);
        key.Parameters.AddWithValue("$id", decision);
        await key.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task WriteRevisionAsync(RevisionWrite revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        var insert = Command("""
            INSERT INTO kb_revisions (fact_id, kind, action, anchors, changes, who, at, why)
            VALUES ($fact, $kind, $action, $anchors, $changes, $who, $at, $why)
            """);
        insert.Parameters.AddWithValue("$fact", revision.FactId);
        insert.Parameters.AddWithValue("$kind", revision.Kind.ToString());
        insert.Parameters.AddWithValue("$action", revision.Action);
        insert.Parameters.AddWithValue("$anchors", revision.AnchorsJson);
        insert.Parameters.AddWithValue("$changes", revision.ChangesJson);
        insert.Parameters.AddWithValue("$who", revision.Who);
        insert.Parameters.AddWithValue("$at", revision.At.ToString("O", CultureInfo.InvariantCulture));
        insert.Parameters.AddWithValue("$why", (object?)revision.Why ?? DBNull.Value);
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task InsertGroupTermsAsync(long factId, IReadOnlyList<GroupTerm> terms)
    {
        if (terms.Count == 0)
        {
            return;
        }

        var insert = Command("""
            INSERT OR IGNORE INTO kb_group_terms (kind, term, fact_id, rep_key)
            SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), $id, json_extract(value, '$[2]') FROM json_each($rows)
            """);
        insert.Parameters.AddWithValue("$id", factId);
        insert.Parameters.AddWithValue("$rows", JsonSerializer.Serialize(terms.Select(t => new[] { t.Kind.ToString(), t.Term, t.Rep })));
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private Task<List<KbMention>> ReadMentionsAsync(SqliteCommand command) => MentionRows.ReadAsync(command, MentionRows.Mention, cancellationToken);

    private Task<List<T>> ReadAsync<T>(SqliteCommand command, Func<System.Data.Common.DbDataReader, T> row) => MentionRows.ReadAsync(command, row, cancellationToken);

    private async Task<long> ScalarAsync(SqliteCommand command) =>
        Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);

    // Each statement prepared once per unit of work (see PreparedCommands): a batch runs the same few statements
    // thousands of times. The connection closes the statements when it closes.
    private SqliteCommand Command(string sql) => commands.Command(sql);
}
