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
    /// every test project at once on two cores; a first dashboard build there has taken past Playwright's 30 s, and
    /// in session 10 two clean-clone runs each had one answer after a form post (the sign-in's redirect, a refused
    /// edit in the review queue) past 60 s, in tests that pass alone in seconds. The cause is not found yet.
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
        await page.WaitForURLAsync(new Regex("/$"));
        return page;
    }
}
