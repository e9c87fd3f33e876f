using HopTac.Core.Pages;
using HopTac.Ingestion;
using HopTac.Ingestion.Reading;
using HopTac.Tests.Common;
using HopTac.Web.Tests.Support;
using Microsoft.Playwright;

namespace HopTac.Web.E2E;

/// <summary>
/// Regenerates docs/img/*.png from the seed pages read by the real ingestion path (and the store's own knowledge
/// base): <c>HOPTAC_SCREENSHOTS=$PWD/docs/img dotnet test --project tests/HopTac.Web.E2E -- --filter-class "*Screenshots*"</c>.
/// </summary>
public sealed class Screenshots
{
    [Fact]
    public async Task Dashboard_partner_timeline_and_page_with_evidence()
    {
        var folder = Environment.GetEnvironmentVariable("HOPTAC_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder))
        {
            Assert.Skip("set HOPTAC_SCREENSHOTS to a folder to regenerate the screenshots");
        }

        var reader = new PageReader(IngestOptions.Default);
        var records = new List<PageRecord>();
        foreach (var file in Directory.GetFiles(SharedData.Path("corpus", "seeds")).Order(StringComparer.Ordinal))
        {
            if (reader.Read(new RawPage(Path.GetFileName(file), await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken), PageKind.Text)) is IngestResult.Accepted accepted)
            {
                records.Add(accepted.Record);
            }
        }

        Assert.NotEmpty(records);
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        await using var site = await TestSite.StartAsync(realKnowledge: true, pages: records);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.Address.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.FillAsync("input[name=name]", "editor");
        await page.FillAsync("input[name=password]", TestSite.EditorPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "dashboard.png"), FullPage = true });

        var partner = records.SelectMany(r => r.Events.SelectMany(e => e.Actors)).Where(a => a != "VN")
            .GroupBy(a => a, StringComparer.Ordinal).OrderByDescending(g => g.Count()).First().Key;
        await page.GotoAsync($"/partners/{partner}");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "partner-timeline.png"), FullPage = true });

        var richest = records.Select((r, i) => (Count: r.Events.Count + r.Agreements.Count + r.Figures.Count + r.People.Count, r.Source)).OrderByDescending(x => x.Count).First();
        await page.GotoAsync($"/pages/{site.PageIds[richest.Source]}");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "page-evidence.png"), FullPage = false });
        Assert.True(File.Exists(Path.Combine(folder, "page-evidence.png")));
    }
}
