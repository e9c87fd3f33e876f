using System.Globalization;
using System.Text.Json;
using HopTac.Core.Extraction.Dates;
using HopTac.Core.Knowledge;
using HopTac.Core.Pages;
using HopTac.Core.Text;
using HopTac.Storage.Knowledge;
using HopTac.Storage.Knowledge.Consolidation;
using System.Data.Common;
using HopTac.Storage.Knowledge.Reads;

namespace HopTac.Storage.Knowledge.Curation;

/// <summary>
/// Curation (accept, reject, edit, merge, split, each a new revision anchored to the mentions it names) and the
/// rebuild of the knowledge base, on either store. Both write through <see cref="KnowledgeDatabase.WriteAsync{T}"/>,
/// under the store's write lock, so every writer is serialised.
/// </summary>
internal sealed class KnowledgeCuration(KnowledgeDatabase db, TimeProvider clock)
{
    public async Task<CurationOutcome> CurateAsync(CurationRequest request, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return CurationOutcome.Invalid(CurationRefusals.NoRequest, "no request");
        }

        var action = request.Action?.Trim().ToLowerInvariant() ?? string.Empty;
        if (!Decision.Actions.Contains(action, StringComparer.Ordinal))
        {
            return CurationOutcome.Invalid(CurationRefusals.UnknownAction, $"unknown action '{Cut(request.Action)}' (accept, reject, edit, merge, split)", Cut(request.Action));
        }

        var who = request.Who?.Trim();
        if (string.IsNullOrEmpty(who) || who.Length > 100)
        {
            return CurationOutcome.Invalid(CurationRefusals.Who, "who must be a name of at most 100 characters", "100");
        }

        var why = string.IsNullOrWhiteSpace(request.Why) ? null : request.Why.Trim();
        if (why is { Length: > 2000 })
        {
            return CurationOutcome.Invalid(CurationRefusals.WhyTooLong, "why is longer than 2000 characters", "2000");
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
                return CurationOutcome.Refused(error!);
            }

            changes = valid;
        }

        return await db.WriteAsync(
            async (connection, transaction) =>
        {
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
                    return CurationOutcome.Invalid(CurationRefusals.MergeNeedsOther, "merge needs the id of the other fact");
                }

                if (otherKind != kind || otherNumber == number)
                {
                    return CurationOutcome.Invalid(CurationRefusals.MergeSameKind, "merge needs another fact of the same kind");
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
                    return CurationOutcome.Invalid(CurationRefusals.SplitTooMany, "split takes at most 1000 pages at once", "1000");
                }

                var pages = (request.SplitPages ?? []).ToHashSet();
                if (pages.Count == 0)
                {
                    return CurationOutcome.Invalid(CurationRefusals.SplitNeedsPages, "split needs the pages to take out");
                }

                other = keys.Where(k => pages.Contains(k.Page)).Select(k => k.Key).ToList();
                anchors = keys.Where(k => !pages.Contains(k.Page)).Select(k => k.Key).ToList();
                if (other.Count == 0)
                {
                    return CurationOutcome.Invalid(CurationRefusals.SplitNotSource, $"none of those pages is a source of {FactIds.Format(kind, number)}", FactIds.Format(kind, number));
                }

                if (anchors.Count == 0)
                {
                    return CurationOutcome.Invalid(CurationRefusals.SplitLeavesNone, "a split must leave at least one page in the fact");
                }

                changes = new Dictionary<string, string?>
                {
                    ["pages"] = string.Join(", ", pages.Order().Select(p => p.ToString(CultureInfo.InvariantCulture))),
                };
            }

            long revision;
            await using (var insert = DbSql.Command(connection, """
                    INSERT INTO kb_revisions (fact_id, kind, action, anchors, changes, who, at, why)
                    VALUES (@fact, @kind, @action, @anchors, @changes, @who, @at, @why) RETURNING id
                    """, transaction))
            {
                DbSql.AddLong(insert, "fact", number);
                DbSql.AddText(insert, "kind", kind.ToString());
                DbSql.AddText(insert, "action", action);
                DbSql.AddText(insert, "anchors", Decision.AnchorsJson(anchors, other));
                DbSql.AddText(insert, "changes", JsonSerializer.Serialize(changes, KnowledgeJson.Options));
                DbSql.AddText(insert, "who", who);
                DbSql.AddText(insert, "at", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
                DbSql.AddText(insert, "why", why);
                revision = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            }

            var anchored = anchors.Concat(other).ToList();
            await using (var insertKeys = DbSql.Command(
                connection,
                $"{db.InsertIgnoring("kb_decision_keys")} (key, revision_id) SELECT x.value, @id FROM {db.ListTable("keys", "x")} {db.IgnoringTail}",
                transaction))
            {
                DbSql.AddLong(insertKeys, "id", revision);
                db.AddList(insertKeys, "keys", anchored);
                await insertKeys.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            // What the anchored facts were when the curator decided: re-extraction may change their keys, and
            // re-anchoring finds their successors by comparing against these snapshots.
            await using (var snapshots = DbSql.Command(connection, $"""
                    INSERT INTO kb_anchor_snapshots (key, kind, source, page_date, data)
                    SELECT key, kind, source, page_date, data FROM kb_mentions WHERE key IN (SELECT x.value FROM {db.ListTable("keys", "x")})
                    ON CONFLICT (key) DO UPDATE SET kind = excluded.kind, source = excluded.source, page_date = excluded.page_date, data = excluded.data
                    """, transaction))
            {
                db.AddList(snapshots, "keys", anchored);
                await snapshots.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            var work = new ConsolidationEngine(db.Consolidation(connection, transaction, cancellationToken), clock);
            await work.ReclusterAroundAsync(kind, anchored).ConfigureAwait(false);
            var now = work.FactOfKey.TryGetValue(anchors[0], out var id) ? id : number;
            return new CurationOutcome(CurationResult.Ok, FactIds.Format(kind, now), null, revision);
        },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Current pages per rebuild transaction: the write lock is held for one such batch at a time.</summary>
    internal const int RebuildBatch = 500;

    /// <remarks>
    /// In batches of <see cref="RebuildBatch"/> current pages, each its own transaction under the store's write lock, so a
    /// rebuild of a large store never keeps another writer (an ingest, a curator) waiting for more than one batch.
    /// Every batch re-clusters the components its pages touch from the store's current state; the end state is the
    /// knowledge base of all current pages, whatever was saved between two batches. Each batch first links its pages to
    /// their syndicated originals afresh (<see cref="IConsolidationStore.RelinkCopiesAfterAsync"/>). Between two batches
    /// the lock stays free for the database's <see cref="KnowledgeDatabase.HandOff"/>, so a writer that waits gets it.
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
                    // Copies first: the batch's pages are read with the links this pass gives them.
                    await unit.RelinkCopiesAfterAsync(after, RebuildBatch).ConfigureAwait(false);
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
            if (!done && db.HandOff > TimeSpan.Zero)
            {
                await Task.Delay(db.HandOff, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private Task<bool> InUnitAsync(Func<ConsolidationEngine, Task> work, CancellationToken cancellationToken) =>
        db.WriteAsync(
            async (connection, transaction) =>
            {
                var unit = new ConsolidationEngine(db.Consolidation(connection, transaction, cancellationToken), clock);
                await work(unit).ConfigureAwait(false);
                await unit.FlushAsync().ConfigureAwait(false);
                return true;
            },
            cancellationToken);

    private static async Task<List<(string Key, long Page)>?> MemberKeysAsync(
        DbConnection connection, DbTransaction transaction, char kind, long number, CancellationToken cancellationToken)
    {
        await using var command = DbSql.Command(connection, """
            SELECT f.id, m.key, m.page_id FROM kb_facts f
            LEFT JOIN kb_members b ON b.fact_id = f.id LEFT JOIN kb_mentions m ON m.key = b.mention_key
            WHERE f.id = @id AND f.kind = @kind ORDER BY m.key
            """, transaction);
        DbSql.AddLong(command, "id", number);
        DbSql.AddText(command, "kind", kind.ToString());
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

    private static string Cut(string? value) => value is null ? string.Empty : value.Length > 40 ? value[..40] : value;
}
