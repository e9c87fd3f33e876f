namespace HopTac.Storage.Crawling;

/// <summary>What a followed source is: a feed (RSS/Atom), a sitemap (plain, index or Google News) or a section page with paging.</summary>
public enum SourceKind
{
    Feed,
    Sitemap,
    Section,
}

/// <summary>What a URL in the frontier is expected to hold; sources' own URLs are re-read on their schedule, articles are revisited with back-off.</summary>
public enum UrlKind
{
    Feed,
    Sitemap,
    Section,
    Article,
}

/// <summary>
/// Where a URL stands. <see cref="Pending"/> waits for its due time; <see cref="Fetched"/> holds a received body not
/// yet ingested (a restart ingests it without refetching); <see cref="Done"/> is revisited when due; the others are final.
/// </summary>
public enum UrlState
{
    Pending,
    Fetched,
    Done,
    Failed,
    Gone,
    Disallowed,
    Duplicate,
    Redirected,
}

/// <summary>A source a person follows. Invariant: <see cref="Every"/> is positive; <see cref="Url"/> is normalised.</summary>
public sealed record CrawlSource(long Id, string Url, string Name, SourceKind Kind, TimeSpan Every, bool Paused, DateTimeOffset AddedAt, DateTimeOffset NextCheckAt)
{
    public DateTimeOffset? LastCheckedAt { get; init; }

    public string? LastError { get; init; }
}

/// <summary>A source with what the crawler gained from it, for <c>sources list</c> and the admin page.</summary>
public sealed record SourceSummary(CrawlSource Source, long PagesGained, long Pending, long Errors, DateTimeOffset? LastFetchAt);

/// <summary>A URL to add to the frontier (ignored when the frontier already has it).</summary>
public sealed record NewUrl(string Url, string Host, UrlKind Kind, long? SourceId, int Hops = 0);

/// <summary>A frontier row as the crawler reads it to fetch or ingest it.</summary>
public sealed record FrontierEntry(string Url, string Host, UrlKind Kind, long? SourceId, UrlState State, int Hops, int Attempts)
{
    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    public string? ContentHash { get; init; }

    public TimeSpan Revisit { get; init; }

    public string? ContentType { get; init; }

    public string? FinalUrl { get; init; }

    public byte[]? Body { get; init; }

    public DateTimeOffset? FetchedAt { get; init; }
}

/// <summary>One HTTP exchange, as logged. <see cref="Status"/> is 0 when no response came (timeout, refused connection).</summary>
public sealed record FetchLogEntry(string Url, string Host, long? SourceId, DateTimeOffset At, int Status, long Bytes, long Millis, string Outcome, string? Error);

/// <summary>A received response to keep until it is ingested: validators for the next conditional GET and the body.</summary>
public sealed record FetchedBody(int Status, string? ContentType, string? ETag, string? LastModified, string FinalUrl, byte[] Body);

/// <summary>
/// A host's lease after a request for it: taken when <see cref="Holder"/> is the one who asked. <see cref="Previous"/>
/// is the holder it was taken from (null when it was free for the first time or renewed), so a new holder can wait the
/// host's delay before its first request: the previous holder's last request may have just ended.
/// </summary>
public sealed record HostLease(string Host, string Holder, DateTimeOffset Until, string? Previous);
