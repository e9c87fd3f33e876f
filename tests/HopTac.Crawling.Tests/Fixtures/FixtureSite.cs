using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using HopTac.Ingestion.Decoding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HopTac.Crawling.Tests.Fixtures;

/// <summary>One request as the fixture server saw it.</summary>
internal sealed record ServedRequest(long Timestamp, string Path, bool Conditional, string UserAgent, int Status);

/// <summary>
/// A news site served by Kestrel on 127.0.0.1 (random port) for the crawler's tests: 1,000 articles behind an RSS
/// feed, an Atom feed, a sitemap index (with a Google News sitemap) and a section with 15 pages of paging; a
/// robots.txt with a disallowed folder and a Crawl-delay; articles in UTF-8 and Windows-1258; validators for
/// conditional GET; and a folder of misbehaving URLs. Every request is logged with its arrival time.
/// </summary>
internal sealed partial class FixtureSite : IAsyncDisposable
{
    public const int Articles = 1000;
    public const int PerListingPage = 20;

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<int, int> versions = new();
    private readonly ConcurrentDictionary<string, int> hits = new(StringComparer.Ordinal);
    private int articleRequests;

    private FixtureSite(WebApplication app) => this.app = app;

    /// <summary>The site's root, e.g. http://127.0.0.1:41234.</summary>
    public string Root { get; private set; } = string.Empty;

    /// <summary>Crawl-delay in robots.txt, in seconds (0: no line).</summary>
    public double CrawlDelay { get; init; }

    /// <summary>Every request in arrival order (those answered, and those cut by <see cref="KillOnArticle"/> are left out).</summary>
    public ConcurrentQueue<ServedRequest> Log { get; } = new();

    /// <summary>Called with the number of each article request before it is answered; true cuts the connection unanswered.</summary>
    public Func<int, bool>? KillOnArticle { get; set; }

    public static async Task<FixtureSite> StartAsync(double crawlDelay = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var site = new FixtureSite(app) { CrawlDelay = crawlDelay };
        app.Run(site.HandleAsync);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        site.Root = address.TrimEnd('/');
        return site;
    }

    /// <summary>Takes every request logged so far, in arrival order.</summary>
    public List<ServedRequest> Drain()
    {
        var drained = new List<ServedRequest>();
        while (Log.TryDequeue(out var request))
        {
            drained.Add(request);
        }

        return drained;
    }

    public static string ArticlePath(int i) => $"/tin/{ArticleText.Slug(i)}.html";

    /// <summary>Gives the articles a new text (a new version, new validators).</summary>
    public void Change(IEnumerable<int> articles)
    {
        foreach (var i in articles)
        {
            versions.AddOrUpdate(i, 2, (_, v) => v + 1);
        }
    }

    /// <summary>Whether article <paramref name="i"/> is served in Windows-1258.</summary>
    public static bool IsLegacy(int i) => i % 10 == 7;

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var pathAndQuery = path + context.Request.QueryString.Value;
        var arrived = Stopwatch.GetTimestamp();
        var conditional = context.Request.Headers.IfNoneMatch.Count > 0 || context.Request.Headers.IfModifiedSince.Count > 0;
        var agent = context.Request.Headers.UserAgent.ToString();
        if (ArticleNumber().Match(path) is { Success: true } article && KillOnArticle is { } kill
            && kill(Interlocked.Increment(ref articleRequests)))
        {
            context.Abort();
            return;
        }

        // Logged as the response starts, before its first byte leaves: a client that has read the whole answer and
        // stopped can never drain the log before this request is in it (logging after RespondAsync raced with that).
        context.Response.OnStarting(() =>
        {
            Log.Enqueue(new ServedRequest(arrived, pathAndQuery, conditional, agent, context.Response.StatusCode));
            return Task.CompletedTask;
        });
        await RespondAsync(context, path);
    }

    private async Task RespondAsync(HttpContext context, string path)
    {
        var response = context.Response;
        switch (path)
        {
            case "/robots.txt":
                var delay = CrawlDelay > 0 ? string.Create(CultureInfo.InvariantCulture, $"Crawl-delay: {CrawlDelay}\n") : string.Empty;
                await TextAsync(context, "text/plain", $"User-agent: otherbot\nDisallow: /\n\nUser-agent: *\nDisallow: /rieng-tu/\n{delay}Sitemap: {Root}/sitemap.xml\n");
                return;
            case "/":
                await TextAsync(context, "text/html; charset=utf-8", $"""
                    <!DOCTYPE html><html><head><meta charset="utf-8"><title>Báo Thử Nghiệm</title>
                    <link rel="alternate" type="application/rss+xml" title="Tin mới" href="/rss/tin-moi.rss">
                    <link rel="alternate" type="application/atom+xml" title="Atom" href="{Root}/atom.xml"></head>
                    <body><nav><a href="/chuyen-muc/the-gioi">Thế giới</a></nav><p>Trang chủ của báo thử nghiệm.</p></body></html>
                    """);
                return;
            case "/rss/tin-moi.rss":
                await TextAsync(context, "application/rss+xml; charset=utf-8", Rss(0, 200));
                return;
            case "/atom.xml":
                await TextAsync(context, "application/atom+xml; charset=utf-8", Atom(200, 400));
                return;
            case "/sitemap.xml":
                await TextAsync(context, "application/xml", $"""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                    <sitemap><loc>{Root}/sitemaps/tin-1.xml</loc></sitemap>
                    <sitemap><loc>{Root}/sitemaps/tin-tuc.xml</loc></sitemap>
                    </sitemapindex>
                    """);
                return;
            case "/sitemaps/tin-1.xml":
                await TextAsync(context, "application/xml", Sitemap(400, 550, news: false));
                return;
            case "/sitemaps/tin-tuc.xml":
                await TextAsync(context, "application/xml", Sitemap(550, 700, news: true));
                return;
            case "/chuyen-muc/the-gioi":
                await TextAsync(context, "text/html; charset=utf-8", Listing(1));
                return;
        }

        if (ListingPage().Match(path) is { Success: true } listing)
        {
            await TextAsync(context, "text/html; charset=utf-8", Listing(int.Parse(listing.Groups[1].Value, CultureInfo.InvariantCulture)));
            return;
        }

        if (ArticleNumber().Match(path) is { Success: true } article)
        {
            var i = int.Parse(article.Groups[1].Value, CultureInfo.InvariantCulture) - 100000;
            if (path != ArticlePath(i) || i is < 0 or >= Articles)
            {
                response.StatusCode = 404;
                return;
            }

            await ArticleAsync(context, i);
            return;
        }

        if (path.StartsWith("/loi/", StringComparison.Ordinal) || path.StartsWith("/rss/loi", StringComparison.Ordinal))
        {
            await MisbehaveAsync(context, path);
            return;
        }

        if (path.StartsWith("/rieng-tu/", StringComparison.Ordinal))
        {
            await TextAsync(context, "text/html; charset=utf-8", "<html><body><p>Trang này không dành cho máy đọc.</p></body></html>");
            return;
        }

        response.StatusCode = 404;
    }

    private async Task ArticleAsync(HttpContext context, int i, string? canonical = null)
    {
        var version = versions.GetValueOrDefault(i, 1);
        var etag = $"\"v{version}-{i}\"";
        var modified = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero).AddDays(version);
        context.Response.Headers.ETag = etag;
        context.Response.Headers.LastModified = modified.ToString("R", CultureInfo.InvariantCulture);
        if (context.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            context.Response.StatusCode = 304;
            return;
        }

        if (IsLegacy(i))
        {
            // Half the legacy pages say their charset in the header, half only in the page's meta.
            var bytes = LegacyVietnameseEncoding.Encode(ArticleText.Html(i, version, "windows-1258", canonical), LegacyEncodingKind.Windows1258);
            context.Response.ContentType = i % 20 == 7 ? "text/html; charset=windows-1258" : "text/html";
            await context.Response.Body.WriteAsync(bytes);
            return;
        }

        await TextAsync(context, "text/html; charset=utf-8", ArticleText.Html(i, version, "utf-8", canonical));
    }

    private string Rss(int from, int to)
    {
        var items = new StringBuilder();
        for (var i = from; i < to; i++)
        {
            // Shared links carry tracking parameters; the crawler must see one URL per article.
            var tracking = i % 3 == 0 ? "?utm_source=rss&amp;utm_medium=feed&amp;fbclid=abc" + i : string.Empty;
            items.Append(CultureInfo.InvariantCulture, $"<item><title>{WebUtility.HtmlEncode(ArticleText.Title(i))}</title><link>{Root}{ArticlePath(i)}{tracking}</link><guid>{Root}{ArticlePath(i)}</guid></item>\n");
        }

        return $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Tin mới</title><link>{Root}/</link><description>Tin mới nhất</description>\n{items}</channel></rss>";
    }

    private string Atom(int from, int to)
    {
        var entries = new StringBuilder();
        for (var i = from; i < to; i++)
        {
            entries.Append(CultureInfo.InvariantCulture, $"<entry><title>{WebUtility.HtmlEncode(ArticleText.Title(i))}</title><id>urn:bai:{i}</id><updated>2024-06-01T00:00:00Z</updated><link href=\"{Root}{ArticlePath(i)}\"/></entry>\n");
        }

        return $"<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Atom</title><id>urn:bao</id><updated>2024-06-01T00:00:00Z</updated>\n{entries}</feed>";
    }

    private string Sitemap(int from, int to, bool news)
    {
        var urls = new StringBuilder();
        for (var i = from; i < to; i++)
        {
            var extra = news
                ? $"<news:news><news:publication><news:name>Báo Thử Nghiệm</news:name><news:language>vi</news:language></news:publication><news:publication_date>{ArticleText.Published(i)}</news:publication_date><news:title>{WebUtility.HtmlEncode(ArticleText.Title(i))}</news:title></news:news>"
                : string.Empty;
            urls.Append(CultureInfo.InvariantCulture, $"<url><loc>{Root}{ArticlePath(i)}</loc>{extra}</url>\n");
        }

        urls.Append(CultureInfo.InvariantCulture, $"<url><loc>{Root}/rieng-tu/bao-cao-noi-bo-chua-cong-bo-so-{from}.html</loc></url>\n");
        var ns = news ? " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"" : string.Empty;
        return $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"{ns}>\n{urls}</urlset>";
    }

    private static string Listing(int page)
    {
        const int First = 700;
        var pages = (Articles - First + PerListingPage - 1) / PerListingPage;
        var links = new StringBuilder();
        for (var i = First + ((page - 1) * PerListingPage); i < Math.Min(Articles, First + (page * PerListingPage)); i++)
        {
            links.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{ArticlePath(i)}\">{WebUtility.HtmlEncode(ArticleText.Title(i))}</a></li>\n");
        }

        var paging = new StringBuilder();
        for (var p = 1; p <= pages; p++)
        {
            paging.Append(CultureInfo.InvariantCulture, $"<a href=\"{(p == 1 ? "/chuyen-muc/the-gioi" : $"/chuyen-muc/the-gioi/trang-{p}.html")}\">{p}</a> ");
        }

        if (page < pages)
        {
            paging.Append(CultureInfo.InvariantCulture, $"<a href=\"/chuyen-muc/the-gioi/trang-{page + 1}.html\">Trang sau</a>");
        }

        return $"""
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>Thế giới - trang {page}</title></head>
            <body><header><nav><a href="/">Trang chủ</a></nav></header>
            <ul>{links}<li><a href="/rieng-tu/bao-cao-noi-bo-chua-cong-bo-so-{page}.html">Báo cáo nội bộ chưa công bố</a></li></ul>
            <div class="paging">{paging}</div></body></html>
            """;
    }

    // The misbehaving corner of the site, for the edge-case tests.
    private async Task MisbehaveAsync(HttpContext context, string path)
    {
        var count = hits.AddOrUpdate(path, 1, (_, n) => n + 1);
        var response = context.Response;
        switch (path)
        {
            case "/rss/loi.rss":
                var links = new[]
                {
                    "/loi/khong-con-ton-tai-bai-viet-404.html", "/loi/da-go-bo-bai-viet-vinh-vien-410.html", "/loi/may-chu-gap-su-co-lien-tuc-500.html",
                    "/loi/qua-nhieu-yeu-cau-thu-lai-sau-429.html", "/loi/may-chu-tra-loi-rat-cham-mot-bai.html", "/loi/trang-qua-lon-khong-doc-het-mot-bai.html",
                    "/loi/vong-chuyen-huong-bai-mot-a.html", "/loi/chuyen-huong-sang-bai-moi-mot-lan.html", "/loi/ban-in-cua-bai-viet-so-mot.html",
                    "/loi/bai-viet-co-duong-dan-goc-khac.html", ArticlePath(1) + "?utm_source=zalo&amp;zarsrc=31", ArticlePath(1),
                };
                await TextAsync(context, "application/rss+xml", $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Lỗi</title><link>{Root}/</link><description>x</description>"
                    + string.Concat(links.Select(l => $"<item><title>t</title><link>{Root}{l}</link></item>")) + "</channel></rss>");
                return;
            case "/loi/khong-con-ton-tai-bai-viet-404.html":
                response.StatusCode = 404;
                return;
            case "/loi/da-go-bo-bai-viet-vinh-vien-410.html":
                response.StatusCode = 410;
                return;
            case "/loi/may-chu-gap-su-co-lien-tuc-500.html":
                response.StatusCode = 500;
                return;
            case "/loi/qua-nhieu-yeu-cau-thu-lai-sau-429.html":
                if (count == 1)
                {
                    response.StatusCode = 429;
                    response.Headers.RetryAfter = "1";
                    return;
                }

                await ArticleAsync(context, 1001);
                return;
            case "/loi/may-chu-tra-loi-rat-cham-mot-bai.html":
                await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            case "/loi/trang-qua-lon-khong-doc-het-mot-bai.html":
                response.ContentType = "text/html; charset=utf-8";
                var chunk = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>Một đoạn văn rất dài lặp lại nhiều lần.</p>\n", 1000)));
                for (var k = 0; k < 400 && !context.RequestAborted.IsCancellationRequested; k++)
                {
                    await response.Body.WriteAsync(chunk, context.RequestAborted).AsTask().ContinueWith(_ => { }, TaskScheduler.Default);
                }

                return;
            case "/loi/vong-chuyen-huong-bai-mot-a.html":
                response.Redirect("/loi/vong-chuyen-huong-bai-mot-b.html");
                return;
            case "/loi/vong-chuyen-huong-bai-mot-b.html":
                response.Redirect("/loi/vong-chuyen-huong-bai-mot-a.html");
                return;
            case "/loi/chuyen-huong-sang-bai-moi-mot-lan.html":
                response.Redirect("/loi/bai-dich-cua-chuyen-huong-mot-lan.html", permanent: true);
                return;
            case "/loi/bai-dich-cua-chuyen-huong-mot-lan.html":
                await ArticleAsync(context, 1002);
                return;
            case "/loi/ban-in-cua-bai-viet-so-mot.html":
                // The same bytes as article 1 of the main site: a duplicate by content.
                await ArticleAsync(context, 1);
                return;
            case "/loi/bai-viet-co-duong-dan-goc-khac.html":
                await ArticleAsync(context, 1003, canonical: $"{Root}/loi/duong-dan-goc-cua-bai-viet.html");
                return;
        }

        response.StatusCode = 404;
    }

    private static async Task TextAsync(HttpContext context, string contentType, string text)
    {
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(text, Encoding.UTF8);
    }

    [GeneratedRegex(@"^/tin/[a-z0-9-]*-(\d{6})\.html$")]
    private static partial Regex ArticleNumber();

    [GeneratedRegex(@"^/chuyen-muc/the-gioi/trang-(\d+)\.html$")]
    private static partial Regex ListingPage();
}
