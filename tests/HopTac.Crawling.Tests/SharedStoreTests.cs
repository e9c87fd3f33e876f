using System.Diagnostics;
using HopTac.Crawling.Fetching;
using HopTac.Crawling.Leases;
using HopTac.Crawling.Tests.Fixtures;
using HopTac.Ingestion;
using HopTac.Storage;
using HopTac.Storage.Crawling;
using Microsoft.Extensions.Logging.Abstractions;

namespace HopTac.Crawling.Tests;

/// <summary>
/// Two crawlers on one store (each with its own fetcher and politeness, as two processes have) against the local
/// fixture site, a <c>crawl --once</c> and a <c>watch</c>: the host's lease in the store lets one fetch at a time, so no
/// article is asked for twice and the server never sees two requests closer than the delay, the handover included.
/// </summary>
public sealed class SharedStoreTests : SiteTest
{
    private const int Articles = 15 * FixtureSite.PerListingPage;

    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(40);

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_crawl_and_a_watch_on_one_store_never_fetch_an_article_twice_nor_closer_than_the_delay(string storeKind)
    {
        await using var target = await TestStore.CreateAsync(storeKind, Folder);
        var db = target.Address;
        var clock = TimeProvider.System;

        // The section's 15 listing pages (the first links them all) give 300 articles. A `crawl --once --max-articles 150`
        // starts first; a watcher starts once it is fetching, meets its lease, and takes the host over when it ends.
        var options = new CrawlerOptions { HostDelay = Delay, RetryBaseDelay = TimeSpan.FromMilliseconds(10), MaxListingPages = 2, HostLease = TimeSpan.FromSeconds(30) };
        var watcherReports = new List<CrawlReport>();
        CrawlReport once;
        var onceEnded = false;
        var passesAfter = 0;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        stop.CancelAfter(TimeSpan.FromMinutes(4));
        await using (var pages = await Stores.OpenAsync(db, clock, CancellationToken.None))
        await using (var frontier = await Stores.OpenCrawlAsync(db, clock, CancellationToken.None))
        {
            await frontier.AddSourceAsync(Site.Root + "/chuyen-muc/the-gioi", "Thế giới", SourceKind.Section, TimeSpan.FromSeconds(2), CancellationToken.None);
            using var fetcherOne = new PoliteFetcher(options, clock, null);
            using var fetcherTwo = new PoliteFetcher(options, clock, null);
            Crawler CrawlerWith(PoliteFetcher fetcher, CrawlerOptions crawlerOptions) =>
                new(frontier, pages, new PageBatch(new PageReader(IngestOptions.Default), NullLogger<PageBatch>.Instance), fetcher, crawlerOptions, clock, NullLogger<Crawler>.Instance);

            var first = CrawlerWith(fetcherOne, options with { MaxArticles = Articles / 2 }).RunPassAsync(stop.Token);
            while (!Site.Log.Any(r => r.Path.StartsWith("/tin/", StringComparison.Ordinal)))
            {
                await Task.Delay(10, stop.Token);
            }

            var watching = CrawlerWith(fetcherTwo, options).WatchAsync(report =>
            {
                lock (watcherReports)
                {
                    watcherReports.Add(report);
                    passesAfter += Volatile.Read(ref onceEnded) ? 1 : 0;
                    if (passesAfter >= 3 && Site.Log.Count(r => r.Path.StartsWith("/tin/", StringComparison.Ordinal)) >= Articles)
                    {
                        stop.Cancel();
                    }
                }

                return Task.CompletedTask;
            }, stop.Token);

            once = await first;
            Volatile.Write(ref onceEnded, true);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => watching);
        }

        var log = Site.Log.ToList();
        var articles = log.Where(r => r.Path.StartsWith("/tin/", StringComparison.Ordinal)).ToList();
        Assert.Equal(Articles, articles.Select(r => r.Path).Distinct().Count());
        Assert.Equal(Articles, articles.Count);

        // The once-pass fetched its 150 articles while the watcher found the host held; then the watcher fetched the rest.
        Assert.True(once.Requests >= Articles / 2, once.ToString());
        Assert.Contains(watcherReports, r => r.HostsLeftToAnother == 1 && r.Requests == 0);
        Assert.True(watcherReports.Sum(r => r.Requests) >= Articles / 2, string.Join("\n", watcherReports));

        var gaps = log.Zip(log.Skip(1), (a, b) => (b.Timestamp - a.Timestamp) * 1000.0 / Stopwatch.Frequency).ToList();
        TestContext.Current.SendDiagnosticMessage($"{storeKind}: {log.Count} requests, {watcherReports.Count} watcher passes; smallest gap {gaps.Min():0.0} ms");
        Assert.True(gaps.Min() >= Delay.TotalMilliseconds, $"smallest gap {gaps.Min():0.0} ms");

        var stored = await StoredPages.ReadAsync(db);
        Assert.Equal(Articles, stored.Count);
        Assert.All(stored.Values, page => Assert.Equal(1, page.Version));
    }

    [Fact]
    public void A_lease_of_an_ended_process_of_this_machine_can_be_taken_and_a_live_one_cannot()
    {
        using var ended = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        ended.WaitForExit();

        Assert.True(LeaseHolder.IsDeadHere($"{Environment.MachineName}/{ended.Id}/abc"));
        Assert.False(LeaseHolder.IsDeadHere(LeaseHolder.NewName()));
        Assert.False(LeaseHolder.IsDeadHere($"{Environment.MachineName}/1/abc"));
        Assert.False(LeaseHolder.IsDeadHere($"may-chu-khac/{ended.Id}/abc"));
        Assert.False(LeaseHolder.IsDeadHere("không phải tên"));
    }
}
