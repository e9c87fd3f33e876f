using System.Globalization;
using HopTac.Crawling.Fetching;
using HopTac.Crawling.Tests.Fixtures;
using HopTac.Ingestion;
using HopTac.Storage;
using HopTac.Storage.Crawling;
using Microsoft.Extensions.Logging.Abstractions;

namespace HopTac.Crawling.Tests;

/// <summary>
/// <c>hoptac watch</c>'s loop (<see cref="Crawler.WatchAsync"/>) against the local fixture site: a pass, a wait until the
/// next URL is due, a second pass that revisits with validators and stores only what changed, and a clean stop.
/// </summary>
public sealed class WatchLoopTests : SiteTest
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Watch_revisits_when_due_stores_only_changed_pages_and_stops_when_cancelled(string storeKind)
    {
        await using var target = await TestStore.CreateAsync(storeKind, Folder);
        var db = target.Address;
        var clock = TimeProvider.System;

        // One listing page (20 articles), revisited five seconds after each fetch: the loop waits seconds, not an hour.
        var options = new CrawlerOptions
        {
            HostDelay = TimeSpan.FromMilliseconds(5), RetryBaseDelay = TimeSpan.FromMilliseconds(10),
            Revisit = TimeSpan.FromSeconds(5), MaxListingPages = 1,
        };
        var passes = new List<(CrawlReport Report, List<ServedRequest> Requests)>();
        var changed = new List<string>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        stop.CancelAfter(TimeSpan.FromMinutes(5));
        await using (var pages = await Stores.OpenAsync(db, clock, CancellationToken.None))
        await using (var frontier = await Stores.OpenCrawlAsync(db, clock, CancellationToken.None))
        {
            await frontier.AddSourceAsync(Site.Root + "/chuyen-muc/the-gioi", "Thế giới", SourceKind.Section, TimeSpan.FromSeconds(5), CancellationToken.None);
            using var fetcher = new PoliteFetcher(options, clock, null);
            var crawler = new Crawler(frontier, pages, new PageBatch(new PageReader(IngestOptions.Default), NullLogger<PageBatch>.Instance), fetcher, options, clock, NullLogger<Crawler>.Instance);
            var watching = crawler.WatchAsync(report =>
            {
                var requests = Site.Drain();
                passes.Add((report, requests));
                if (passes.Count == 1)
                {
                    // Between the passes two of the fetched articles get a new text.
                    var fetched = requests.Where(r => r.Path.StartsWith("/tin/", StringComparison.Ordinal)).Select(r => r.Path).Distinct().Take(2).ToList();
                    changed.AddRange(fetched);
                    Site.Change(fetched.Select(ArticleNumber));
                }
                else if (passes.Skip(1).SelectMany(p => Articles(p.Requests)).Select(r => r.Path).Distinct().Count() >= 20 || passes.Count >= 12)
                {
                    // Each article falls due five seconds after its own fetch, so the revisits may spread over passes.
                    stop.Cancel();
                }

                return Task.CompletedTask;
            }, stop.Token);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => watching);
        }

        Assert.InRange(passes.Count, 2, 11);
        var first = Articles(passes[0].Requests);
        var second = passes.Skip(1).SelectMany(p => Articles(p.Requests)).ToList();
        Assert.Equal(20, first.Select(r => r.Path).Distinct().Count());

        // The later passes came because the articles were due: they ask for each again, with validators, and for nothing new.
        Assert.Equal(20, second.Select(r => r.Path).Distinct().Count());
        Assert.Subset(first.Select(r => r.Path).ToHashSet(StringComparer.Ordinal), second.Select(r => r.Path).ToHashSet(StringComparer.Ordinal));
        Assert.All(second.Where(r => first.Any(f => f.Path == r.Path)), r => Assert.True(r.Conditional, r.Path + " revisited without validators"));
        Assert.Equal(2, changed.Count);

        var stored = await StoredPages.ReadAsync(db);
        Assert.Equal(20, stored.Count);
        Assert.All(stored, page => Assert.Equal(changed.Any(c => page.Key.EndsWith(c, StringComparison.Ordinal)) ? 2 : 1, page.Value.Version));
    }

    private static List<ServedRequest> Articles(List<ServedRequest> requests) =>
        [.. requests.Where(r => r.Path.StartsWith("/tin/", StringComparison.Ordinal))];

    // Slug: "…-ban-tin-so-{100000 + i}".
    private static int ArticleNumber(string path) =>
        int.Parse(path[(path.LastIndexOf('-') + 1)..path.IndexOf(".html", StringComparison.Ordinal)], CultureInfo.InvariantCulture) - 100000;
}
