using System.Text.RegularExpressions;
using HopTac.Web.Tests.Support;
using Microsoft.Playwright;

namespace HopTac.Web.E2E;

/// <summary>
/// Walks every page of the app a signed-in browser reaches: the pages only a state reaches (a refused search, a
/// curation banner, an unknown fact), then every link they show, up to 80 pages. Each page's interface text (the
/// article, evidence quotes and people's names removed: they are the news, not the interface) and its labels go to
/// a check that returns the problems it finds. Shared by the walks in Vietnamese and in English.
/// </summary>
internal static partial class InterfaceWalk
{
    public const int MaxPages = 80;

    // The elements that are the interface's own words: headings below the title, table heads, labels, buttons,
    // card captions, field names, badges and the navigation (the language switcher names each language in itself;
    // the split form's page choices are labelled with the pages' own titles, which are news).
    private const string LabelsScript = """
        () => Array.from(document.querySelectorAll('nav a:not([hreflang]), h2, th, label:not(:has(input[name=pages])), button, .card .l, dt, .badge, legend, caption'))
          .map(e => e.innerText.trim()).filter(t => t.length > 0)
        """;

    [GeneratedRegex(@"\b\d{4}-\d{2}(-\d{2})?\b|T\d{2}:\d{2}|--\d{2}|\d{2}:\d{2}:\d{2}Z")]
    public static partial Regex MachineDate();

    [GeneratedRegex(@"[A-Za-z]{3,}")]
    public static partial Regex AsciiWord();

    /// <summary>The paths a walk starts from: every kind of page, and the pages only a state reaches.</summary>
    public static async Task<IReadOnlyList<string>> StartPathsAsync(TestSite site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var talks = await site.EventIdAsync("RU", "talks");
        var lavrov = await site.PersonIdAsync("Sergei Lavrov");
        var figure = (await site.Knowledge.GetTimelineAsync(new Storage.Knowledge.TimelineQuery("LA"), CancellationToken.None)).Figures[0].Id;
        return
        [
            "/", $"/facts/{talks}", $"/facts/{talks}?done=edit", $"/facts/{await site.AgreementIdAsync("BY")}", $"/facts/{figure}", $"/facts/{lavrov}",
            $"/people/{lavrov}", $"/pages/{site.PageId(ComposedPages.RussiaVisit())}", "/search?q=h%E1%BB%A3p+t%C3%A1c", "/search?partner=Bela",
            "/search?from=hôm+qua&q=y+tế", "/people?name=Lavrov", "/facts/E999999", "/partners/Atlantis", "/pages/999999", "/people/P999999",
            "/partners/RU?from=2025", "/review", "/account/password", "/admin/users", "/admin/audit", "/account/tokens",
        ];
    }

    /// <summary>Walks from <paramref name="start"/>; the problems <paramref name="check"/> reports, and the number of pages walked.</summary>
    public static async Task<(IReadOnlyList<string> Problems, int Visited)> WalkAsync(
        IPage page, IEnumerable<string> start, Func<string, string, IReadOnlyList<string>, IEnumerable<string>> check)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(check);
        var queue = new Queue<string>(start);
        var seen = new HashSet<string>(queue, StringComparer.Ordinal);
        var problems = new List<string>();
        var visited = 0;
        while (queue.Count > 0 && visited < MaxPages)
        {
            var path = queue.Dequeue();
            visited++;
            await page.GotoAsync(path);
            var text = await page.EvaluateAsync<string>("""
                () => { const c = document.body.cloneNode(true);
                  c.querySelectorAll('#article-text, .sources div, script, style, datalist, code, #person-name').forEach(e => e.remove());
                  return document.title + '\n' + c.innerText; }
                """);
            var labels = await page.EvaluateAsync<string[]>(LabelsScript);
            problems.AddRange(check(path, text, labels).Select(p => $"{path}: {p}"));
            foreach (var href in await page.Locator("a[href^='/']").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))"))
            {
                var target = href.Split('#')[0];
                if (target.Length > 0 && !target.StartsWith("/api", StringComparison.Ordinal) && !target.StartsWith("/scalar", StringComparison.Ordinal)
                    && !target.StartsWith("/lang", StringComparison.Ordinal) && !target.StartsWith("/openapi", StringComparison.Ordinal) && seen.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        return (problems.Distinct(StringComparer.Ordinal).ToList(), visited);
    }
}
