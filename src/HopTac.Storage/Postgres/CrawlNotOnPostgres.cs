using HopTac.Storage.Crawling;

namespace HopTac.Storage.Postgres;

/// <summary>
/// The crawler's sources and frontier on a PostgreSQL store: not built (issue 19 covers pages, the knowledge base,
/// curation, accounts and watchlists). <c>serve --db postgres://…</c> runs with every other page; the admin page of
/// sources says why it cannot answer rather than showing an empty list, which would read as "no sources".
/// </summary>
internal sealed class CrawlNotOnPostgres : ICrawlStore
{
    private const string Message = "The crawler's sources and frontier are kept in a SQLite store only; run `hoptac crawl` and `hoptac sources` on a SQLite file.";

    public Task<CrawlSource> AddSourceAsync(string url, string name, SourceKind kind, TimeSpan every, CancellationToken cancellationToken) => throw Missing();

    public Task<bool> RemoveSourceAsync(string idOrUrl, CancellationToken cancellationToken) => throw Missing();

    public Task<bool> SetPausedAsync(long id, bool paused, CancellationToken cancellationToken) => throw Missing();

    public Task<IReadOnlyList<SourceSummary>> ListSourcesAsync(CancellationToken cancellationToken) => throw Missing();

    public Task<IReadOnlyList<CrawlSource>> DueSourcesAsync(DateTimeOffset now, CancellationToken cancellationToken) => throw Missing();

    public Task MarkSourceCheckedAsync(CrawlSource source, DateTimeOffset now, string? problem, CancellationToken cancellationToken) => throw Missing();

    public Task<int> EnqueueAsync(IReadOnlyList<NewUrl> urls, DateTimeOffset now, CancellationToken cancellationToken) => throw Missing();

    public Task<IReadOnlyList<FrontierEntry>> DueAsync(DateTimeOffset now, int limit, string? host, CancellationToken cancellationToken) => throw Missing();

    public Task<HostLease> LeaseHostAsync(string host, string holder, DateTimeOffset now, DateTimeOffset until, string? replacing, CancellationToken cancellationToken) => throw Missing();

    public Task ReleaseHostsAsync(IReadOnlyCollection<string> hosts, string holder, DateTimeOffset now, CancellationToken cancellationToken) => throw Missing();

    public Task<DateTimeOffset?> NextDueAtAsync(CancellationToken cancellationToken) => throw Missing();

    public Task RecordFetchedAsync(FrontierEntry entry, FetchedBody body, FetchLogEntry log, CancellationToken cancellationToken) => throw Missing();

    public Task RecordOutcomeAsync(FrontierEntry entry, UrlState state, DateTimeOffset dueAt, TimeSpan revisit, int? status, string? problem, FetchLogEntry? log, CancellationToken cancellationToken) => throw Missing();

    public Task<IReadOnlyList<FrontierEntry>> FetchedAsync(int limit, string? host, CancellationToken cancellationToken) => throw Missing();

    public Task CompleteAsync(string url, UrlState state, string? contentHash, long? pageId, DateTimeOffset dueAt, TimeSpan revisit, string? problem, CancellationToken cancellationToken) => throw Missing();

    public Task<string?> FindByHashAsync(string contentHash, string exceptUrl, CancellationToken cancellationToken) => throw Missing();

    public Task<FrontierEntry?> GetAsync(string url, CancellationToken cancellationToken) => throw Missing();

    public Task<IReadOnlyDictionary<UrlState, long>> CountByStateAsync(CancellationToken cancellationToken) => throw Missing();

    public Task<IReadOnlyList<FetchLogEntry>> RecentFetchesAsync(int limit, CancellationToken cancellationToken) => throw Missing();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static StoreCapabilityException Missing() => new(Message);
}
