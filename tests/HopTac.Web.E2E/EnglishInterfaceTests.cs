using System.Globalization;
using System.Text;
using HopTac.Web.Tests.Support;

namespace HopTac.Web.E2E;

/// <summary>
/// Walks every page of the app in English (<see cref="InterfaceWalk"/>), signed in as an admin so the admin pages are
/// reached too. The interface's own words (headings, table heads, labels, buttons, field names, badges, navigation)
/// carry no Vietnamese letter, and no page shows a machine date. Text from the news (titles, places, evidence) stays
/// in Vietnamese, as it was written.
/// </summary>
public sealed class EnglishInterfaceTests : ComposedSiteTests
{
    [Fact]
    public async Task No_label_of_the_English_interface_is_in_Vietnamese_and_no_page_shows_a_machine_date()
    {
        var page = await Browser.SignInAsync(Chromium, Site.Address, "admin", TestSite.AdminPassword);
        await page.GotoAsync("/lang/en?returnUrl=/");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));

        var (problems, visited) = await InterfaceWalk.WalkAsync(page, await InterfaceWalk.StartPathsAsync(Site), (_, text, labels) =>
            labels.Where(HasVietnameseLetter).Select(l => $"Vietnamese label '{l}'")
                .Concat(InterfaceWalk.MachineDate().Matches(text).Select(d => $"machine date '{d.Value}'")));

        Assert.True(visited >= 25, $"only {visited} pages walked");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task The_English_partner_page_names_partners_in_English()
    {
        var page = await ViewerAsync();
        await page.GotoAsync("/lang/en?returnUrl=/partners/RU");

        Assert.Contains("Russia (RU)", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        Assert.Equal("Events", (await page.InnerTextAsync("#partner-cards .card:first-child .l")).Trim());
    }

    // A letter with a Vietnamese mark (tone or vowel quality) or đ: English labels have none.
    private static bool HasVietnameseLetter(string text) =>
        text.Normalize(NormalizationForm.FormD).Any(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is 'đ' or 'Đ');
}
