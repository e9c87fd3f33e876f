using HopTac.Storage.Knowledge;
using HopTac.Web.Dashboard;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HopTac.Web.Pages.Partners;

internal sealed class IndexModel(IKnowledgeBase knowledge, DashboardService dashboard) : PageModel
{
    internal sealed record Row(string Code, int Events, int Agreements, int Pages, int PageEvents);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var consolidated = await knowledge.ListPartnersAsync(cancellationToken).ConfigureAwait(false);
        var pages = (await dashboard.GetAsync(cancellationToken).ConfigureAwait(false)).Partners;
        var codes = consolidated.Select(c => c.Code).Concat(pages.Select(p => p.Code)).Distinct(StringComparer.Ordinal);
        Rows = codes.Select(code =>
        {
            var c = consolidated.FirstOrDefault(x => x.Code == code);
            var p = pages.FirstOrDefault(x => x.Code == code);
            return new Row(code, c?.Events ?? 0, c?.Agreements ?? 0, p?.Pages ?? 0, p?.Events ?? 0);
        }).OrderByDescending(r => r.Events + r.Agreements).ThenByDescending(r => r.Pages).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
    }
}
