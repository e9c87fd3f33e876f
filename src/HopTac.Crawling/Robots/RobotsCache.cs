using HopTac.Crawling.Fetching;

namespace HopTac.Crawling.Robots;

/// <summary>
/// Each host's robots.txt, fetched once per <paramref name="lifetime"/> through the polite fetcher (so its request
/// waits its turn like any other). 4xx: everything allowed; 5xx or no answer: nothing allowed, asked again next time.
/// </summary>
internal sealed class RobotsCache(PoliteFetcher fetcher, CrawlerOptions options, TimeProvider clock, TimeSpan lifetime)
{
    private readonly Dictionary<string, (RobotsRules Rules, DateTimeOffset Until)> hosts = new(StringComparer.Ordinal);

    public async Task<(RobotsRules Rules, bool Reachable)> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        var host = url.Authority.ToLowerInvariant();
        lock (hosts)
        {
            if (hosts.TryGetValue(host, out var known) && known.Until > clock.GetUtcNow())
            {
                return (known.Rules, true);
            }
        }

        var robotsUrl = new Uri($"{url.Scheme}://{url.Authority}/robots.txt");
        var response = await fetcher.FetchAsync(robotsUrl, options.HostDelay, null, null, cancellationToken).ConfigureAwait(false);

        // The RFC asks crawlers to follow at least five redirects of robots.txt (http to https, a www host).
        for (var hops = 0; hops < 5 && response.Status is >= 300 and < 400 && response.Location is { } next; hops++)
        {
            response = await fetcher.FetchAsync(next, options.HostDelay, null, null, cancellationToken).ConfigureAwait(false);
        }
        RobotsRules rules;
        if (response.Status is >= 200 and < 300)
        {
            rules = RobotsRules.Parse(System.Text.Encoding.UTF8.GetString(response.Body), CrawlerOptions.ProductToken);
        }
        else if (response.Status is >= 400 and < 500)
        {
            rules = RobotsRules.AllowAll;
        }
        else
        {
            return (RobotsRules.DisallowAll, false);
        }

        lock (hosts)
        {
            hosts[host] = (rules, clock.GetUtcNow() + lifetime);
        }

        return (rules, true);
    }

    /// <summary>The wait between two requests to the host: ours, raised to the robots.txt Crawl-delay (capped).</summary>
    public TimeSpan DelayFor(RobotsRules rules) =>
        rules.CrawlDelay is { } asked && asked > options.HostDelay ? (asked < options.MaxCrawlDelay ? asked : options.MaxCrawlDelay) : options.HostDelay;
}
