using System.Text.RegularExpressions;
using HopTac.Web.Tests.Support;
using Microsoft.Playwright;

namespace HopTac.Web.E2E;

/// <summary>
/// What an analyst does in the browser: sign in, search, open a partner timeline, read a page with its evidence,
/// correct a fact as an editor and see the history, and be refused as a viewer. The site's knowledge base is the
/// store's own, filled by consolidation as the composed pages are saved.
/// </summary>
public sealed partial class BrowserTests : IAsyncLifetime
{
    private TestSite site = null!;
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;
    private string talks = null!;

    public async ValueTask InitializeAsync()
    {
        (playwright, browser) = await Browser.LaunchAsync();
        site = await TestSite.StartAsync();
        talks = await site.EventIdAsync("LA", "talks");
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

    // Going to "/" first checks that an anonymous visitor is sent to the login form.
    private async Task<IPage> SignInAsync(string name, string password)
    {
        var anonymous = await browser.NewPageAsync();
        await anonymous.GotoAsync(site.Address.ToString());
        await Browser.ArriveAsync(anonymous, new Regex("/account/login"));
        await anonymous.CloseAsync();
        return await Browser.SignInAsync(browser, site.Address, name, password);
    }

    [Fact]
    public async Task Sign_in_and_search_hop_tac_finds_the_pages()
    {
        var page = await SignInAsync("viewer", TestSite.ViewerPassword);
        Assert.Equal("Tổng quan", await page.InnerTextAsync("main h1"));
        await page.FillAsync("input[name=q]", "hop tac");
        await page.PressAsync("input[name=q]", "Enter");
        await Browser.ArriveAsync(page, new Regex("/search\\?q=hop"));
        var titles = await page.Locator("ol.results a.title").AllInnerTextsAsync();
        Assert.Contains("Việt Nam và Lào tăng cường hợp tác y tế", titles);
        Assert.True(await page.Locator("ol.results mark.hit").CountAsync() > 0);
    }

    [Fact]
    public async Task A_partner_timeline_shows_the_chart_and_its_facts()
    {
        var page = await SignInAsync("viewer", TestSite.ViewerPassword);
        await page.ClickAsync("a[href='/partners']");
        await page.ClickAsync("a[href='/partners/LA']");
        await Browser.ArriveAsync(page, new Regex("/partners/LA$"));
        Assert.Equal(1, await page.Locator("#timeline-chart svg").CountAsync());
        Assert.True(await page.Locator("#timeline-chart svg rect").CountAsync() >= 2);
        Assert.Contains("Bản ghi nhớ hợp tác trong lĩnh vực y tế", await page.InnerTextAsync("#agreements"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_shows_its_evidence_highlighted_in_the_text()
    {
        var page = await SignInAsync("viewer", TestSite.ViewerPassword);
        var record = ComposedPages.LaosHealth();
        await page.GotoAsync($"/pages/{site.PageId(record)}");
        var marks = page.Locator("#article-text mark.ev");
        Assert.True(await marks.CountAsync() >= 3);
        var signing = record.Agreements[0];
        await page.ClickAsync($"#page-facts a[href='#at-{signing.EvidenceStart}']");
        var target = page.Locator($"#at-{signing.EvidenceStart}");
        Assert.StartsWith("Sau hội đàm", await target.InnerTextAsync(), StringComparison.Ordinal);
        var background = await target.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.NotEqual("rgba(0, 0, 0, 0)", background);
    }

    [Fact]
    public async Task A_hostile_page_runs_no_script_and_shows_the_markup_as_text()
    {
        var page = await SignInAsync("viewer", TestSite.ViewerPassword);
        var dialogs = 0;
        page.Dialog += (_, d) => { dialogs++; _ = d.DismissAsync(); };
        await page.GotoAsync($"/pages/{site.PageId(ComposedPages.Hostile())}");
        Assert.Contains("<script>alert('x')</script>", await page.InnerTextAsync("#article-text"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#article-text img, #article-text script").CountAsync());
        Assert.Equal(0, dialogs);
    }

    [Fact]
    public async Task An_editor_corrects_a_fact_and_sees_the_history()
    {
        var page = await SignInAsync("editor", TestSite.EditorPassword);
        await page.GotoAsync($"/facts/{talks}");
        await page.FillAsync("#edit-form input[name='f.date']", "2024-03-13");
        await page.FillAsync("#edit-form input[name=why]", "theo thông cáo báo chí");
        await page.ClickAsync("#save-edit");
        await Browser.ArriveAsync(page, new Regex($"/facts/{talks}\\?done=edit"));
        var history = await page.InnerTextAsync("#history");
        Assert.Contains("editor", history, StringComparison.Ordinal);
        Assert.Contains("Ngày: 13/03/2024", history, StringComparison.Ordinal);
        Assert.Contains("theo thông cáo báo chí", history, StringComparison.Ordinal);
        Assert.Contains("đã sửa", await page.InnerTextAsync("#fact-status"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_is_refused_the_same_correction()
    {
        var page = await SignInAsync("viewer", TestSite.ViewerPassword);
        await page.GotoAsync($"/facts/{talks}");
        Assert.Equal(0, await page.Locator("#edit-form").CountAsync());
        Assert.True(await page.Locator("#read-only").IsVisibleAsync());

        // The same correction sent from the viewer's signed-in browser, with its antiforgery token, is still refused.
        var status = await page.EvaluateAsync<int>("""
            async (id) => {
              const token = document.querySelector('input[name=__RequestVerificationToken]').value;
              const r = await fetch('/api/facts/' + id, { method: 'PUT', headers: { 'Content-Type': 'application/json', 'RequestVerificationToken': token },
                                                       body: JSON.stringify({ changes: { date: '2024-03-13' } }) });
              return r.status;
            }
            """, talks);
        Assert.Equal(403, status);
        await site.AssertUncuratedAsync(talks);
    }

    [Fact]
    public async Task The_interface_switches_to_English()
    {
        var page = await SignInAsync("viewer", TestSite.ViewerPassword);
        await page.ClickAsync("a[hreflang=en]");

        // The switch comes back to the page it was clicked on ("/"), so the URL says nothing: the heading does.
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Dashboard");
        Assert.Matches(new Regex("/$"), page.Url);
    }
}
