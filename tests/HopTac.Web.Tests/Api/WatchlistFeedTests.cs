using System.Net;
using System.ServiceModel.Syndication;
using System.Text.RegularExpressions;
using System.Xml;
using HopTac.Core.Facts;
using HopTac.Core.Pages;
using HopTac.Storage.Knowledge;
using HopTac.Web.Tests.Support;

namespace HopTac.Web.Tests.Api;

public sealed partial class WatchlistFeedTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string VisitSentence = "Ngày 2/4/2025, Thủ tướng Lào Sonexay Siphandone thăm chính thức Việt Nam và ký Hiệp định hợp tác giáo dục.";

    private static PageRecord LaosVisit() => new()
    {
        Source = "composed/lao-tham-2025.txt",
        Relevant = true,
        Title = "Thủ tướng Lào thăm chính thức Việt Nam",
        Published = "2025-04-02",
        Text = VisitSentence,
        Events = [new EventFact("visit", "2025-04-02", ["VN", "LA"], ["Sonexay Siphandone"], null, VisitSentence, 0)],
        Agreements = [new AgreementFact("agreement", "Hiệp định hợp tác giáo dục", ["VN", "LA"], "2025-04-02", null, VisitSentence, 0)],
        Areas = ["education_training"],
    };

    [Fact]
    public async Task The_atom_feed_reads_back_as_atom_1_0_and_lists_exactly_the_facts_new_since_the_given_time()
    {
        await using var site = await TestSite.StartAsync();
        using var client = await site.SignedInAsync("viewer", TestSite.ViewerPassword);
        using var created = await TestSite.PostFormAsync(client, "/watchlists", "/watchlists?handler=Create",
            new Dictionary<string, string> { ["name"] = "Lào", ["partner"] = "LA" });
        var html = await created.Content.ReadAsStringAsync(Ct);
        var feedUrl = WebUtility.HtmlDecode(FeedUrl().Match(html).Groups[1].Value);
        Assert.StartsWith(site.Address.ToString().TrimEnd('/') + "/feeds/watchlists/", feedUrl, StringComparison.Ordinal);

        var before = (await site.Knowledge.GetTimelineAsync(new TimelineQuery("LA"), Ct)).Events.Select(e => e.Id).ToList();
        await Task.Delay(50, Ct);
        var since = DateTimeOffset.UtcNow;
        await Task.Delay(50, Ct);
        Assert.NotEqual(HopTac.Storage.SaveOutcome.Rejected, (await site.Store.SaveAsync(LaosVisit(), Ct)).Outcome);
        var timeline = await site.Knowledge.GetTimelineAsync(new TimelineQuery("LA"), Ct);
        var expected = timeline.Events.Where(e => e.Type == "visit").Select(e => e.Id)
            .Concat(timeline.Agreements.Where(a => a.Type == "agreement").Select(a => a.Id)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, expected.Count);

        using var anonymous = site.Anonymous();
        using var response = await anonymous.GetAsync(new Uri(feedUrl + "&since=" + Uri.EscapeDataString(since.ToString("O")), UriKind.Absolute), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        await using var body = await response.Content.ReadAsStreamAsync(Ct);
        using var reader = XmlReader.Create(body, new XmlReaderSettings { Async = false });
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader), "not an Atom 1.0 feed");
        formatter.ReadFrom(reader);
        var feed = formatter.Feed;

        Assert.Equal(expected, feed.Items.Select(i => i.Id.Replace("urn:hoptac:fact:", string.Empty, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList());
        Assert.DoesNotContain(feed.Items, i => before.Any(b => i.Id.EndsWith(":" + b, StringComparison.Ordinal)));
        Assert.All(feed.Items, i => Assert.Contains(VisitSentence, ((TextSyndicationContent)i.Summary).Text, StringComparison.Ordinal));

        // Everything since long before: the old Lao facts come back too, so the time bound is what cut them above.
        using var all = await anonymous.GetAsync(new Uri(feedUrl + "&since=2000-01-01T00:00:00Z", UriKind.Absolute), Ct);
        var allFeed = SyndicationFeed.Load(XmlReader.Create(await all.Content.ReadAsStreamAsync(Ct)));
        Assert.True(allFeed.Items.Count() > expected.Count);

        // The dashboard counts the two new facts; a wrong token gets nothing.
        var dashboard = await client.GetStringAsync(new Uri("/", UriKind.Relative), Ct);
        Assert.Matches("id=\"my-watchlists\"[\\s\\S]*Lào</a></td><td class=\"num\">2<", dashboard);
        using var wrong = await anonymous.GetAsync(new Uri(Regex.Replace(feedUrl, "token=[^&]+", "token=x"), UriKind.Absolute), Ct);
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
    }

    [Fact]
    public async Task Web_csv_exports_start_with_a_bom_and_the_timeline_csv_carries_evidence()
    {
        await using var site = await TestSite.StartAsync();
        using var client = site.WithToken(site.ViewerToken);

        var facts = await client.GetByteArrayAsync(new Uri("/api/facts/export?format=csv", UriKind.Relative), Ct);
        var timeline = await client.GetByteArrayAsync(new Uri("/api/partners/LA/timeline/export?format=csv", UriKind.Relative), Ct);
        var search = await client.GetByteArrayAsync(new Uri("/api/search/export?q=y+te&format=csv", UriKind.Relative), Ct);

        foreach (var bytes in new[] { facts, timeline, search })
        {
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        }

        var timelineText = System.Text.Encoding.UTF8.GetString(timeline);
        Assert.Contains(",evidence\r\n", timelineText, StringComparison.Ordinal);
        Assert.Contains("Sáng 12/3/2024, tại Hà Nội", timelineText, StringComparison.Ordinal);
        Assert.Contains("Bản ghi nhớ hợp tác trong lĩnh vực y tế", System.Text.Encoding.UTF8.GetString(facts), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_partner_page_offers_the_dossier_and_the_dossier_endpoint_writes_html_and_docx()
    {
        await using var site = await TestSite.StartAsync();
        using var browser = await site.SignedInAsync("viewer", TestSite.ViewerPassword);
        using var client = site.WithToken(site.ViewerToken);

        var page = await browser.GetStringAsync(new Uri("/partners/LA", UriKind.Relative), Ct);
        using var htmlResponse = await client.GetAsync(new Uri("/api/partners/LA/dossier?format=html", UriKind.Relative), Ct);
        var html = await htmlResponse.Content.ReadAsStringAsync(Ct);
        Assert.Contains("style-src 'self' " + HopTac.Export.Dossier.HtmlDossierWriter.StyleSource, htmlResponse.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var english = await client.GetStringAsync(new Uri("/api/partners/LA/dossier?format=md&lang=en", UriKind.Relative), Ct);
        using var docx = await client.GetAsync(new Uri("/api/partners/LA/dossier?format=docx", UriKind.Relative), Ct);

        Assert.Contains("id=\"dossier-links\"", page, StringComparison.Ordinal);
        Assert.Contains("Hồ sơ quan hệ hợp tác với LA", html, StringComparison.Ordinal);
        Assert.Contains("Sáng 12/3/2024", html, StringComparison.Ordinal);
        Assert.Contains("# Cooperation dossier: LA", english, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("PK"u8.ToArray(), (await docx.Content.ReadAsByteArrayAsync(Ct))[..2]);
    }

    [GeneratedRegex("id=\"feed-url\">[^<]*<code>([^<]+)</code>")]
    private static partial Regex FeedUrl();
}
