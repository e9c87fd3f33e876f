using System.Net;
using System.Text.RegularExpressions;
using HopTac.Storage.Knowledge;
using HopTac.Web.Tests.Support;

namespace HopTac.Web.Tests.Pages;

/// <summary>
/// Issue 16: a partner with more events than a page shows lists all of them, 50 at a time, says how many in all and
/// where the page stands, keeps the date filter on every link, and its cards count what the filtered lists hold.
/// </summary>
public sealed partial class PartnerPagingTests : IAsyncLifetime
{
    private TestSite site = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex(@"<table id=""events"">(?<body>.*?)</table>", RegexOptions.Singleline)]
    private static partial Regex EventsTable();

    [GeneratedRegex(@"href=""/facts/(?<id>E\d+)""")]
    private static partial Regex EventLink();

    [GeneratedRegex(@"<nav class=""pager"" id=""events-pager"".*?</nav>", RegexOptions.Singleline)]
    private static partial Regex EventsPager();

    [GeneratedRegex(@"<a rel=""next"" href=""(?<href>[^""]+)""")]
    private static partial Regex NextLink();

    [GeneratedRegex(@"<div class=""n"">(?<n>[\d.]+)</div><div class=""l"">Sự kiện</div>")]
    private static partial Regex EventsCard();

    public async ValueTask InitializeAsync() => site = await TestSite.StartAsync(pages: GeneratedNews.Pages(720, seed: 16, prefix: "paging"));

    public async ValueTask DisposeAsync() => await site.DisposeAsync();

    [Fact]
    public async Task A_partners_events_page_fifty_at_a_time_through_every_one_with_the_filter_kept()
    {
        var all = (await site.Knowledge.GetTimelineAsync(new TimelineQuery("LA"), Ct)).Events.Where(e => e.YearKnown).Select(e => e.Id).ToList();
        Assert.True(all.Count > 60, $"only {all.Count} dated events for LA: the generated store no longer needs two pages");
        using var client = await site.SignedInAsync("viewer", TestSite.ViewerPassword);

        var seen = await WalkAsync(client, "/partners/LA");
        Assert.Equal(all, seen);

        // A year filter: fewer events, the pager and the card count what is kept, and the links keep the filter.
        var year = (await site.Knowledge.GetTimelineAsync(new TimelineQuery("LA"), Ct)).Events
            .Where(e => e.YearKnown).GroupBy(e => e.Date![..4], StringComparer.Ordinal).OrderByDescending(g => g.Count()).First().Key;
        var kept = await site.Knowledge.GetTimelineAsync(new TimelineQuery("LA", From: year, To: year), Ct);
        var html = await client.GetStringAsync(new Uri($"/partners/LA?from={year}&to={year}", UriKind.Relative), Ct);
        Assert.Equal(kept.Events.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), EventsCard().Match(html).Groups["n"].Value.Replace(".", "", StringComparison.Ordinal));
        var filtered = await WalkAsync(client, $"/partners/LA?from={year}&to={year}");
        Assert.Equal(kept.Events.Where(e => e.YearKnown).Select(e => e.Id), filtered);
    }

    // Follows the events table's "next" links from <paramref name="path"/>; the event ids listed, in order.
    private static async Task<List<string>> WalkAsync(HttpClient client, string path)
    {
        var ids = new List<string>();
        string? next = path;
        var query = path.Contains('?', StringComparison.Ordinal) ? path[path.IndexOf('?', StringComparison.Ordinal)..] : string.Empty;
        for (var pages = 0; next is not null && pages < 20; pages++)
        {
            var html = await client.GetStringAsync(new Uri(WebUtility.HtmlDecode(next), UriKind.Relative), Ct);
            var rows = EventLink().Matches(EventsTable().Match(html).Groups["body"].Value).Select(m => m.Groups["id"].Value).ToList();
            Assert.InRange(rows.Count, 1, 50);
            ids.AddRange(rows);
            var pager = EventsPager().Match(html);
            next = pager.Success && NextLink().Match(pager.Value) is { Success: true } link ? link.Groups["href"].Value : null;
            if (next is not null)
            {
                Assert.Contains("trong số", pager.Value, StringComparison.Ordinal);
                Assert.All(query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries), p => Assert.Contains(p, WebUtility.HtmlDecode(next), StringComparison.Ordinal));
            }
        }

        return ids;
    }
}
