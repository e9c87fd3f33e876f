using HopTac.Core.Partners;
using HopTac.Storage.Knowledge;
using HopTac.Web.Api;
using HopTac.Web.Dashboard;
using HopTac.Web.Rendering;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using HopTac.Web.Search;

namespace HopTac.Web.Pages.Partners;

/// <summary>
/// A partner's overview, timeline chart and consolidated facts, all from the knowledge base. A partner HopTac knows
/// by name but no fact names yet renders an empty page (it may simply not be reported yet); a name or lower-case code
/// is redirected to the canonical address; a code nothing knows is a 404 (the error page offers close names).
/// </summary>
internal sealed class DetailModel(PartnerPageCache partnerPages, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public string Code { get; private set; } = string.Empty;

    public string? From { get; private set; }

    public string? To { get; private set; }

    public Timeline Timeline { get; private set; } = new(string.Empty, [], [], []);

    public PartnerOverview? Overview { get; private set; }

    /// <summary>The partner's people; with a date filter, only those taking part in an event it keeps.</summary>
    public IReadOnlyList<PersonProfile> People { get; private set; } = [];

    /// <summary>The dated events of this page of the list (parameter <c>events</c>), and where it stands.</summary>
    public (IReadOnlyList<TimelineEvent> Rows, ListPager Pager) Events { get; private set; }

    public (IReadOnlyList<TimelineAgreement> Rows, ListPager Pager) Agreements { get; private set; }

    /// <summary>Events and agreements whose year no page gives (parameter <c>undated</c>).</summary>
    public (IReadOnlyList<TimelineEvent> Events, IReadOnlyList<TimelineAgreement> Agreements, ListPager Pager) Undated { get; private set; }

    public (IReadOnlyList<TimelineFigure> Rows, ListPager Pager) Figures { get; private set; }

    public (IReadOnlyList<PersonProfile> Rows, ListPager Pager) PeopleShown { get; private set; }

    public IHtmlContent Chart { get; private set; } = HtmlString.Empty;

    public bool ChartEmpty { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, string? from, string? to, CancellationToken cancellationToken)
    {
        // A name or a code in lower case ("/partners/nga", "/partners/ru") is sent to the one canonical address.
        if (PartnerDirectory.Shared.Resolve(code) is { } canonical && !string.Equals(canonical, code, StringComparison.Ordinal))
        {
            return RedirectPermanent("/partners/" + Uri.EscapeDataString(canonical) + Request.QueryString.Value);
        }

        var (query, _) = PartnerEndpoints.Query(code, ReaderDates.ToIso(from), ReaderDates.ToIso(to), null, null);
        if (query is null)
        {
            return NotFound();
        }

        Code = query.Partner;
        From = query.From;
        To = query.To;
        (Timeline, Overview) = await partnerPages.GetAsync(query, cancellationToken).ConfigureAwait(false);
        if (Overview is null && PartnerDirectory.Shared.Find(Code) is null)
        {
            // Neither a partner HopTac knows by name nor one any fact names: the error page offers close names.
            return NotFound();
        }

        var kept = Timeline.Events.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        People = Overview is null ? [] : From is null && To is null ? Overview.People : [.. Overview.People.Where(p => p.EventIds.Any(kept.Contains))];
        Events = ListPager.Slice(Timeline.Events.Where(e => e.YearKnown).ToList(), Request, "events");
        Agreements = ListPager.Slice(Timeline.Agreements.Where(a => a.YearKnown).ToList(), Request, "agreements");
        var undated = Timeline.Events.Where(e => !e.YearKnown).Select(e => (Event: (TimelineEvent?)e, Agreement: (TimelineAgreement?)null))
            .Concat(Timeline.Agreements.Where(a => !a.YearKnown).Select(a => (Event: (TimelineEvent?)null, Agreement: (TimelineAgreement?)a))).ToList();
        var (undatedRows, undatedPager) = ListPager.Slice(undated, Request, "undated");
        Undated = ([.. undatedRows.Where(u => u.Event is not null).Select(u => u.Event!)], [.. undatedRows.Where(u => u.Agreement is not null).Select(u => u.Agreement!)], undatedPager);
        Figures = ListPager.Slice(Timeline.Figures, Request, "figures");
        PeopleShown = ListPager.Slice(People, Request, "people");
        var points = Timeline.Events.Select(e => (DashboardService.YearOf(e.Date), e.Type)).ToList();
        Chart = TimelineChart.Render(points, $"{PartnerText.Label(Code)}: {localizer["events per year"]}", type => localizer["Event_" + type]);
        ChartEmpty = !points.Any(p => p.Item1 != "unknown");
        return Page();
    }
}
