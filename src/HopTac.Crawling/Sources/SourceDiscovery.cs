using HopTac.Crawling.Discovery;
using HopTac.Crawling.Fetching;
using HopTac.Crawling.Robots;
using HopTac.Crawling.Urls;
using HopTac.Ingestion.Decoding;
using HopTac.Storage.Crawling;

namespace HopTac.Crawling.Sources;

/// <summary>A source found for a URL a person gave: where, what kind, and a name to show.</summary>
public sealed record FoundSource(string Url, SourceKind Kind, string Name);

/// <summary>
/// Finds what to follow on a site from one URL: a feed or a sitemap is itself; a home or section page gives the
/// feeds it announces (link rel=alternate) and the sitemaps of its robots.txt (Google News sitemaps among them);
/// a page that announces neither is followed as a section page with paging. Requests go through the polite
/// fetcher and robots.txt like the crawl's.
/// </summary>
public sealed class SourceDiscovery
{
    private readonly PoliteFetcher fetcher;
    private readonly RobotsCache robots;

    public SourceDiscovery(PoliteFetcher fetcher, CrawlerOptions options, TimeProvider clock)
    {
        this.fetcher = fetcher ?? throw new ArgumentNullException(nameof(fetcher));
        robots = new RobotsCache(fetcher, options, clock, TimeSpan.FromHours(1));
    }

    /// <summary>The sources for <paramref name="url"/>; empty when the URL cannot be read (the reason in the second item).</summary>
    public async Task<(IReadOnlyList<FoundSource> Sources, string? Problem)> DiscoverAsync(string url, CancellationToken cancellationToken)
    {
        if (UrlNormalizer.Normalize(url) is not { } normalized)
        {
            return ([], "not an http(s) URL");
        }

        var uri = new Uri(normalized);
        var (rules, reachable) = await robots.GetAsync(uri, cancellationToken).ConfigureAwait(false);
        if (!reachable)
        {
            return ([], "the site's robots.txt cannot be read (server error); try again later");
        }

        if (!rules.IsAllowed(uri))
        {
            return ([], "robots.txt disallows this URL for HopTac");
        }

        var response = await fetcher.FetchAsync(uri, robots.DelayFor(rules), null, null, cancellationToken).ConfigureAwait(false);
        for (var hops = 0; hops < 5 && response.Status is >= 300 and < 400 && response.Location is { } next; hops++)
        {
            response = await fetcher.FetchAsync(next, robots.DelayFor(rules), null, null, cancellationToken).ConfigureAwait(false);
        }

        if (response.Status is < 200 or >= 300)
        {
            return ([], response.Error ?? $"HTTP {response.Status}");
        }

        var host = uri.Host;
        if (XmlBytes.LooksLikeXml(response.Body, response.ContentType))
        {
            if (SitemapLinks.Read(response.Body) is not null)
            {
                return ([new FoundSource(normalized, SourceKind.Sitemap, $"{host} sitemap")], null);
            }

            return FeedLinks.Read(response.Body) is not null
                ? ([new FoundSource(normalized, SourceKind.Feed, $"{host} feed")], null)
                : ([], "an XML document that is neither a feed nor a sitemap");
        }

        var found = new List<FoundSource>();
        if (TextDecoder.Decode(response.Body, response.Charset).Text is { } text)
        {
            var links = PageLinks.Read(text.Text, response.Url);
            found.AddRange(links.Feeds.Select(f => new FoundSource(f, SourceKind.Feed, $"{host} feed {new Uri(f).AbsolutePath}")));
        }

        foreach (var sitemap in rules.Sitemaps)
        {
            if (UrlNormalizer.Normalize(sitemap) is { } s && new Uri(s).Authority == uri.Authority)
            {
                found.Add(new FoundSource(s, SourceKind.Sitemap, $"{host} sitemap {new Uri(s).AbsolutePath}"));
            }
        }

        if (found.Count == 0)
        {
            found.Add(new FoundSource(normalized, SourceKind.Section, $"{host} {uri.AbsolutePath}"));
        }

        return (found.DistinctBy(f => f.Url).ToList(), null);
    }
}
