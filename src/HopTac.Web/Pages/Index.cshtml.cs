using HopTac.Storage.Watchlists;
using HopTac.Web.Auth;
using HopTac.Web.Dashboard;
using HopTac.Web.Watchlists;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HopTac.Web.Pages;

internal sealed class IndexModel(DashboardService dashboard, WatchlistService watchlists) : PageModel
{
    public DashboardModel Data { get; private set; } = null!;

    /// <summary>The signed-in user's watchlists and how many facts are new in each since they last looked.</summary>
    public IReadOnlyList<(Watchlist Watchlist, int New)> Watchlists { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Data = await dashboard.GetAsync(cancellationToken).ConfigureAwait(false);
        if (HopTacClaims.IdOf(User) is { } account)
        {
            var list = new List<(Watchlist, int)>();
            foreach (var w in await watchlists.Store.ListAsync(account, cancellationToken).ConfigureAwait(false))
            {
                list.Add((w, await watchlists.CountNewAsync(w, cancellationToken).ConfigureAwait(false)));
            }

            Watchlists = list;
        }
    }
}
