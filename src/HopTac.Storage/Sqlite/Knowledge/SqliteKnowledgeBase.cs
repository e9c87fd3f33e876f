using HopTac.Storage.Knowledge;

namespace HopTac.Storage.Sqlite.Knowledge;

/// <summary>Placeholder until consolidation lands: an empty knowledge base over the SQLite store.</summary>
internal sealed class SqliteKnowledgeBase : IKnowledgeBase
{
    public Task<Timeline> GetTimelineAsync(TimelineQuery query, CancellationToken cancellationToken) =>
        Task.FromResult(new Timeline(query.Partner, [], [], []));

    public Task<PartnerOverview?> GetPartnerAsync(string code, CancellationToken cancellationToken) =>
        Task.FromResult<PartnerOverview?>(null);

    public Task<IReadOnlyList<PartnerCount>> ListPartnersAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PartnerCount>>([]);

    public Task<IReadOnlyList<TimelineEvent>> LatestEventsAsync(int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TimelineEvent>>([]);

    public Task<FactDetail?> GetFactAsync(string factId, CancellationToken cancellationToken) =>
        Task.FromResult<FactDetail?>(null);

    public Task<IReadOnlyList<PersonProfile>> FindPeopleAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PersonProfile>>([]);

    public Task<IReadOnlyList<PageFact>> GetPageFactsAsync(long pageId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PageFact>>([]);

    public Task<CurationOutcome> CurateAsync(CurationRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(CurationOutcome.NotFound(request.FactId));

    public Task<IReadOnlyList<FactRevision>> GetHistoryAsync(string factId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FactRevision>>([]);

    public Task ReconsolidateAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
