using HopTac.Web.Tests.Support;
using Microsoft.Playwright;

namespace HopTac.Web.E2E;

/// <summary>
/// Chromium and a test site with every composed page, including the partners people name (Russia, Belarus): the
/// setting of the tests of names, languages, person and error pages.
/// </summary>
public abstract class ComposedSiteTests : IAsyncLifetime
{
    private IPlaywright playwright = null!;

    private protected TestSite Site { get; private set; } = null!;

    protected IBrowser Chromium { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        (playwright, var browser) = await Browser.LaunchAsync();
        Chromium = browser;
        Site = await TestSite.StartAsync(pages: [.. ComposedPages.All(), .. ComposedPages.Partners()]);
    }

    public async ValueTask DisposeAsync()
    {
        if (Chromium is not null)
        {
            await Chromium.DisposeAsync();
        }

        playwright?.Dispose();
        if (Site is not null)
        {
            await Site.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected Task<IPage> ViewerAsync() => Browser.SignInAsync(Chromium, Site.Address, "viewer", TestSite.ViewerPassword);
}
