using System.Text.RegularExpressions;
using System.Xml.Linq;
using HopTac.Web.Tests.Support;
using Microsoft.Playwright;

namespace HopTac.Web.E2E;

/// <summary>
/// Walks every page of the app in Vietnamese, signed in as an admin (so the admin pages are reached too), following
/// every link from the dashboard and visiting the pages only a state reaches (a refused search, a curation banner,
/// an unknown fact). No page may show an English interface word or a machine date.
/// </summary>
public sealed partial class VietnameseInterfaceTests : ComposedSiteTests
{
    // Words the Vietnamese interface may show as they are: product and format names; the test accounts' names
    // (admin, editor, viewer) are data, shown wherever an account is named.
    // "English" is the language switcher's link to the English interface, named in its own language as switchers are.
    private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase) { "hoptac", "api", "csv", "json", "lines", "asean", "belarus", "admin", "editor", "viewer", "english" };

    [GeneratedRegex(@"\b\d{4}-\d{2}(-\d{2})?\b|T\d{2}:\d{2}|--\d{2}|\d{2}:\d{2}:\d{2}Z")]
    private static partial Regex MachineDate();

    [GeneratedRegex(@"\b\d{2}/\d{2}/\d{4}\b")]
    private static partial Regex ReaderDate();

    [GeneratedRegex(@"[A-Za-z]{3,}")]
    private static partial Regex AsciiWord();

    [Fact]
    public async Task No_page_of_the_Vietnamese_interface_shows_an_English_word_or_a_machine_date()
    {
        var english = EnglishOnlyWords();
        var page = await Browser.SignInAsync(Chromium, Site.Address, "admin", TestSite.AdminPassword);
        var talks = await Site.EventIdAsync("RU", "talks");
        var lavrov = await Site.PersonIdAsync("Sergei Lavrov");
        var figure = (await Site.Knowledge.GetTimelineAsync(new Storage.Knowledge.TimelineQuery("LA"), CancellationToken.None)).Figures[0].Id;
        var queue = new Queue<string>(
        [
            "/", $"/facts/{talks}", $"/facts/{talks}?done=edit", $"/facts/{await Site.AgreementIdAsync("BY")}", $"/facts/{figure}", $"/facts/{lavrov}",
            $"/people/{lavrov}", $"/pages/{Site.PageId(ComposedPages.RussiaVisit())}", "/search?q=h%E1%BB%A3p+t%C3%A1c", "/search?partner=Bela",
            "/search?from=hôm+qua&q=y+tế", "/people?name=Lavrov", "/facts/E999999", "/partners/Atlantis", "/pages/999999", "/people/P999999",
            "/partners/RU?from=2025", "/account/password", "/admin/users", "/admin/audit", "/account/tokens",
        ]);
        var seen = new HashSet<string>(queue, StringComparer.Ordinal);
        var problems = new List<string>();
        var visited = 0;
        while (queue.Count > 0 && visited < 80)
        {
            var path = queue.Dequeue();
            visited++;
            await page.GotoAsync(path);
            // The article's own text, evidence quotes and people's names are the news, not the interface.
            var text = await page.EvaluateAsync<string>("""
                () => { const c = document.body.cloneNode(true);
                  c.querySelectorAll('#article-text, .sources div, script, style, datalist, code, #person-name').forEach(e => e.remove());
                  return document.title + '\n' + c.innerText; }
                """);
            foreach (Match word in AsciiWord().Matches(text))
            {
                if (english.Contains(word.Value) && !Allowed.Contains(word.Value))
                {
                    problems.Add($"{path}: English word '{word.Value}'");
                }
            }

            foreach (Match date in MachineDate().Matches(text))
            {
                problems.Add($"{path}: machine date '{date.Value}'");
            }

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

        Assert.True(visited >= 25, $"only {visited} pages walked");
        Assert.True(problems.Count == 0, string.Join('\n', problems.Distinct()));
    }

    [Fact]
    public async Task Dates_read_as_dd_MM_yyyy_in_Viet_Nam_time()
    {
        var page = await ViewerAsync();
        await page.GotoAsync("/partners/RU");
        var events = await page.InnerTextAsync("#events");
        Assert.Contains("05/07/2022", events, StringComparison.Ordinal);
        Assert.Contains("14/02/2025", events, StringComparison.Ordinal);
        await page.GotoAsync($"/pages/{Site.PageId(ComposedPages.RussiaVisit())}");
        // Published 2022-07-06T08:15:00+07:00: the stamp in Viet Nam's time, as a reader writes it.
        Assert.Contains("06/07/2022 08:15", await page.InnerTextAsync("main p.meta"), StringComparison.Ordinal);
        await page.GotoAsync("/");
        Assert.Matches(ReaderDate(), await page.InnerTextAsync("#latest-events"));
    }

    // Words of the English interface that the Vietnamese one never uses: if one shows, a string was not translated.
    private static HashSet<string> EnglishOnlyWords()
    {
        static IEnumerable<string> Words(string file) => XDocument.Load(file).Root!.Elements("data")
            .SelectMany(d => AsciiWord().Matches((string?)d.Element("value") ?? string.Empty).Select(m => m.Value.ToLowerInvariant()));
        var root = RepositoryRoot.Path;
        var vietnamese = Words(Path.Combine(root, "src/HopTac.Web/Resources/SharedResource.resx")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var english = Words(Path.Combine(root, "src/HopTac.Web/Resources/SharedResource.en.resx")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        english.ExceptWith(vietnamese);
        // Values and labels that leaked before the resources covered them (issue #16), whatever the English file says.
        english.UnionWith(["signing", "visit", "call", "talks", "actors", "participants", "place", "type", "date", "invalid", "edit", "machine", "fact", "events", "per", "year"]);
        Assert.True(english.Count > 200, $"only {english.Count} English words in the English resources");
        return english;
    }
}
