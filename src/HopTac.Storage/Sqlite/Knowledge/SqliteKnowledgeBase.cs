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
/// writers are serialised; reads open their own connection (WAL lets them run beside a write). A facade over the
/// read models (<see cref="KnowledgeReads"/>) and curation (<see cref="KnowledgeCuration"/>).
/// </summary>
internal sealed class SqliteKnowledgeBase(Func<CancellationToken, Task<SqliteConnection>> open, TimeProvider clock, SemaphoreSlim writeLock) : IKnowledgeBase
{
    private readonly KnowledgeReads reads = new(open);
    private readonly KnowledgeCuration curation = new(open, clock, writeLock);

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

    public Task<Timeline> GetTimelineAsync(TimelineQuery query, CancellationToken cancellationToken) => reads.GetTimelineAsync(query, cancellationToken);

    public Task<PartnerOverview?> GetPartnerAsync(string code, CancellationToken cancellationToken) => reads.GetPartnerAsync(code, cancellationToken);

    public Task<IReadOnlyList<PartnerCount>> ListPartnersAsync(CancellationToken cancellationToken) => reads.ListPartnersAsync(cancellationToken);

    public Task<KnowledgeCounts> GetCountsAsync(CancellationToken cancellationToken) => reads.GetCountsAsync(cancellationToken);

    public Task<IReadOnlyList<TimelineEvent>> LatestEventsAsync(int limit, CancellationToken cancellationToken) => reads.LatestEventsAsync(limit, cancellationToken);

    public Task<FactDetail?> GetFactAsync(string factId, CancellationToken cancellationToken) => reads.GetFactAsync(factId, cancellationToken);

    public Task<IReadOnlyList<PersonProfile>> FindPeopleAsync(string name, CancellationToken cancellationToken) => reads.FindPeopleAsync(name, cancellationToken);

    public Task<IReadOnlyList<PageFact>> GetPageFactsAsync(long pageId, CancellationToken cancellationToken) => reads.GetPageFactsAsync(pageId, cancellationToken);

    public Task<IReadOnlyList<FactRevision>> GetHistoryAsync(string factId, CancellationToken cancellationToken) => reads.GetHistoryAsync(factId, cancellationToken);

    public Task<ReviewQueuePage> GetReviewQueueAsync(ReviewQuery query, CancellationToken cancellationToken) => reads.GetReviewQueueAsync(query, cancellationToken);

    public Task<CurationOutcome> CurateAsync(CurationRequest request, CancellationToken cancellationToken) => curation.CurateAsync(request, cancellationToken);

    public Task ReconsolidateAsync(CancellationToken cancellationToken) => curation.ReconsolidateAsync(cancellationToken);
}
