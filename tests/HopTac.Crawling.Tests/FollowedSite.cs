using System.Diagnostics;
using HopTac.Crawling.Archive;
using HopTac.Crawling.Fetching;
using HopTac.Crawling.Tests.Fixtures;
using HopTac.Ingestion;
using HopTac.Storage.Sqlite;
using HopTac.Storage.Sqlite.Crawling;
using Microsoft.Extensions.Logging.Abstractions;

namespace HopTac.Crawling.Tests;

/// <summary>
/// The whole story of following one site, run once for the tests that read it: sources added from the home page and a
/// section; `hoptac crawl --once` killed (SIGKILL) in the middle, at the 400th article request; a restart that finishes;
/// the WARC files re-ingested into a second store; then, an hour later by the injected clock, a second pass after ten
/// articles changed.
/// </summary>
public sealed class FollowedSite : IAsyncLifetime
{
    public const int KillAt = 400;
    public const double CrawlDelaySeconds = 0.025;
    public static readonly int[] Changed = [0, 100, 200, 300, 400, 500, 600, 700, 800, 900];

    internal FixtureSite Site { get; private set; } = null!;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "hoptac-crawl-" + Guid.NewGuid().ToString("N"));

    public string Db => Path.Combine(Folder, "hoptac.db");

    public string Warc => Path.Combine(Folder, "warc");

    internal List<ServedRequest> Discovery { get; } = [];

    internal List<ServedRequest> Killed { get; } = [];

    internal List<ServedRequest> Restarted { get; } = [];

    internal List<ServedRequest> HourLater { get; } = [];

    public (int Exit, string Out, string Err) SourcesAdded { get; private set; }

    public (int Exit, string Out, string Err) KilledRun { get; private set; }

    public (int Exit, string Out, string Err) RestartRun { get; private set; }

    public (int Exit, string Out, string Err) Reingest { get; private set; }

    public (int Exit, string Out, string Err) Reextracted { get; private set; }

    public CrawlReport HourReport { get; private set; } = null!;

    public Dictionary<string, (string Text, int Version)> Crawled { get; private set; } = [];

    public Dictionary<string, (string Text, int Version)> Reingested { get; private set; } = [];

    public Dictionary<string, (string Text, int Version)> AfterHour { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        Site = await FixtureSite.StartAsync(CrawlDelaySeconds);

        // Discovery from the home page: its RSS and Atom links, and the sitemap named in robots.txt.
        var home = await HoptacProcess.RunAsync("sources", "add", Site.Root + "/", "--db", Db);
        var section = await HoptacProcess.RunAsync("sources", "add", Site.Root + "/chuyen-muc/the-gioi", "--kind", "section", "--every", "30m", "--db", Db);
        SourcesAdded = (home.Exit + section.Exit, home.Out + section.Out, home.Err + section.Err);
        Discovery.AddRange(Drain());

        string[] crawl = ["crawl", "--once", "--db", Db, "--delay", "5ms", "--retry-delay", "10ms", "--warc", Warc];
        var process = HoptacProcess.Start(crawl);
        Site.KillOnArticle = n =>
        {
            if (n != KillAt)
            {
                return false;
            }

            // SIGKILL: no clean-up, no flush, exactly what `kill -9` does.
            process.Kill();
            return true;
        };
        KilledRun = await HoptacProcess.WaitAsync(process);
        process.Dispose();
        Site.KillOnArticle = null;
        Killed.AddRange(Drain());

        RestartRun = await HoptacProcess.RunAsync(crawl);
        Restarted.AddRange(Drain());
        Crawled = await StoredPages.ReadAsync(Db);

        var second = Path.Combine(Folder, "from-warc.db");
        Reingest = await HoptacProcess.RunAsync("ingest", Warc, "--db", second);
        Reingested = await StoredPages.ReadAsync(second);
        Reextracted = await HoptacProcess.RunAsync("reextract", "--warc", Warc, "--db", Db);

        // An hour later: ten articles changed on the site; the crawler revisits every article with validators.
        Site.Change(Changed);
        var clock = new ShiftedClock(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        var options = new CrawlerOptions { HostDelay = TimeSpan.FromMilliseconds(5), RetryBaseDelay = TimeSpan.FromMilliseconds(10) };
        await using (var pages = await SqlitePageStore.OpenAsync(Db, clock, CancellationToken.None))
        await using (var frontier = await SqliteCrawlStore.OpenAsync(Db, clock, CancellationToken.None))
        await using (var archive = new WarcWriter(Path.Combine(Folder, "warc-later"), clock))
        {
            using var fetcher = new PoliteFetcher(options, clock, archive);
            var crawler = new Crawler(frontier, pages, new PageBatch(new PageReader(IngestOptions.Default), NullLogger<PageBatch>.Instance), fetcher, options, clock, NullLogger<Crawler>.Instance);
            HourReport = await crawler.RunPassAsync(CancellationToken.None);
        }

        HourLater.AddRange(Drain());
        AfterHour = await StoredPages.ReadAsync(Db);
    }

    public async ValueTask DisposeAsync()
    {
        await Site.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    /// <summary>Every request to the site, in arrival order.</summary>
    internal IEnumerable<ServedRequest> All => Discovery.Concat(Killed).Concat(Restarted).Concat(HourLater);

    private List<ServedRequest> Drain() => Site.Drain();

    internal static bool IsArticle(ServedRequest request) => request.Path.StartsWith("/tin/", StringComparison.Ordinal);

    internal static double Millis(long from, long to) => (to - from) * 1000.0 / Stopwatch.Frequency;
}
