using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Threading.Channels;
using AngleSharp.Html.Parser;
using HopTac.Core.Pages;
using HopTac.Crawling.Discovery;
using HopTac.Crawling.Fetching;
using HopTac.Crawling.Leases;
using HopTac.Crawling.Robots;
using HopTac.Crawling.Urls;
using HopTac.Ingestion;
using HopTac.Ingestion.Decoding;
using HopTac.Ingestion.Reading;
using HopTac.Storage;
using HopTac.Storage.Crawling;
using Microsoft.Extensions.Logging;

namespace HopTac.Crawling;

/// <summary>
/// Follows the sources in the crawl store: reads feeds, sitemaps and section pages for article links, fetches the
/// articles politely and hands them to the normal ingest path (guards, extraction, page store, knowledge base).
/// A received body is committed to the frontier before the next request to its host, and ingested from there, so a
/// process killed at any moment resumes without refetching anything it had received.
/// </summary>
public sealed partial class Crawler(
    ICrawlStore frontier, IPageStore pages, PageBatch reader, PoliteFetcher fetcher, CrawlerOptions options, TimeProvider clock, ILogger<Crawler> logger)
{
    private const int BatchSize = 500;
    private const int IngestBatch = 32;
    private const int MaxFailedAttempts = 3;

    private readonly RobotsCache robots = new(fetcher, options, clock, TimeSpan.FromHours(24));

    /// <summary>
    /// One pass: every unpaused source is put in the frontier, then every URL due now is fetched (URLs found on the way
    /// included) until none is due, and every received page is ingested. Hosts are leased in the store for the pass
    /// (<see cref="HostLeases"/>): a host another live crawler holds is left to it, so several crawlers can share a store.
    /// </summary>
    public async Task<CrawlReport> RunPassAsync(CancellationToken cancellationToken)
    {
        var report = new CrawlReport();
        var sources = (await frontier.ListSourcesAsync(cancellationToken).ConfigureAwait(false)).Select(s => s.Source).ToDictionary(s => s.Id);
        var seeds = sources.Values.Where(s => !s.Paused)
            .Select(s => new NewUrl(s.Url, UrlNormalizer.HostOf(s.Url), Kind(s.Kind), s.Id))
            .ToList();
        await frontier.EnqueueAsync(seeds, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);

        var leases = new HostLeases(frontier, fetcher, clock, options.HostLease);
        using var renewal = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewing = leases.RenewUntilCancelledAsync(renewal.Token);
        var ingest = Channel.CreateBounded<FrontierEntry>(new BoundedChannelOptions(IngestBatch * 4) { SingleReader = true });
        var ingesting = Task.Run(() => IngestLoopAsync(ingest.Reader, report, cancellationToken), cancellationToken);
        try
        {
            // Bodies a killed process had received but not ingested go first, without a request; a live crawler's
            // bodies are its own to ingest (it holds their host until it has).
            var leftHosts = (await frontier.FetchedAsync(int.MaxValue, null, cancellationToken).ConfigureAwait(false)).Select(e => e.Host).Distinct(StringComparer.Ordinal).ToList();
            foreach (var host in leftHosts)
            {
                if (await leases.TryTakeAsync(host, cancellationToken).ConfigureAwait(false))
                {
                    foreach (var left in await frontier.FetchedAsync(int.MaxValue, host, cancellationToken).ConfigureAwait(false))
                    {
                        await ingest.Writer.WriteAsync(left, cancellationToken).ConfigureAwait(false);
                    }
                }
            }

            var state = new PassState(sources);
            while (!cancellationToken.IsCancellationRequested)
            {
                var due = (await frontier.DueAsync(clock.GetUtcNow(), BatchSize, null, cancellationToken).ConfigureAwait(false))
                    .Where(e => !state.IsExhausted(e.Host))
                    .ToList();
                if (due.Count == 0 || (options.MaxArticles > 0 && state.Articles >= options.MaxArticles))
                {
                    break;
                }

                using var slots = new SemaphoreSlim(options.ParallelHosts);
                await Task.WhenAll(due.Select(e => e.Host).Distinct(StringComparer.Ordinal).Select(async host =>
                {
                    await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                    try
                    {
                        if (!await leases.TryTakeAsync(host, cancellationToken).ConfigureAwait(false))
                        {
                            // Another crawler fetches this host now; it is left alone for the rest of this pass.
                            report.CountHostLeftToAnother();
                            state.Exhaust(host);
                            return;
                        }

                        // Read again under the lease: another crawler may have fetched some since the list above.
                        foreach (var entry in await frontier.DueAsync(clock.GetUtcNow(), BatchSize, host, cancellationToken).ConfigureAwait(false))
                        {
                            if (state.IsExhausted(host) || !leases.Holds(host)
                                || (options.MaxArticles > 0 && entry.Kind == UrlKind.Article && state.Articles >= options.MaxArticles))
                            {
                                break;
                            }

                            await VisitAsync(entry, state, report, ingest.Writer, cancellationToken).ConfigureAwait(false);
                        }
                    }
                    finally
                    {
                        slots.Release();
                    }
                })).ConfigureAwait(false);
            }
        }
        finally
        {
            ingest.Writer.TryComplete();
            try
            {
                await ingesting.ConfigureAwait(false);
            }
            finally
            {
                // Released only once this pass's bodies are ingested, and even when it was cancelled: the others go on.
                await renewal.CancelAsync().ConfigureAwait(false);
                await renewing.ConfigureAwait(false);
                await leases.ReleaseAllAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }

        return report;
    }

    /// <summary>Runs passes until cancelled, sleeping until the next URL is due (at most a minute, to see new sources).</summary>
    public async Task WatchAsync(Func<CrawlReport, Task> afterPass, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(afterPass);
        while (!cancellationToken.IsCancellationRequested)
        {
            var report = await RunPassAsync(cancellationToken).ConfigureAwait(false);
            await afterPass(report).ConfigureAwait(false);
            var next = await frontier.NextDueAtAsync(cancellationToken).ConfigureAwait(false);
            var wait = next is { } at ? at - clock.GetUtcNow() : TimeSpan.FromMinutes(1);
            wait = wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait > TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : wait;
            await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task VisitAsync(FrontierEntry entry, PassState state, CrawlReport report, ChannelWriter<FrontierEntry> ingest, CancellationToken cancellationToken)
    {
        var url = new Uri(entry.Url);
        var (rules, reachable) = await robots.GetAsync(url, cancellationToken).ConfigureAwait(false);
        if (!reachable)
        {
            LogRobotsUnreachable(logger, entry.Host);
            state.Exhaust(entry.Host);
            return;
        }

        var now = clock.GetUtcNow();
        if (!rules.IsAllowed(url))
        {
            report.CountDisallowed();
            await frontier.RecordOutcomeAsync(entry, UrlState.Disallowed, now, entry.Revisit, null, "disallowed by robots.txt", null, cancellationToken).ConfigureAwait(false);
            return;
        }

        // Validators only for a revisit: a pending URL's first fetch is unconditional.
        var revisit = entry.State == UrlState.Done;
        var response = await fetcher.FetchAsync(url, robots.DelayFor(rules), revisit ? entry.ETag : null, revisit ? entry.LastModified : null, cancellationToken).ConfigureAwait(false);
        report.CountRequest();
        now = clock.GetUtcNow();
        var log = new FetchLogEntry(entry.Url, entry.Host, entry.SourceId, response.At, response.Status, response.Body.Length, (long)response.Elapsed.TotalMilliseconds,
            Outcome(response), response.Error);
        if (entry.Kind == UrlKind.Article)
        {
            state.CountArticle();
        }

        if (response.IsTransient || response.Oversized)
        {
            state.Fail(entry.Host, options.HostErrorBudget);
            report.CountFailed();
            var final = response.Oversized || entry.Attempts + 1 >= MaxFailedAttempts;
            await frontier.RecordOutcomeAsync(entry, final ? UrlState.Failed : (revisit ? UrlState.Done : UrlState.Pending), now + options.Revisit, entry.Revisit,
                response.Status, response.Error ?? $"HTTP {response.Status}", log, cancellationToken).ConfigureAwait(false);
            return;
        }

        state.Succeed(entry.Host);
        switch (response.Status)
        {
            case 304:
                report.CountNotModified();
                var longer = entry.Kind == UrlKind.Article ? Longer(entry.Revisit) : Every(entry, state);
                await frontier.RecordOutcomeAsync(entry, UrlState.Done, now + longer, longer, 304, null, log, cancellationToken).ConfigureAwait(false);
                await SourceCheckedAsync(entry, state, now, null, cancellationToken).ConfigureAwait(false);
                return;
            case >= 300 and < 400:
                await RedirectAsync(entry, response, log, report, now, cancellationToken).ConfigureAwait(false);
                return;
            case 404 or 410:
                report.CountGone();
                await frontier.RecordOutcomeAsync(entry, UrlState.Gone, now, entry.Revisit, response.Status, $"HTTP {response.Status}", log, cancellationToken).ConfigureAwait(false);
                await SourceCheckedAsync(entry, state, now, $"HTTP {response.Status}", cancellationToken).ConfigureAwait(false);
                return;
            case < 200 or >= 300:
                report.CountFailed();
                await frontier.RecordOutcomeAsync(entry, UrlState.Failed, now, entry.Revisit, response.Status, $"HTTP {response.Status}", log, cancellationToken).ConfigureAwait(false);
                await SourceCheckedAsync(entry, state, now, $"HTTP {response.Status}", cancellationToken).ConfigureAwait(false);
                return;
        }

        var contentType = response.ContentType is null ? null : response.Charset is null ? response.ContentType : $"{response.ContentType}; charset={response.Charset}";
        var body = new FetchedBody(response.Status, contentType, response.ETag, response.LastModified, entry.Url, response.Body);
        if (entry.Kind == UrlKind.Article)
        {
            // Committed before the host's next request: what the server sent is never asked for again.
            await frontier.RecordFetchedAsync(entry, body, log, cancellationToken).ConfigureAwait(false);
            await ingest.WriteAsync(entry with { Body = response.Body, ContentType = contentType, ETag = response.ETag, LastModified = response.LastModified }, cancellationToken).ConfigureAwait(false);
            return;
        }

        var found = Links(entry, response);
        var added = await frontier.EnqueueAsync(found, now, cancellationToken).ConfigureAwait(false);
        report.CountDiscovered(added);
        await frontier.RecordFetchedAsync(entry, body with { Body = [] }, log, cancellationToken).ConfigureAwait(false);
        var every = Every(entry, state);
        await frontier.CompleteAsync(entry.Url, UrlState.Done, null, null, now + every, every, null, cancellationToken).ConfigureAwait(false);
        await SourceCheckedAsync(entry, state, now, null, cancellationToken).ConfigureAwait(false);
    }

    private async Task RedirectAsync(FrontierEntry entry, FetchResponse response, FetchLogEntry log, CrawlReport report, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var target = UrlNormalizer.Normalize(response.Location?.ToString());
        if (target is null || entry.Hops >= options.MaxRedirects)
        {
            report.CountFailed();
            var why = target is null ? "a redirect without a usable Location" : $"more than {options.MaxRedirects} redirects";
            await frontier.RecordOutcomeAsync(entry, UrlState.Failed, now, entry.Revisit, response.Status, why, log, cancellationToken).ConfigureAwait(false);
            return;
        }

        // The target is a frontier row of its own (its host's politeness applies); a loop ends where a URL is known.
        report.CountRedirected();
        await frontier.EnqueueAsync([new NewUrl(target, UrlNormalizer.HostOf(target), entry.Kind, entry.SourceId, entry.Hops + 1)], now, cancellationToken).ConfigureAwait(false);
        await frontier.RecordOutcomeAsync(entry, UrlState.Redirected, now, entry.Revisit, response.Status, $"redirected to {target}", log, cancellationToken).ConfigureAwait(false);
    }

    private List<NewUrl> Links(FrontierEntry entry, FetchResponse response)
    {
        var found = new List<NewUrl>();
        void Add(IEnumerable<string> urls, UrlKind kind, int hops)
        {
            foreach (var raw in urls)
            {
                if (UrlNormalizer.Normalize(raw, response.Url) is { } url)
                {
                    found.Add(new NewUrl(url, UrlNormalizer.HostOf(url), kind, entry.SourceId, hops));
                }
            }
        }

        // A source's declared kind is a hint: the bytes decide, so a feed URL that serves a sitemap still works.
        if (XmlBytes.LooksLikeXml(response.Body, response.ContentType))
        {
            if (SitemapLinks.Read(response.Body) is { } sitemap)
            {
                Add(sitemap.Sitemaps, UrlKind.Sitemap, entry.Hops + 1);
                Add(sitemap.Pages, UrlKind.Article, 0);
            }
            else if (FeedLinks.Read(response.Body) is { } feed)
            {
                Add(feed, UrlKind.Article, 0);
            }

            return found;
        }

        if (TextDecoder.Decode(response.Body, response.Charset).Text is { } text)
        {
            var links = PageLinks.Read(text.Text, response.Url);
            Add(links.Articles, UrlKind.Article, 0);
            if (entry.Hops + 1 < options.MaxListingPages)
            {
                Add(links.NextPages, UrlKind.Section, entry.Hops + 1);
            }
        }

        return found;
    }

    private async Task IngestLoopAsync(ChannelReader<FrontierEntry> queue, CrawlReport report, CancellationToken cancellationToken)
    {
        var batch = new List<FrontierEntry>(IngestBatch);
        while (await queue.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < IngestBatch && queue.TryRead(out var entry))
            {
                batch.Add(entry);
            }

            await IngestAsync(batch, report, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task IngestAsync(List<FrontierEntry> batch, CrawlReport report, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var candidates = new List<(FrontierEntry Entry, string Hash, RawPage Raw)>();
        var inBatch = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in batch)
        {
            var body = entry.Body ?? [];
            var hash = Convert.ToHexStringLower(SHA256.HashData(body));
            if (entry.ContentHash == hash)
            {
                // The server sent the same bytes again without a validator: nothing new, revisit later.
                report.CountUnchanged();
                var later = Longer(entry.Revisit);
                await frontier.CompleteAsync(entry.Url, UrlState.Done, hash, null, now + later, later, null, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (!inBatch.Add(hash) || await frontier.FindByHashAsync(hash, entry.Url, cancellationToken).ConfigureAwait(false) is not null)
            {
                report.CountDuplicate();
                await frontier.CompleteAsync(entry.Url, UrlState.Duplicate, hash, null, now, options.Revisit, "the same bytes as another URL's page", cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (!IsPage(entry.ContentType))
            {
                report.CountFailed();
                await frontier.CompleteAsync(entry.Url, UrlState.Failed, hash, null, now, options.Revisit, $"not a web page ({entry.ContentType})", cancellationToken).ConfigureAwait(false);
                continue;
            }

            var charset = MediaTypeHeaderValue.TryParse(entry.ContentType, out var type) ? type.CharSet?.Trim('"') : null;
            var source = await SourceOfAsync(entry, body, charset, cancellationToken).ConfigureAwait(false);
            if (source is null)
            {
                report.CountDuplicate();
                await frontier.CompleteAsync(entry.Url, UrlState.Duplicate, hash, null, now, options.Revisit, "its canonical URL is already stored", cancellationToken).ConfigureAwait(false);
                continue;
            }

            candidates.Add((entry, hash, new RawPage(source, body, PageKind.Html) { Charset = charset }));
        }

        // Extraction runs in parallel under the ingest path's time budget and guards (PageBatch); saving is one batch.
        // As many at once as there are cores: each page's time budget is wall time, and pages queued behind a busy CPU
        // must not spend theirs waiting.
        var results = new IngestResult[candidates.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, candidates.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            async (i, token) => results[i] = await reader.ReadPageAsync(candidates[i].Raw, token).ConfigureAwait(false)).ConfigureAwait(false);
        var prepared = new List<(FrontierEntry Entry, string Hash, PageRecord Record)>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var (entry, hash, _) = candidates[i];
            if (results[i] is IngestResult.Accepted accepted)
            {
                prepared.Add((entry, hash, accepted.Record));
                continue;
            }

            report.CountFailed();
            await frontier.CompleteAsync(entry.Url, UrlState.Failed, hash, null, now, options.Revisit, ((IngestResult.Rejected)results[i]).Reason, cancellationToken).ConfigureAwait(false);
        }

        if (prepared.Count == 0)
        {
            return;
        }

        var saved = await pages.SaveBatchAsync(prepared.ConvertAll(p => p.Record), cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < prepared.Count; i++)
        {
            var (entry, hash, _) = prepared[i];
            var outcome = saved[i];
            switch (outcome.Outcome)
            {
                case SaveOutcome.New: report.CountNew(); break;
                case SaveOutcome.NewVersion: report.CountNewVersion(); break;
                case SaveOutcome.Unchanged: report.CountUnchanged(); break;
                default: report.CountFailed(); break;
            }

            var state = outcome.Outcome == SaveOutcome.Rejected ? UrlState.Failed : UrlState.Done;
            var revisit = outcome.Outcome == SaveOutcome.Unchanged ? Longer(entry.Revisit) : options.Revisit;
            await frontier.CompleteAsync(entry.Url, state, hash, outcome.PageId == 0 ? null : outcome.PageId, now + revisit, revisit,
                state == UrlState.Failed ? outcome.Reason ?? "the store refused the page" : null, cancellationToken).ConfigureAwait(false);
        }
    }

    // The page's canonical link names the page when it is on the same host (a syndicated copy's canonical elsewhere
    // is not followed); null when that canonical URL was already stored from another row.
    private async Task<string?> SourceOfAsync(FrontierEntry entry, byte[] body, string? charset, CancellationToken cancellationToken)
    {
        var head = HeadOf(body, charset);
        if (head is null)
        {
            return entry.Url;
        }

        var document = new HtmlParser().ParseDocument(head);
        var canonical = document.QuerySelector("link[rel=canonical][href]")?.GetAttribute("href") is { } c ? UrlNormalizer.Normalize(c, new Uri(entry.Url)) : null;
        if (canonical is null || canonical == entry.Url || UrlNormalizer.HostOf(canonical) != entry.Host)
        {
            return entry.Url;
        }

        var known = await frontier.GetAsync(canonical, cancellationToken).ConfigureAwait(false);
        return known is { State: UrlState.Done or UrlState.Fetched } ? null : canonical;
    }

    // Only the head is parsed for the canonical link: the article's own parse comes later in the ingest path.
    private static string? HeadOf(byte[] body, string? charset)
    {
        var sample = body.AsSpan(0, Math.Min(body.Length, 64 * 1024));
        if (TextDecoder.Decode(sample, charset).Text is not { } text)
        {
            return null;
        }

        var end = text.Text.IndexOf("</head", StringComparison.OrdinalIgnoreCase);
        return end > 0 ? text.Text[..end] : null;
    }

    private static bool IsPage(string? contentType) =>
        contentType is null || contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)
        || contentType.StartsWith("application/xhtml", StringComparison.OrdinalIgnoreCase) || contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase);

    private async Task SourceCheckedAsync(FrontierEntry entry, PassState state, DateTimeOffset now, string? problem, CancellationToken cancellationToken)
    {
        if (entry.SourceId is { } id && state.Sources.TryGetValue(id, out var source) && source.Url == entry.Url)
        {
            await frontier.MarkSourceCheckedAsync(source, now, problem, cancellationToken).ConfigureAwait(false);
        }
    }

    private static TimeSpan Every(FrontierEntry entry, PassState state) =>
        entry.SourceId is { } id && state.Sources.TryGetValue(id, out var source) ? source.Every : TimeSpan.FromMinutes(30);

    private TimeSpan Longer(TimeSpan revisit)
    {
        var doubled = revisit < options.Revisit ? options.Revisit : revisit * 2;
        return doubled > options.MaxRevisit ? options.MaxRevisit : doubled;
    }

    private static UrlKind Kind(SourceKind kind) => kind switch
    {
        SourceKind.Feed => UrlKind.Feed,
        SourceKind.Sitemap => UrlKind.Sitemap,
        _ => UrlKind.Section,
    };

    private static string Outcome(FetchResponse response) => response switch
    {
        { Status: 0 } => "no answer",
        { Oversized: true } => "too large",
        { Status: 304 } => "not modified",
        { Status: >= 300 and < 400 } => "redirect",
        { Status: >= 200 and < 300 } => "ok",
        _ => "error",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "robots.txt of {Host} cannot be read; the host is left alone for this pass")]
    private static partial void LogRobotsUnreachable(ILogger logger, string host);

    /// <summary>What one pass knows beyond the store: sources by id, hosts over their error budget, articles fetched.</summary>
    private sealed class PassState(Dictionary<long, CrawlSource> sources)
    {
        private readonly Dictionary<string, int> failures = new(StringComparer.Ordinal);
        private readonly HashSet<string> exhausted = new(StringComparer.Ordinal);
        private int articles;

        public Dictionary<long, CrawlSource> Sources { get; } = sources;

        public int Articles => Volatile.Read(ref articles);

        public void CountArticle() => Interlocked.Increment(ref articles);

        public bool IsExhausted(string host)
        {
            lock (exhausted)
            {
                return exhausted.Contains(host);
            }
        }

        public void Exhaust(string host)
        {
            lock (exhausted)
            {
                exhausted.Add(host);
            }
        }

        public void Fail(string host, int budget)
        {
            lock (exhausted)
            {
                failures[host] = failures.GetValueOrDefault(host) + 1;
                if (failures[host] >= budget)
                {
                    exhausted.Add(host);
                }
            }
        }

        public void Succeed(string host)
        {
            lock (exhausted)
            {
                failures[host] = 0;
            }
        }
    }
}
