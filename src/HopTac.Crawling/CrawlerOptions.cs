namespace HopTac.Crawling;

/// <summary>
/// The crawler's politeness and limits. Defaults are for following real sites; tests shorten the waits.
/// Invariant after <see cref="Validate"/>: every duration is positive and every bound at least 1.
/// </summary>
public sealed record CrawlerOptions
{
    /// <summary>The product token robots.txt groups are matched against.</summary>
    public const string ProductToken = "hoptac";

    /// <summary>Who to contact about the crawler; part of the User-Agent. Set it to a real address when following sites.</summary>
    public string Contact { get; init; } = "https://github.com/hoptac/hoptac";

    /// <summary>The User-Agent sent with every request: the product, its version and the contact.</summary>
    public string UserAgent => $"HopTac/0.1 (+{Contact}; Vietnamese cooperation news reader)";

    /// <summary>Least time between the end of one request to a host and the start of the next; robots.txt's Crawl-delay raises it.</summary>
    public TimeSpan HostDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest Crawl-delay obeyed; a larger one is capped here rather than stalling a host for hours.</summary>
    public TimeSpan MaxCrawlDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Whole time for one request, body included.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest body kept; a longer response is cut off and the URL failed.</summary>
    public int MaxBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>Redirects followed from one URL before it is given up.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>Retries of one request after a 429, a 5xx or a network error, with exponential back-off.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The first retry's wait (doubling after); a Retry-After header of the server wins when longer.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Failed requests in a row after which a host is left alone for the rest of the pass.</summary>
    public int HostErrorBudget { get; init; } = 10;

    /// <summary>An article's first revisit; each unchanged revisit doubles the wait up to <see cref="MaxRevisit"/>.</summary>
    public TimeSpan Revisit { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The longest wait between two revisits of an unchanged article.</summary>
    public TimeSpan MaxRevisit { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Section pages followed through paging from one section source.</summary>
    public int MaxListingPages { get; init; } = 20;

    /// <summary>Hosts fetched at the same time (each with one connection).</summary>
    public int ParallelHosts { get; init; } = 4;

    /// <summary>Stop a pass after this many article fetches (0: no bound).</summary>
    public int MaxArticles { get; init; }

    /// <summary>
    /// How long a host's lease lasts without renewal (renewed every third of it while held): the longest another
    /// crawler on the same store waits for a host whose holder died elsewhere (one of this machine is seen at once).
    /// </summary>
    public TimeSpan HostLease { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Throws when a value is out of range.</summary>
    public CrawlerOptions Validate()
    {
        if (HostDelay < TimeSpan.Zero || Timeout <= TimeSpan.Zero || RetryBaseDelay < TimeSpan.Zero || Revisit <= TimeSpan.Zero || MaxRevisit < Revisit
            || HostLease <= TimeSpan.Zero)
        {
            throw new ArgumentException("crawler durations must be positive (and the longest revisit at least the first)");
        }

        if (MaxBytes < 1 || MaxRedirects < 0 || MaxRetries < 0 || HostErrorBudget < 1 || MaxListingPages < 1 || ParallelHosts < 1 || MaxArticles < 0)
        {
            throw new ArgumentException("crawler bounds must be at least 1");
        }

        return this;
    }
}
