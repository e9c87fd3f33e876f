using HopTac.Storage.Knowledge.Curation;

namespace HopTac.Storage.Knowledge.Reads;

/// <summary>
/// The <see cref="IKnowledgeBase"/> of a store, whichever database holds it: a facade over the read models
/// (<see cref="KnowledgeReads"/>) and curation (<see cref="KnowledgeCuration"/>), both written once over
/// <see cref="KnowledgeDatabase"/>. Consolidation on save is the store's writer's (it runs inside the save transaction).
/// </summary>
internal sealed class StoreKnowledgeBase(KnowledgeDatabase db, TimeProvider clock) : IKnowledgeBase
{
    private readonly KnowledgeReads reads = new(db);
    private readonly KnowledgeCuration curation = new(db, clock);

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
