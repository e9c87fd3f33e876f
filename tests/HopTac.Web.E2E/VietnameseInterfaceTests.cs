using System.Text.RegularExpressions;
using System.Xml.Linq;
using HopTac.Storage.Knowledge;
using HopTac.Web.Tests.Support;
using Microsoft.Playwright;

namespace HopTac.Web.E2E;

/// <summary>
/// Walks every page of the app in Vietnamese (<see cref="InterfaceWalk"/>), signed in as an admin so the admin pages
/// are reached too. No page may show an English interface word or a machine date.
/// </summary>
public sealed partial class VietnameseInterfaceTests : ComposedSiteTests
{
    // Words the Vietnamese interface may show as they are: product and format names; the test accounts' names
    // (admin, editor, viewer) are data, shown wherever an account is named.
    // "English" is the language switcher's link to the English interface, named in its own language as switchers are.
    private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase) { "hoptac", "api", "csv", "json", "lines", "asean", "belarus", "admin", "editor", "viewer", "english" };

    [GeneratedRegex(@"\b\d{2}/\d{2}/\d{4}\b")]
    private static partial Regex ReaderDate();

    [Fact]
    public async Task No_page_of_the_Vietnamese_interface_shows_an_English_word_or_a_machine_date()
    {
        var english = EnglishOnlyWords();
        var page = await Browser.SignInAsync(Chromium, Site.Address, "admin", TestSite.AdminPassword);
        var (problems, visited) = await InterfaceWalk.WalkAsync(page, await InterfaceWalk.StartPathsAsync(Site), (_, text, _) =>
            InterfaceWalk.AsciiWord().Matches(text).Where(w => english.Contains(w.Value) && !Allowed.Contains(w.Value)).Select(w => $"English word '{w.Value}'")
                .Concat(InterfaceWalk.MachineDate().Matches(text).Select(d => $"machine date '{d.Value}'")));

        Assert.True(visited >= 25, $"only {visited} pages walked");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
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

    [Fact]
    public async Task A_refused_curation_is_said_in_Vietnamese_whatever_refused_it()
    {
        var english = EnglishOnlyWords();
        var talks = await Site.EventIdAsync("RU", "talks");
        var page = await Browser.SignInAsync(Chromium, Site.Address, "editor", TestSite.EditorPassword);

        async Task<string> RefusalAsync(Func<Task> submit)
        {
            await page.GotoAsync($"/facts/{talks}");
            await submit();
            var message = await page.InnerTextAsync("#curation-message");
            var leaked = InterfaceWalk.AsciiWord().Matches(message).Select(w => w.Value).Where(english.Contains).ToList();
            Assert.True(leaked.Count == 0, $"English in '{message}': {string.Join(", ", leaked)}");
            return message;
        }

        // The one validator (FactEdits): a date no reader writes, and a type outside facts.md's list (a forged form:
        // the page offers the types as a list).
        var date = await RefusalAsync(async () =>
        {
            await page.FillAsync("#edit-form input[name='f.date']", "32/13/2021");
            await page.ClickAsync("#save-edit");
        });
        var type = await RefusalAsync(async () =>
        {
            await page.EvaluateAsync("() => document.querySelector(\"#edit-form select[name='f.type']\").add(new Option('banana', 'banana', true, true))");
            await page.ClickAsync("#save-edit");
        });
        // The web app's own check of a request, and the knowledge base's refusals.
        var self = await RefusalAsync(async () =>
        {
            await page.FillAsync("input[name='other']", talks);
            await page.ClickAsync("form[action*='handler=Merge'] button");
        });
        var missing = await RefusalAsync(async () =>
        {
            await page.FillAsync("input[name='other']", "E999999");
            await page.ClickAsync("form[action*='handler=Merge'] button");
        });

        Assert.Contains("Ngày “32/13/2021” không hợp lệ", date, StringComparison.Ordinal);
        Assert.Contains("Loại “banana” không hợp lệ; chọn một trong: hội đàm", type, StringComparison.Ordinal);
        Assert.Contains("Không thể gộp một dữ kiện với chính nó", self, StringComparison.Ordinal);
        Assert.Contains("Không có dữ kiện E999999", missing, StringComparison.Ordinal);
        Assert.Equal(FactStatus.Machine, (await Site.Knowledge.GetFactAsync(talks, CancellationToken.None))!.Status);
    }

    // Words of the English interface that the Vietnamese one never uses: if one shows, a string was not translated.
    private static HashSet<string> EnglishOnlyWords()
    {
        static IEnumerable<string> Words(string file) => XDocument.Load(file).Root!.Elements("data")
            .SelectMany(d => InterfaceWalk.AsciiWord().Matches((string?)d.Element("value") ?? string.Empty).Select(m => m.Value.ToLowerInvariant()));
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
