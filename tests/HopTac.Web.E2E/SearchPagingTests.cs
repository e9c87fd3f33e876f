using System.Text.RegularExpressions;
using HopTac.Core.Pages;
using HopTac.Web.Tests.Support;
using Microsoft.Playwright;

namespace HopTac.Web.E2E;

/// <summary>A search with more matches than one page shows: the page says how many match and links every page of them.</summary>
public sealed class SearchPagingTests : IAsyncLifetime
{
    private const int Matches = 98;

    private TestSite site = null!;
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;

    public async ValueTask InitializeAsync()
    {
        (playwright, browser) = await Browser.LaunchAsync();
        site = await TestSite.StartAsync();

        // Composed reports of one kind of news, so that exactly these pages match the search.
        var reports = Enumerable.Range(1, Matches).Select(i => new PageRecord
        {
            Source = $"tin/tau-cuu-ho-{i:D3}.txt",
            Title = $"Bản tin tàu cứu hộ số {i}",
            Published = $"2024-{i % 12 + 1:D2}-{i % 28 + 1:D2}",
            Text = $"Sáng nay, tàu cứu hộ số {i} của Trung tâm phối hợp tìm kiếm cứu nạn hàng hải đã rời cảng Hải Phòng . "
                + $"Chuyến đi kéo dài {i % 5 + 2} ngày , phối hợp với lực lượng biên phòng các tỉnh ven biển .",
        }).ToList();
        var saved = await site.Store.SaveBatchAsync(reports, CancellationToken.None);
        Assert.All(saved, r => Assert.Equal(HopTac.Storage.SaveOutcome.New, r.Outcome));
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (site is not null)
        {
            await site.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_search_with_98_matches_pages_through_all_of_them()
    {
        var page = await Browser.SignInAsync(browser, site.Address, "viewer", TestSite.ViewerPassword);
        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("tàu cứu hộ"));

        Assert.Contains("98", await page.InnerTextAsync("#result-count"), StringComparison.Ordinal);
        var first = await page.Locator("ol.results a.title").AllInnerTextsAsync();
        Assert.Equal(50, first.Count);
        Assert.Equal(["1", "2"], await page.Locator("nav.pager .current, nav.pager a.page").AllInnerTextsAsync());
        var snippet = await page.Locator("ol.results .snippet").First.InnerTextAsync();
        Assert.DoesNotContain(" .", snippet, StringComparison.Ordinal);

        await page.ClickAsync("nav.pager a.page");
        await Browser.ArriveAsync(page, new Regex("offset=50"));
        var second = await page.Locator("ol.results a.title").AllInnerTextsAsync();
        Assert.Equal(48, second.Count);
        Assert.Equal("51", await page.GetAttributeAsync("ol.results", "start"));
        Assert.Equal(0, await page.Locator("nav.pager a[rel=next]").CountAsync());

        var all = first.Concat(second).ToList();
        Assert.Equal(Matches, all.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(
            Enumerable.Range(1, Matches).Select(i => $"Bản tin tàu cứu hộ số {i}").Order(StringComparer.Ordinal),
            all.Order(StringComparer.Ordinal));

        await page.ClickAsync("nav.pager a[rel=prev]");
        await Browser.ArriveAsync(page, new Regex("offset=0"));
        Assert.Equal(first, await page.Locator("ol.results a.title").AllInnerTextsAsync());
    }
}
