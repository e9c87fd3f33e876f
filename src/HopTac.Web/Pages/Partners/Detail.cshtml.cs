using HopTac.Storage;
using HopTac.Storage.Knowledge;
using HopTac.Web.Api;
using HopTac.Web.Dashboard;
using HopTac.Web.Rendering;
using HopTac.Web.Search;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HopTac.Web.Pages.Partners;

/// <summary>
/// A partner's overview, timeline chart and facts. The chart reads the consolidated timeline; while the knowledge
/// base has nothing for the partner it falls back to the events the pages themselves report (said on the page).
/// </summary>
internal sealed class DetailModel(IKnowledgeBase knowledge, IPageStore store) : PageModel
{
    private const int MaxFallbackPages = 100;

    public string Code { get; private set; } = string.Empty;

    public string? From { get; private set; }

    public string? To { get; private set; }

    public Timeline Timeline { get; private set; } = new(string.Empty, [], [], []);

    public PartnerOverview? Overview { get; private set; }

    public IReadOnlyList<PageEvent> PageEvents { get; private set; } = [];

    public bool FromKnowledgeBase { get; private set; }

    public IHtmlContent Chart { get; private set; } = HtmlString.Empty;

    public bool ChartEmpty { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, string? from, string? to, CancellationToken cancellationToken)
    {
        var (query, _) = PartnerEndpoints.Query(code, from, to, null, null);
        if (query is null)
        {
            return NotFound();
        }

        Code = query.Partner;
        From = query.From;
        To = query.To;
        Timeline = await knowledge.GetTimelineAsync(query, cancellationToken).ConfigureAwait(false);
        Overview = await knowledge.GetPartnerAsync(Code, cancellationToken).ConfigureAwait(false);
        IEnumerable<(string Year, string Type)> points;
        if (Timeline.Events.Count > 0)
        {
            FromKnowledgeBase = true;
            points = Timeline.Events.Select(e => (DashboardService.YearOf(e.Date), e.Type));
        }
        else
        {
            PageEvents = await PageEventsAsync(query, cancellationToken).ConfigureAwait(false);
            points = PageEvents.Select(e => (DashboardService.YearOf(e.Date), e.Type));
        }

        var list = points.ToList();
        Chart = TimelineChart.Render(list, $"{Code}: events per year");
        ChartEmpty = !list.Any(p => p.Year != "unknown");
        return Page();
    }

    private async Task<IReadOnlyList<PageEvent>> PageEventsAsync(TimelineQuery query, CancellationToken cancellationToken)
    {
        var hits = await store.SearchAsync(new SearchQuery(string.Empty, query.From, query.To, MaxFallbackPages) { Partner = query.Partner }, cancellationToken).ConfigureAwait(false);
        var events = new List<PageEvent>();
        foreach (var hit in hits)
        {
            if (await store.GetAsync(hit.PageId, cancellationToken).ConfigureAwait(false) is not { } page)
            {
                continue;
            }

            events.AddRange(page.Record.Events
                .Where(e => e.Actors.Contains(query.Partner, StringComparer.Ordinal))
                .Select(e => new PageEvent(page.Id, page.Record.Title, e.Type, e.Date ?? page.Record.Published, e.Actors, e.Evidence)));
        }

        return events.OrderBy(e => e.Date is null).ThenBy(e => e.Date, StringComparer.Ordinal).ToList();
    }
}
