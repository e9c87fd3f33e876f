using HopTac.Storage.Knowledge;
using HopTac.Web.Api;
using HopTac.Web.Dashboard;
using HopTac.Web.Rendering;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HopTac.Web.Pages.Partners;

/// <summary>
/// A partner's overview, timeline chart and consolidated facts, all from the knowledge base. A valid code the
/// knowledge base does not know renders an empty page (a partner may simply not be reported yet), not a 404.
/// </summary>
internal sealed class DetailModel(IKnowledgeBase knowledge) : PageModel
{
    public string Code { get; private set; } = string.Empty;

    public string? From { get; private set; }

    public string? To { get; private set; }

    public Timeline Timeline { get; private set; } = new(string.Empty, [], [], []);

    public PartnerOverview? Overview { get; private set; }

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
        var points = Timeline.Events.Select(e => (DashboardService.YearOf(e.Date), e.Type)).ToList();
        Chart = TimelineChart.Render(points, $"{Code}: events per year");
        ChartEmpty = !points.Any(p => p.Item1 != "unknown");
        return Page();
    }
}
