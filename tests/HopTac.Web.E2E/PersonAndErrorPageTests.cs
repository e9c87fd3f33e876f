using System.Text.RegularExpressions;
using HopTac.Web.Tests.Support;
using Microsoft.Playwright;

namespace HopTac.Web.E2E;

/// <summary>A person's page lists their offices over time, events and sources; unknown addresses get an HTML page, not JSON.</summary>
public sealed class PersonAndErrorPageTests : ComposedSiteTests
{
    [Fact]
    public async Task A_person_page_shows_offices_over_time_events_and_sources()
    {
        var page = await ViewerAsync();
        await page.GotoAsync("/people?name=Bui Thanh Son");
        await page.ClickAsync("#people a:has-text('Bùi Thanh Sơn')");
        await Browser.ArriveAsync(page, new Regex("/people/P\\d+$"));
        Assert.Equal("Bùi Thanh Sơn", await page.InnerTextAsync("#person-name"));
        var offices = await page.InnerTextAsync("#offices");
        Assert.Contains("Bộ trưởng Ngoại giao", offices, StringComparison.Ordinal);
        Assert.Contains("Phó Thủ tướng", offices, StringComparison.Ordinal);
        Assert.Matches(@"0[56]/07/2022", offices);
        Assert.Matches(@"14/02/2025", offices);
        Assert.Equal(2, await page.Locator("#person-events tr:has(td)").CountAsync());
        Assert.Contains("Nga (RU)", await page.InnerTextAsync("#person-events"), StringComparison.Ordinal);
        Assert.Equal(2, await page.Locator("ul.sources li").CountAsync());
    }

    [Theory]
    [InlineData("/facts/E999999")]
    [InlineData("/pages/999999")]
    [InlineData("/people/P999999")]
    [InlineData("/no/such/page")]
    public async Task An_unknown_address_gets_an_HTML_page_in_the_readers_language(string path)
    {
        var page = await ViewerAsync();
        var response = await page.GotoAsync(path);
        Assert.Equal(404, response!.Status);
        Assert.StartsWith("text/html", response.Headers["content-type"], StringComparison.Ordinal);
        Assert.Equal("Không tìm thấy", await page.InnerTextAsync("#error-title"));
        Assert.Equal(1, await page.Locator("header.top nav").CountAsync());
    }

    [Fact]
    public async Task An_unknown_partner_page_offers_the_partners_it_may_mean()
    {
        var page = await ViewerAsync();
        var response = await page.GotoAsync("/partners/Belaru");
        Assert.Equal(404, response!.Status);
        await page.ClickAsync("#partner-hints a:has-text('Belarus (BY)')");
        await Browser.ArriveAsync(page, new Regex("/partners/BY$"));
    }

    [Fact]
    public async Task The_API_still_answers_unknown_facts_with_problem_details()
    {
        var page = await ViewerAsync();
        var response = await page.APIRequest.GetAsync("/api/facts/E999999");
        Assert.Equal(404, response.Status);
        Assert.StartsWith("application/problem+json", response.Headers["content-type"], StringComparison.Ordinal);
    }
}
