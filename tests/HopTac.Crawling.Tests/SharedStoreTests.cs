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
/// Two <c>hoptac watch</c> loops on one store (two crawlers, each with its own fetcher and politeness, as two processes
/// have) against the local fixture site: the host's lease in the store lets one fetch at a time, so no article is asked
/// for twice and the server never sees two requests closer than the delay, handovers included.
/// </summary>
public sealed class SharedStoreTests : IAsyncLifetime
{
    private const int Articles = 15 * FixtureSite.PerListingPage;

    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(40);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "hoptac-shared-" + Guid.NewGuid().ToString("N"));
    private FixtureSite site = null!;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        site = await FixtureSite.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await site.DisposeAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Two_watchers_on_one_store_never_fetch_an_article_twice_nor_closer_than_the_delay(string storeKind)
    {
        await using var target = await TestStore.CreateAsync(storeKind, folder);
        var db = target.Address;
        var clock = TimeProvider.System;

        // The section's 15 listing pages (the first links them all) give 300 articles; the section is re-read every 2 s,
        // so both watchers keep asking for the host.
        var options = new CrawlerOptions { HostDelay = Delay, RetryBaseDelay = TimeSpan.FromMilliseconds(10), MaxListingPages = 2, HostLease = TimeSpan.FromSeconds(30) };
        var reports = new List<(int Watcher, CrawlReport Report)>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        stop.CancelAfter(TimeSpan.FromMinutes(4));
        await using (var pages = await Stores.OpenAsync(db, clock, CancellationToken.None))
        await using (var frontier = await Stores.OpenCrawlAsync(db, clock, CancellationToken.None))
        {
            await frontier.AddSourceAsync(site.Root + "/chuyen-muc/the-gioi", "Thế giới", SourceKind.Section, TimeSpan.FromSeconds(2), CancellationToken.None);
            using var fetcherOne = new PoliteFetcher(options, clock, null);
            using var fetcherTwo = new PoliteFetcher(options, clock, null);
            Task Watch(int watcher, PoliteFetcher fetcher) =>
                new Crawler(frontier, pages, new PageBatch(new PageReader(IngestOptions.Default), NullLogger<PageBatch>.Instance), fetcher, options, clock, NullLogger<Crawler>.Instance)
                    .WatchAsync(report =>
                    {
                        lock (reports)
                        {
                            reports.Add((watcher, report));
                            // Enough once both have run four passes and all 300 articles were asked for.
                            if (site.Log.Count(r => r.Path.StartsWith("/tin/", StringComparison.Ordinal)) >= Articles
                                && reports.Count(r => r.Watcher == 1) >= 4 && reports.Count(r => r.Watcher == 2) >= 4)
                            {
                                stop.Cancel();
                            }
                        }

                        return Task.CompletedTask;
                    }, stop.Token);

            var both = Task.WhenAll(Watch(1, fetcherOne), Watch(2, fetcherTwo));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => both);
        }

        var log = site.Log.ToList();
        var articles = log.Where(r => r.Path.StartsWith("/tin/", StringComparison.Ordinal)).ToList();
        Assert.Equal(Articles, articles.Select(r => r.Path).Distinct().Count());
        Assert.Equal(Articles, articles.Count);

        // Both watchers met the other holding the host (their first passes start together) and both fetched in turn.
        Assert.True(reports.Sum(r => r.Report.HostsLeftToAnother) >= 1, "no pass found the host held by the other watcher");
        Assert.Contains(reports, r => r.Watcher == 1 && r.Report.Requests > 0);
        Assert.Contains(reports, r => r.Watcher == 2 && r.Report.Requests > 0);

        var gaps = log.Zip(log.Skip(1), (a, b) => (b.Timestamp - a.Timestamp) * 1000.0 / Stopwatch.Frequency).ToList();
        TestContext.Current.SendDiagnosticMessage($"{log.Count} requests in {reports.Count} passes; smallest gap {gaps.Min():0.0} ms");
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
