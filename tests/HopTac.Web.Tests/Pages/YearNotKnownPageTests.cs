using System.Net;
using System.Text.Json;
using HopTac.Tests.Common;
using HopTac.Web.Tests.Support;

namespace HopTac.Web.Tests.Pages;

/// <summary>
/// The partner page, the timeline API and its export under a year filter: a visit the pages date "25/5" without a
/// year stays, in a "year not known" group, written as a person reads it, never as "--05-25".
/// </summary>
public sealed class YearNotKnownPageTests : IAsyncLifetime
{
    private TestSite site = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => site = await TestSite.StartAsync(pages: UsVisitPages.AcrossYears());

    public async ValueTask DisposeAsync() => await site.DisposeAsync();

    [Fact]
    public async Task The_partner_page_lists_a_yearless_visit_under_a_year_filter_in_its_own_table()
    {
        using var client = await site.SignedInAsync("viewer", TestSite.ViewerPassword);

        var vietnamese = await client.GetStringAsync(new Uri("/partners/US?from=2016&to=2016", UriKind.Relative), Ct);
        using (await client.GetAsync(new Uri("/lang/en?returnUrl=/", UriKind.Relative), Ct))
        {
        }

        var english = await client.GetStringAsync(new Uri("/partners/US?from=2016&to=2016", UriKind.Relative), Ct);

        Assert.Contains("id=\"year-unknown\"", vietnamese, StringComparison.Ordinal);
        Assert.Contains("25/5, năm chưa rõ", vietnamese, StringComparison.Ordinal);
        Assert.Contains("02/03/2016", vietnamese, StringComparison.Ordinal);
        Assert.DoesNotContain("--05-25", vietnamese, StringComparison.Ordinal);
        Assert.DoesNotContain("9/10/2018", vietnamese, StringComparison.Ordinal);
        Assert.Contains("25 May, year unknown", english, StringComparison.Ordinal);
        Assert.Contains("Year not known", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_timeline_api_and_its_export_keep_the_yearless_visit_and_say_so()
    {
        using var client = site.WithToken(site.ViewerToken);

        using var doc = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/partners/US/timeline?from=2016&to=2016", UriKind.Relative), Ct));
        var csv = await client.GetStringAsync(new Uri("/api/partners/US/timeline/export?from=2016&to=2016&format=csv", UriKind.Relative), Ct);
        using var invalid = await client.GetAsync(new Uri("/api/partners/US/timeline?from=25/5", UriKind.Relative), Ct);

        var events = doc.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(["2016-03-02", "--05-25"], events.Select(e => e.GetProperty("date").GetString()));
        Assert.False(events[1].GetProperty("year_known").GetBoolean());
        Assert.Equal("25/5, năm chưa rõ", events[1].GetProperty("date_text").GetString());
        Assert.Contains("25/5, năm chưa rõ", csv, StringComparison.Ordinal);
        Assert.Contains("year_known", csv.Split('\n')[0], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
    }
}
