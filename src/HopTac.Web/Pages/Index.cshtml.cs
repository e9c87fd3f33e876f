using HopTac.Web.Dashboard;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HopTac.Web.Pages;

internal sealed class IndexModel(DashboardService dashboard) : PageModel
{
    public DashboardModel Data { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Data = await dashboard.GetAsync(cancellationToken).ConfigureAwait(false);
}
