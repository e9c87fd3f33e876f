using System.Text.Json;
using System.Text.RegularExpressions;
using HopTac.Web.Tests.Support;
using Microsoft.Playwright;

namespace HopTac.Web.E2E;

/// <summary>A partner is found by the name people type ("Nga", "Belarus"), in the search facet, in URLs and in the API.</summary>
public sealed class PartnerNameTests : ComposedSiteTests
{
    [Fact]
    public async Task The_search_facet_finds_pages_by_Nga_and_by_Belarus()
    {
        var page = await ViewerAsync();
        await page.GotoAsync("/search");
        await page.FillAsync("input[name=partner]", "Nga");
        await page.PressAsync("input[name=partner]", "Enter");
        await Browser.ArriveAsync(page, new Regex("partner=Nga"));
        var titles = await page.Locator("ol.results a.title").AllInnerTextsAsync();
        Assert.Contains("Bộ trưởng Ngoại giao Nga thăm chính thức Việt Nam", titles);
        Assert.DoesNotContain("Việt Nam và Belarus thúc đẩy hợp tác y tế", titles);

        await page.FillAsync("input[name=partner]", "Belarus");
        await page.PressAsync("input[name=partner]", "Enter");
        await Browser.ArriveAsync(page, new Regex("partner=Belarus"));
        Assert.Contains("Việt Nam và Belarus thúc đẩy hợp tác y tế", await page.Locator("ol.results a.title").AllInnerTextsAsync());
    }

    [Fact]
    public async Task A_partial_name_offers_the_partners_it_may_mean_and_the_facet_lists_every_name()
    {
        var page = await ViewerAsync();
        await page.GotoAsync("/search?partner=Bela");
        Assert.Contains("Không có đối tác", await page.InnerTextAsync("p.error"), StringComparison.Ordinal);
        await page.ClickAsync("#partner-hints a:has-text('Belarus (BY)')");
        await Browser.ArriveAsync(page, new Regex("partner=BY"));
        Assert.Contains("Việt Nam và Belarus thúc đẩy hợp tác y tế", await page.Locator("ol.results a.title").AllInnerTextsAsync());
        Assert.Equal(1, await page.Locator("datalist#partner-names option[value='Nga']").CountAsync());
        Assert.Equal("partner-names", await page.GetAttributeAsync("input[name=partner]", "list"));
    }

    [Fact]
    public async Task Partners_by_name_redirect_to_the_canonical_page_titled_with_the_name()
    {
        var page = await ViewerAsync();
        await page.GotoAsync("/partners/nga");
        Assert.EndsWith("/partners/RU", page.Url, StringComparison.Ordinal);
        Assert.Equal("Đối tác: Nga (RU)", await page.InnerTextAsync("main h1"));
        Assert.Contains("Nga (RU)", await page.InnerTextAsync("#events"), StringComparison.Ordinal);

        await page.GotoAsync("/partners/Belarus?from=2024");
        Assert.EndsWith("/partners/BY?from=2024", page.Url, StringComparison.Ordinal);
        Assert.Equal("Đối tác: Belarus (BY)", await page.InnerTextAsync("main h1"));

        await page.GotoAsync("/partners");
        Assert.Contains("Nga (RU)", await page.InnerTextAsync("main table"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_API_takes_a_name_where_it_takes_a_code()
    {
        var page = await ViewerAsync();
        var response = await page.APIRequest.GetAsync("/api/partners/Liên bang Nga/timeline");
        Assert.Equal(200, response.Status);
        using var doc = JsonDocument.Parse(await response.TextAsync());
        Assert.Equal("RU", doc.RootElement.GetProperty("partner").GetString());
        Assert.Equal(2, doc.RootElement.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task The_summary_cards_count_what_the_date_filter_keeps()
    {
        var page = await ViewerAsync();
        await page.GotoAsync("/partners/RU");
        Assert.StartsWith("2", await page.InnerTextAsync("#partner-cards .card >> nth=0"), StringComparison.Ordinal);
        await page.GotoAsync("/partners/RU?from=2025");
        Assert.StartsWith("1", await page.InnerTextAsync("#partner-cards .card >> nth=0"), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("#events tr:has(td)").CountAsync());
    }
}
