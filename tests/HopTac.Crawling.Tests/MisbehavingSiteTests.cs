using HopTac.Crawling.Fetching;
using HopTac.Crawling.Tests.Fixtures;
using HopTac.Ingestion;
using HopTac.Storage.Crawling;
using HopTac.Storage.Sqlite;
using HopTac.Storage.Sqlite.Crawling;
using Microsoft.Extensions.Logging.Abstractions;

namespace HopTac.Crawling.Tests;

/// <summary>One pass over a feed of misbehaving URLs, run once for the tests that read it.</summary>
public sealed class MisbehavingSite : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "hoptac-crawl-edge-" + Guid.NewGuid().ToString("N"));
    private FixtureSite site = null!;
    private SqliteCrawlStore frontier = null!;
    private SqlitePageStore pages = null!;
    private CrawlReport report = null!;

    internal FixtureSite Site => site;

    internal SqliteCrawlStore Frontier => frontier;

    internal SqlitePageStore Pages => pages;

    internal CrawlReport Report => report;

    public async ValueTask InitializeAsync()
    {
        site = await FixtureSite.StartAsync();
        var db = Path.Combine(folder, "hoptac.db");
        pages = await SqlitePageStore.OpenAsync(db, TimeProvider.System, CancellationToken.None);
        frontier = await SqliteCrawlStore.OpenAsync(db, TimeProvider.System, CancellationToken.None);
        await frontier.AddSourceAsync(site.Root + "/rss/loi.rss", "lỗi", SourceKind.Feed, TimeSpan.FromMinutes(30), CancellationToken.None);
        var options = new CrawlerOptions
        {
            HostDelay = TimeSpan.FromMilliseconds(5),
            RetryBaseDelay = TimeSpan.FromMilliseconds(10),
            MaxRetries = 2,
            // The slow answer (5 s) must time out; the huge one must reach the size bound well inside the timeout even
            // on a loaded machine (with 1 s and 1 MB, a CI run under load read it too slowly and timed out instead).
            Timeout = TimeSpan.FromSeconds(3),
            MaxBytes = 256 * 1024,
        };
        using var fetcher = new PoliteFetcher(options, TimeProvider.System, null);
        var crawler = new Crawler(frontier, pages, new PageBatch(new PageReader(IngestOptions.Default), NullLogger<PageBatch>.Instance), fetcher, options, TimeProvider.System, NullLogger<Crawler>.Instance);
        report = await crawler.RunPassAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await pages.DisposeAsync();
        await frontier.DisposeAsync();
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

}

/// <summary>Errors, retries, limits, redirects and duplicates on a misbehaving site.</summary>
public sealed class MisbehavingSiteTests(MisbehavingSite run) : IClassFixture<MisbehavingSite>
{
    private FixtureSite site => run.Site;

    private SqliteCrawlStore frontier => run.Frontier;

    private SqlitePageStore pages => run.Pages;

    private CrawlReport report => run.Report;

    private int Hits(string path) => site.Log.Count(r => r.Path == path);

    private async Task<FrontierEntry> EntryAsync(string path) =>
        await frontier.GetAsync(site.Root + path, CancellationToken.None) ?? throw new InvalidOperationException($"{path} is not in the frontier");

    [Theory]
    [InlineData("/loi/khong-con-ton-tai-bai-viet-404.html")]
    [InlineData("/loi/da-go-bo-bai-viet-vinh-vien-410.html")]
    public async Task A_missing_page_is_gone_after_one_request(string path)
    {
        Assert.Equal(UrlState.Gone, (await EntryAsync(path)).State);
        Assert.Equal(1, Hits(path));
    }

    [Fact]
    public async Task A_server_error_is_retried_with_back_off_then_left_for_later()
    {
        const string Path = "/loi/may-chu-gap-su-co-lien-tuc-500.html";
        Assert.Equal(3, Hits(Path));
        Assert.Equal(UrlState.Pending, (await EntryAsync(Path)).State);
    }

    [Fact]
    public async Task Too_many_requests_is_retried_after_the_servers_wait_and_then_stored()
    {
        const string Path = "/loi/qua-nhieu-yeu-cau-thu-lai-sau-429.html";
        var requests = site.Log.Where(r => r.Path == Path).ToList();
        Assert.Equal([429, 200], requests.Select(r => r.Status));
        // .NET's timers count on Linux's coarse monotonic clock (a few milliseconds a tick) while the site stamps
        // arrivals with Stopwatch, so a wait of exactly 1 s can show as a little less (CI at b3fc2bd failed the old
        // ">= 1000" once); without the header the client would retry after this fixture's 10 ms back-off, far below.
        var gap = FollowedSite.Millis(requests[0].Timestamp, requests[1].Timestamp);
        Assert.True(gap >= 990, $"Retry-After: 1 was not waited for (the retry came after {gap:0} ms)");
        Assert.Equal(UrlState.Done, (await EntryAsync(Path)).State);
    }

    [Fact]
    public async Task A_slow_answer_times_out()
    {
        var entry = await EntryAsync("/loi/may-chu-tra-loi-rat-cham-mot-bai.html");
        Assert.NotEqual(UrlState.Done, entry.State);
        Assert.True(report.Failed >= 2);
    }

    [Fact]
    public async Task A_huge_answer_is_cut_at_the_size_bound_and_not_retried()
    {
        const string Path = "/loi/trang-qua-lon-khong-doc-het-mot-bai.html";
        Assert.Equal(UrlState.Failed, (await EntryAsync(Path)).State);
        Assert.True(site.Log.Count(r => r.Path == Path) <= 1);
    }

    [Fact]
    public async Task A_redirect_loop_ends_with_each_url_asked_once()
    {
        Assert.Equal(1, Hits("/loi/vong-chuyen-huong-bai-mot-a.html"));
        Assert.Equal(1, Hits("/loi/vong-chuyen-huong-bai-mot-b.html"));
        Assert.Equal(UrlState.Redirected, (await EntryAsync("/loi/vong-chuyen-huong-bai-mot-b.html")).State);
    }

    [Fact]
    public async Task A_redirect_is_followed_to_its_target()
    {
        Assert.Equal(UrlState.Redirected, (await EntryAsync("/loi/chuyen-huong-sang-bai-moi-mot-lan.html")).State);
        Assert.Equal(UrlState.Done, (await EntryAsync("/loi/bai-dich-cua-chuyen-huong-mot-lan.html")).State);
    }

    [Fact]
    public async Task Links_differing_only_by_tracking_parameters_are_one_request_and_a_copy_is_a_duplicate()
    {
        Assert.Equal(1, site.Log.Count(r => r.Path.StartsWith(FixtureSite.ArticlePath(1), StringComparison.Ordinal)));
        var states = new[] { await EntryAsync(FixtureSite.ArticlePath(1)), await EntryAsync("/loi/ban-in-cua-bai-viet-so-mot.html") }.Select(e => e.State).Order().ToList();
        Assert.Equal([UrlState.Done, UrlState.Duplicate], states);
        Assert.True(report.Duplicates >= 1);
    }

    [Fact]
    public async Task A_page_is_stored_under_its_canonical_url()
    {
        var stored = await StoredPages.ReadAsync(pages.FilePath);
        var entry = await EntryAsync("/loi/bai-viet-co-duong-dan-goc-khac.html");
        Assert.True(stored.ContainsKey(site.Root + "/loi/duong-dan-goc-cua-bai-viet.html"), $"not stored: {entry.State} {entry.ContentHash}");
        Assert.DoesNotContain(site.Root + "/loi/bai-viet-co-duong-dan-goc-khac.html", stored.Keys);
        Assert.Equal(UrlState.Done, entry.State);
    }
}
