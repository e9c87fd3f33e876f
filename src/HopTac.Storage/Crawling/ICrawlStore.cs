namespace HopTac.Storage.Crawling;

/// <summary>
/// The crawler's durable state: sources, the frontier and the fetch log, in the same database as the pages. Every
/// method is one transaction, so a process killed between two calls resumes where it stopped. Thread-safe.
/// </summary>
public interface ICrawlStore : IAsyncDisposable
{
    /// <summary>Adds a source, or returns the one already following <paramref name="url"/> unchanged.</summary>
    Task<CrawlSource> AddSourceAsync(string url, string name, SourceKind kind, TimeSpan every, CancellationToken cancellationToken);

    /// <summary>Removes a source by id or URL; its URLs stay in the frontier (their pages stay in the store). False when there was none.</summary>
    Task<bool> RemoveSourceAsync(string idOrUrl, CancellationToken cancellationToken);

    /// <summary>Pauses or resumes a source. False when there was none.</summary>
    Task<bool> SetPausedAsync(long id, bool paused, CancellationToken cancellationToken);

    /// <summary>Every source with its counts, by id.</summary>
    Task<IReadOnlyList<SourceSummary>> ListSourcesAsync(CancellationToken cancellationToken);

    /// <summary>Unpaused sources whose next check is at or before <paramref name="now"/>.</summary>
    Task<IReadOnlyList<CrawlSource>> DueSourcesAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records that a source was checked: its URL is due again now and the source's next check is set.</summary>
    Task MarkSourceCheckedAsync(CrawlSource source, DateTimeOffset now, string? problem, CancellationToken cancellationToken);

    /// <summary>Adds the URLs the frontier does not hold yet, due at <paramref name="now"/>; returns how many were new.</summary>
    Task<int> EnqueueAsync(IReadOnlyList<NewUrl> urls, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// URLs to fetch now: pending ones and done ones whose revisit is due, sources' URLs first, then by due time; on
    /// <paramref name="host"/> only when it is given.
    /// </summary>
    Task<IReadOnlyList<FrontierEntry>> DueAsync(DateTimeOffset now, int limit, string? host, CancellationToken cancellationToken);

    /// <summary>
    /// Takes or renews the lease on <paramref name="host"/> for <paramref name="holder"/> until <paramref name="until"/>:
    /// taken when no one holds it, when the holder already does, when the lease lapsed (its until is at or before
    /// <paramref name="now"/>), or when it is held by <paramref name="replacing"/> (a holder known to be dead). Returns the
    /// lease as it stands after the call, in one transaction.
    /// </summary>
    Task<HostLease> LeaseHostAsync(string host, string holder, DateTimeOffset now, DateTimeOffset until, string? replacing, CancellationToken cancellationToken);

    /// <summary>Ends <paramref name="holder"/>'s leases on these hosts at <paramref name="now"/> (leases held by others are left alone).</summary>
    Task ReleaseHostsAsync(IReadOnlyCollection<string> hosts, string holder, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>When the next URL becomes due, or null when none waits.</summary>
    Task<DateTimeOffset?> NextDueAtAsync(CancellationToken cancellationToken);

    /// <summary>Keeps a received body (state fetched) with its validators and logs the exchange, in one transaction.</summary>
    Task RecordFetchedAsync(FrontierEntry entry, FetchedBody body, FetchLogEntry log, CancellationToken cancellationToken);

    /// <summary>Records a fetch that gave no body to ingest (not modified, gone, failed, disallowed, redirected) and logs it.</summary>
    Task RecordOutcomeAsync(FrontierEntry entry, UrlState state, DateTimeOffset dueAt, TimeSpan revisit, int? status, string? problem, FetchLogEntry? log, CancellationToken cancellationToken);

    /// <summary>Fetched bodies not yet ingested (left by a killed process too), oldest first; on <paramref name="host"/> only when it is given.</summary>
    Task<IReadOnlyList<FrontierEntry>> FetchedAsync(int limit, string? host, CancellationToken cancellationToken);

    /// <summary>Ends a fetched URL: done (or duplicate, failed) with its content hash and page, the body dropped.</summary>
    Task CompleteAsync(string url, UrlState state, string? contentHash, long? pageId, DateTimeOffset dueAt, TimeSpan revisit, string? problem, CancellationToken cancellationToken);

    /// <summary>Another URL already done with this content hash, or null.</summary>
    Task<string?> FindByHashAsync(string contentHash, string exceptUrl, CancellationToken cancellationToken);

    /// <summary>The frontier row of a URL, or null.</summary>
    Task<FrontierEntry?> GetAsync(string url, CancellationToken cancellationToken);

    /// <summary>Counts of frontier rows by state.</summary>
    Task<IReadOnlyDictionary<UrlState, long>> CountByStateAsync(CancellationToken cancellationToken);

    /// <summary>The latest exchanges, newest first.</summary>
    Task<IReadOnlyList<FetchLogEntry>> RecentFetchesAsync(int limit, CancellationToken cancellationToken);
}
