using System.Text.RegularExpressions;
using HopTac.Storage.Knowledge;
using HopTac.Web.Tests.Support;
using Microsoft.Playwright;

namespace HopTac.Web.E2E;

/// <summary>
/// The review queue in Chromium (issue 16): an editor accepts three facts with the keyboard alone and rejects two
/// more as a selection, and the store says so, with each decision in the audit log under the editor's name.
/// </summary>
public sealed class ReviewQueueTests : IAsyncLifetime
{
    private TestSite site = null!;
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;

    public async ValueTask InitializeAsync()
    {
        (playwright, browser) = await Browser.LaunchAsync();
        site = await TestSite.StartAsync();
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

    private static async Task<List<string>> QueueAsync(IPage page) =>
        [.. await page.Locator("#queue tr.item").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)")];

    [Fact]
    public async Task The_queue_accepts_three_facts_from_the_keyboard_and_bulk_rejects_two()
    {
        var page = await Browser.SignInAsync(browser, site.Address, "editor", TestSite.EditorPassword);
        await page.ClickAsync("#nav-review");
        await Browser.ArriveAsync(page, new Regex("/review$"));
        var before = await site.Knowledge.GetReviewQueueAsync(new ReviewQuery(), CancellationToken.None);
        var shown = await QueueAsync(page);
        Assert.True(shown.Count >= 5, $"the composed pages should give at least five facts to review, not {shown.Count}");
        Assert.Equal(before.Items.Select(i => i.Id).Take(shown.Count), shown);
        Assert.Contains(before.Total.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.InnerTextAsync("#review-total"), StringComparison.Ordinal);

        // HOPTAC_SCREENSHOTS=$PWD/docs/img (see Screenshots) also writes the queue as docs/web.md shows it.
        if (Environment.GetEnvironmentVariable("HOPTAC_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.SetViewportSizeAsync(1280, 900);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "review-queue.png") });
        }

        // Three times: the first row has the keyboard's focus; "a" accepts it and the next fact takes its place.
        var accepted = shown.Take(3).ToList();
        foreach (var id in accepted)
        {
            Assert.Equal(id, await page.GetAttributeAsync("#queue tr.item.current", "data-id"));
            await page.Keyboard.PressAsync("a");
            // The row goes when the next page (same URL after the first time) replaces this one.
            // Then the new page is whole when review.js has marked its current row (its last step); a load-state wait
            // here could miss the event (Browser.ArriveAsync says why).
            await page.Locator($"#row-{id}").WaitForAsync(new() { State = WaitForSelectorState.Detached });
            await Browser.ArriveAsync(page, new Regex("done=accept&n=1"));
            await Assertions.Expect(page.Locator("#queue tr.item.current")).ToHaveCountAsync(1);
            Assert.DoesNotContain(id, await QueueAsync(page));
        }

        // Select the first row (x), move down (j), select the second (x), reject both (Shift+R).
        var rejected = (await QueueAsync(page)).Take(2).ToList();
        await page.Keyboard.PressAsync("x");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("x");
        Assert.Equal(2, await page.Locator("#queue tr.item.picked").CountAsync());
        await page.Keyboard.PressAsync("Shift+R");
        await Browser.ArriveAsync(page, new Regex("done=reject&n=2"));
        Assert.Contains("Đã bác bỏ 2 dữ kiện", await page.InnerTextAsync("#review-message"), StringComparison.Ordinal);

        var left = await QueueAsync(page);
        Assert.Empty(left.Intersect(accepted.Concat(rejected)));
        foreach (var id in accepted)
        {
            Assert.Equal(FactStatus.Accepted, (await site.Knowledge.GetFactAsync(id, CancellationToken.None))!.Status);
        }

        foreach (var id in rejected)
        {
            Assert.Equal(FactStatus.Rejected, (await site.Knowledge.GetFactAsync(id, CancellationToken.None))!.Status);
        }

        var after = await site.Knowledge.GetReviewQueueAsync(new ReviewQuery(), CancellationToken.None);
        Assert.Equal(before.Total - 5, after.Total);
        var audit = await site.Accounts.ListAuditAsync(50, CancellationToken.None);
        Assert.Equal(5, audit.Count(a => a.Who == "editor" && a.Action is "fact-accept" or "fact-reject" && a.Detail == "via review"));
    }

    [Fact]
    public async Task An_edit_in_the_queue_takes_a_typed_date_and_refuses_a_bad_one_in_vietnamese()
    {
        var page = await Browser.SignInAsync(browser, site.Address, "editor", TestSite.EditorPassword);
        await page.GotoAsync("/review?kind=e");
        var id = (await QueueAsync(page))[0];

        await page.Keyboard.PressAsync("e");
        var form = page.Locator($"#row-{id} form.edit-form");
        await form.Locator("input[name='f.date']").FillAsync("hôm kia");
        await form.Locator("input[name='f.date']").PressAsync("Enter");
        await Assertions.Expect(page.Locator("#review-message")).ToContainTextAsync("không hợp lệ");
        Assert.Equal(FactStatus.Machine, (await site.Knowledge.GetFactAsync(id, CancellationToken.None))!.Status);

        // The refused edit came back as a new page: let its script attach before the next key, and see the form open.
        // review.js marks the current row as its last step, so a marked row says the keyboard is listening. (Waiting
        // for a load state instead timed out in full CI runs: Browser.ArriveAsync says why.)
        await Assertions.Expect(page.Locator("#queue tr.item.current")).ToHaveCountAsync(1);
        await page.Keyboard.PressAsync("e");
        await Assertions.Expect(form).ToBeVisibleAsync();
        await form.Locator("input[name='f.date']").FillAsync("28/10/2021");
        await form.Locator("input[name='f.date']").PressAsync("Enter");
        await Browser.ArriveAsync(page, new Regex("done=edit"));
        var fact = (await site.Knowledge.GetFactAsync(id, CancellationToken.None))!;
        Assert.Equal("2021-10-28", fact.Fields["date"]);
        Assert.Equal(FactStatus.Edited, fact.Status);
    }
}
