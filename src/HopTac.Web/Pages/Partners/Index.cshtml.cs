using HopTac.Storage.Knowledge;
using HopTac.Web.Dashboard;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HopTac.Web.Pages.Partners;

/// <summary>Every partner the knowledge base names, with its consolidated events, agreements and supporting pages.</summary>
internal sealed class IndexModel(DashboardService dashboard) : PageModel
{
    public IReadOnlyList<PartnerPageCount> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = (await dashboard.GetAsync(cancellationToken).ConfigureAwait(false)).Partners;
}
