using HopTac.Storage.Facts;
using HopTac.Storage.Knowledge;

namespace HopTac.Storage.Postgres.Knowledge;

/// <summary>
/// The PostgreSQL store's knowledge base until its consolidation queries exist (issue 19): pages, search and
/// accounts work on PostgreSQL, the consolidated knowledge base does not yet. Every call says so instead of
/// answering with an empty knowledge base, which would read as "nothing found".
/// </summary>
internal sealed class KnowledgeNotYetBuilt : IKnowledgeBase, IFactReader
{
    private const string Message = "The knowledge base cannot be read or curated on PostgreSQL yet (it is consolidated there on every save; pages, search and accounts work); use a SQLite store for it.";

    public Task<Timeline> GetTimelineAsync(TimelineQuery query, CancellationToken cancellationToken) => throw Missing();

    public Task<PartnerOverview?> GetPartnerAsync(string code, CancellationToken cancellationToken) => throw Missing();

    public Task<IReadOnlyList<PartnerCount>> ListPartnersAsync(CancellationToken cancellationToken) => throw Missing();

    public Task<KnowledgeCounts> GetCountsAsync(CancellationToken cancellationToken) => throw Missing();

    public Task<IReadOnlyList<TimelineEvent>> LatestEventsAsync(int limit, CancellationToken cancellationToken) => throw Missing();

    public Task<FactDetail?> GetFactAsync(string factId, CancellationToken cancellationToken) => throw Missing();

    public Task<IReadOnlyList<PersonProfile>> FindPeopleAsync(string name, CancellationToken cancellationToken) => throw Missing();

    public Task<IReadOnlyList<PageFact>> GetPageFactsAsync(long pageId, CancellationToken cancellationToken) => throw Missing();

    public Task<CurationOutcome> CurateAsync(CurationRequest request, CancellationToken cancellationToken) => throw Missing();

    public Task<ReviewQueuePage> GetReviewQueueAsync(ReviewQuery query, CancellationToken cancellationToken) => throw Missing();

    public Task<IReadOnlyList<FactRevision>> GetHistoryAsync(string factId, CancellationToken cancellationToken) => throw Missing();

    public Task ReconsolidateAsync(CancellationToken cancellationToken) => throw Missing();

    public IAsyncEnumerable<ConsolidatedFact> ReadAsync(FactQuery query, CancellationToken cancellationToken) => throw Missing();

    private static StoreCapabilityException Missing() => new(Message);
}
