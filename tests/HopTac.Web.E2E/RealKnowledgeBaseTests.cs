using System.Text.RegularExpressions;
using HopTac.Storage.Knowledge;
using HopTac.Web.Tests.Support;
using Microsoft.Playwright;

namespace HopTac.Web.E2E;

/// <summary>
/// One analyst's whole journey over the store's own knowledge base, which consolidated the composed pages as they
/// were saved: sign in, search "hop tac", open a partner's timeline, read a page with its evidence highlighted,
/// correct the consolidated fact as an editor and see the history, and be refused the same correction as a viewer.
/// </summary>
public sealed partial class RealKnowledgeBaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<IPage> SignInAsync(IBrowser browser, TestSite site, string name, string password) =>
        Browser.SignInAsync(browser, site.Address, name, password);

    [Fact]
    public async Task An_analyst_searches_reads_the_timeline_and_evidence_and_an_editor_corrects_a_consolidated_fact()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        await using var site = await TestSite.StartAsync();
        var talks = await site.EventIdAsync("LA", "talks");

        var editor = await SignInAsync(browser, site, "editor", TestSite.EditorPassword);
        Assert.True(await editor.Locator($"#latest-events a[href='/facts/{talks}']").CountAsync() > 0);

        await editor.FillAsync("input[name=q]", "hop tac");
        await editor.PressAsync("input[name=q]", "Enter");
        await Browser.ArriveAsync(editor, new Regex("/search\\?q=hop"));
        Assert.Contains("Việt Nam và Lào tăng cường hợp tác y tế", await editor.Locator("ol.results a.title").AllInnerTextsAsync());

        await editor.GotoAsync("/partners/LA");
        Assert.True(await editor.Locator("#timeline-chart svg rect").CountAsync() >= 1);
        var row = editor.Locator("#events tr", new PageLocatorOptions { Has = editor.Locator($"a[href='/facts/{talks}']") });
        Assert.Equal("2", (await row.Locator("td.num").InnerTextAsync()).Trim());

        var record = ComposedPages.LaosHealthSecondReport();
        await editor.GotoAsync($"/pages/{site.PageId(record)}");
        var mark = editor.Locator($"#at-{record.Events[0].EvidenceStart}");
        Assert.StartsWith("Hà Nội, 13/3", await mark.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await editor.Locator($"#page-facts a[href='/facts/{talks}']").CountAsync() > 0);

        await editor.ClickAsync($"#page-facts a[href='/facts/{talks}']");
        await Browser.ArriveAsync(editor, new Regex($"/facts/{talks}$"));
        await editor.FillAsync("#edit-form input[name='f.place']", "Trụ sở Bộ Y tế, Hà Nội");
        await editor.FillAsync("#edit-form input[name=why]", "theo thông cáo của Bộ Y tế");
        await editor.ClickAsync("#save-edit");
        await Browser.ArriveAsync(editor, new Regex($"/facts/{talks}\\?done=edit"));
        var history = await editor.InnerTextAsync("#history");
        Assert.Contains("Địa điểm: Trụ sở Bộ Y tế, Hà Nội", history, StringComparison.Ordinal);
        Assert.Contains("theo thông cáo của Bộ Y tế", history, StringComparison.Ordinal);
        var fact = await site.Knowledge.GetFactAsync(talks, Ct);
        Assert.Equal(FactStatus.Edited, fact!.Status);
        Assert.Equal("Trụ sở Bộ Y tế, Hà Nội", fact.Fields["place"]);

        var viewer = await SignInAsync(browser, site, "viewer", TestSite.ViewerPassword);
        await viewer.GotoAsync($"/facts/{talks}");
        Assert.Equal(0, await viewer.Locator("#edit-form").CountAsync());
        Assert.Contains("Địa điểm: Trụ sở Bộ Y tế, Hà Nội", await viewer.InnerTextAsync("#history"), StringComparison.Ordinal);
        var status = await viewer.EvaluateAsync<int>("""
            async (id) => {
              const token = document.querySelector('input[name=__RequestVerificationToken]').value;
              const r = await fetch('/api/facts/' + id + '/reject', { method: 'POST', headers: { 'Content-Type': 'application/json', 'RequestVerificationToken': token }, body: '{}' });
              return r.status;
            }
            """, talks);
        Assert.Equal(403, status);
        Assert.Equal(FactStatus.Edited, (await site.Knowledge.GetFactAsync(talks, Ct))!.Status);
    }
}
