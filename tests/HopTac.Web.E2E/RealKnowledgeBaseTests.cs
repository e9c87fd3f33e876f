using HopTac.Web.Tests.Support;
using Microsoft.Playwright;

namespace HopTac.Web.E2E;

/// <summary>
/// The same partner and curation steps against the store's own knowledge base. Until consolidation (issue 7)
/// merges, that knowledge base is an empty placeholder and these steps skip saying so.
/// </summary>
public sealed class RealKnowledgeBaseTests
{
    [Fact]
    public async Task With_the_real_knowledge_base_an_editor_corrects_a_consolidated_fact()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        await using var site = await TestSite.StartAsync(realKnowledge: true);
        var knowledge = site.Store.Knowledge;
        var timeline = await knowledge.GetTimelineAsync(new HopTac.Storage.Knowledge.TimelineQuery("LA"), TestContext.Current.CancellationToken);
        if (timeline.Events.Count == 0)
        {
            Assert.Skip("waits for the knowledge base (issue 7): the store's knowledge base is still the empty placeholder");
        }

        var id = timeline.Events[0].Id;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.Address.ToString().TrimEnd('/') });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.FillAsync("input[name=name]", "editor");
        await page.FillAsync("input[name=password]", TestSite.EditorPassword);
        await page.ClickAsync("button[type=submit]");
        await page.GotoAsync("/partners/LA");
        Assert.True(await page.Locator($"#events a[href='/facts/{id}']").CountAsync() > 0);
        await page.GotoAsync($"/facts/{id}");
        await page.FillAsync("#edit-form input[name=why]", "kiểm tra");
        await page.FillAsync("#edit-form input[name='f.date']", "2024-03-13");
        await page.ClickAsync("#save-edit");
        Assert.Contains("2024-03-13", await page.InnerTextAsync("#history"), StringComparison.Ordinal);
    }
}
