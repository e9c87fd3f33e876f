using HopTac.Core.Pages;
using HopTac.Ingestion;
using HopTac.Ingestion.Reading;
using HopTac.Web.Tests.Support;
using Microsoft.Playwright;

namespace HopTac.Web.E2E;

/// <summary>
/// Regenerates docs/img/*.png from the repository's samples/ and the pages composed for the screenshots
/// (ScreenshotPages/), read by the real ingestion path and consolidated by the store's own knowledge base:
/// <c>HOPTAC_SCREENSHOTS=$PWD/docs/img dotnet test --project tests/HopTac.Web.E2E -- --filter-class "*Screenshots*"</c>
/// (without the variable they are written to a temporary folder and only checked).
/// No page from ../shared: a screenshot of someone else's article would copy it.
/// </summary>
public sealed class Screenshots
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Dashboard_partner_timeline_and_page_with_evidence()
    {
        // Without HOPTAC_SCREENSHOTS the pictures go to a temporary folder: the test still checks that the three
        // views render what the docs show (latest events, a chart, highlighted evidence).
        var folder = Environment.GetEnvironmentVariable("HOPTAC_SCREENSHOTS") is { Length: > 0 } wanted
            ? wanted
            : Path.Combine(Path.GetTempPath(), "hoptac-screenshots-" + Guid.NewGuid().ToString("N"));

        var records = await ReadPagesAsync();
        Assert.True(records.Count >= 8, $"only {records.Count} pages were accepted");
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        await using var site = await TestSite.StartAsync(pages: records);
        var page = await Browser.SignInAsync(browser, site.Address, "editor", TestSite.EditorPassword, new ViewportSize { Width = 1280, Height = 900 });
        Directory.CreateDirectory(folder);
        Assert.True(await page.Locator("#latest-events tr").CountAsync() > 3);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "dashboard.png"), FullPage = true });

        var partners = await site.Knowledge.ListPartnersAsync(Ct);
        var partner = partners.OrderByDescending(p => p.Events + p.Agreements).First().Code;
        await page.GotoAsync($"/partners/{partner}");
        Assert.True(await page.Locator("#timeline-chart svg rect").CountAsync() > 1);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "partner-timeline.png"), FullPage = true });

        var richest = (0L, 0);
        foreach (var id in site.PageIds.Values)
        {
            var facts = (await site.Knowledge.GetPageFactsAsync(id, Ct)).Count;
            richest = facts > richest.Item2 ? (id, facts) : richest;
        }

        await page.GotoAsync($"/pages/{richest.Item1}");
        Assert.True(await page.Locator("#article-text mark.ev").CountAsync() > 1);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "page-evidence.png"), FullPage = false });
        var person = (await site.Knowledge.GetPartnerAsync(partner, Ct))!.People.OrderByDescending(p => p.EventIds.Count).First();
        await page.GotoAsync($"/people/{person.Id}");
        Assert.True(await page.Locator("#offices tr").CountAsync() > 1);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "person.png"), FullPage = true });
        foreach (var name in new[] { "dashboard.png", "partner-timeline.png", "page-evidence.png", "person.png" })
        {
            var png = await File.ReadAllBytesAsync(Path.Combine(folder, name), Ct);
            Assert.True(png.Length > 10_000 && png[1] == (byte)'P' && png[2] == (byte)'N' && png[3] == (byte)'G', $"{name} is not a rendered PNG");
        }
    }

    private static async Task<List<PageRecord>> ReadPagesAsync()
    {
        var reader = new PageReader(IngestOptions.Default);
        var files = Directory.GetFiles(Path.Combine(RepositoryRoot(), "samples"), "*", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "ScreenshotPages")))
            .Order(StringComparer.Ordinal);
        var records = new List<PageRecord>();
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(file, Ct);
            if (reader.Read(new RawPage(Path.GetFileName(file), bytes, PageFiles.KindOf(file, bytes))) is IngestResult.Accepted accepted)
            {
                records.Add(accepted.Record);
            }
        }

        return records;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HopTac.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("the repository root (HopTac.slnx) is not above " + AppContext.BaseDirectory);
    }
}
