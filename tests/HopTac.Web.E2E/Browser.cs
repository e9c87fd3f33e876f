using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace HopTac.Web.E2E;

/// <summary>
/// Chromium from the system (/usr/bin/chromium, installed by .ci/run with apt), driven by Playwright. Skips when
/// it is absent locally; fails when CI=true, where .ci/run must have installed it.
/// </summary>
internal static class Browser
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail($"{ChromiumPath} is missing, and CI must have it (.ci/run installs chromium with apt).");
            }

            Assert.Skip($"{ChromiumPath} is not installed (apt-get install -y chromium to run the browser tests).");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        return (playwright, browser);
    }

    /// <summary>
    /// A new browser context signed in through the login form, on the dashboard. Waits are generous (120 s): CI runs
    /// every test project at once on two cores, and a first dashboard build there has taken past Playwright's 30 s.
    /// </summary>
    public static async Task<IPage> SignInAsync(IBrowser browser, Uri site, string name, string password, ViewportSize? viewport = null)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(site);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.ToString().TrimEnd('/'), Locale = "vi-VN", ViewportSize = viewport });
        context.SetDefaultTimeout(120_000);
        context.SetDefaultNavigationTimeout(120_000);
        Assertions.SetDefaultExpectTimeout(120_000); // web-first assertions (Expect) wait as long as the page's own calls
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.FillAsync("input[name=name]", name);
        await page.FillAsync("input[name=password]", password);
        await page.ClickAsync("button[type=submit]");
        await ArriveAsync(page, new Regex("/$"));
        return page;
    }

    /// <summary>
    /// Waits until the page is at a URL matching <paramref name="url"/> and that document has loaded, after a click or
    /// key press that navigates. Not <c>WaitForURLAsync</c>: when the navigation has already committed by the time it
    /// is called, it sees the URL matching and waits for the frame's "load" lifecycle event, which Playwright's .NET
    /// client can have dropped as it cleared the old document's states; it then waits out its whole timeout on a
    /// page that loaded long before. Every "answer after a form post past 60 s" of session 10's CI runs was that:
    /// the failing sign-in's log shows only <c>"NetworkIdle" event fired</c>, which comes after "load". Both waits
    /// here poll (the URL from the client, <c>document.readyState</c> in the page) and so cannot miss an event. The
    /// caller must expect a URL the page was not already at, or wait for something only the new page shows.
    /// </summary>
    public static async Task ArriveAsync(IPage page, Regex url)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Assertions.Expect(page).ToHaveURLAsync(url);
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
    }
}
