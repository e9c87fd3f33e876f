using HopTac.Storage.Watchlists;
using HopTac.Web.Auth;
using HopTac.Web.Watchlists;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HopTac.Web.Pages.Watchlists;

/// <summary>The user's watchlists with counts of new facts; saving a search or a partner/area filter as a watchlist.</summary>
internal sealed class IndexModel(WatchlistService service) : PageModel
{
    public IReadOnlyList<(Watchlist Watchlist, int New)> Items { get; private set; } = [];

    /// <summary>The feed URL of a watchlist just created or renewed: its token is shown this once.</summary>
    public string? FeedUrl { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Partner { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Area { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var items = new List<(Watchlist, int)>();
        foreach (var w in await service.Store.ListAsync(HopTacClaims.IdOf(User) ?? -1, cancellationToken).ConfigureAwait(false))
        {
            items.Add((w, await service.CountNewAsync(w, cancellationToken).ConfigureAwait(false)));
        }

        Items = items;
    }

    public async Task<IActionResult> OnPostCreateAsync(string? name, CancellationToken cancellationToken)
    {
        var partner = string.IsNullOrWhiteSpace(Partner) ? null : Partner.Trim();
        if (HopTacClaims.IdOf(User) is { } account && !string.IsNullOrWhiteSpace(name)
            && (!string.IsNullOrWhiteSpace(Q) || partner is not null || !string.IsNullOrWhiteSpace(Area))
            && (partner is null || Search.SearchService.IsPartnerCode(partner)))
        {
            var (watchlist, token) = await service.Store.CreateAsync(account, name, Q, partner, Area, cancellationToken).ConfigureAwait(false);
            FeedUrl = FeedLink(watchlist.Id, token);
        }

        await OnGetAsync(cancellationToken).ConfigureAwait(false);
        return Page();
    }

    public async Task<IActionResult> OnPostRenewAsync(long id, CancellationToken cancellationToken)
    {
        if (await service.Store.RenewFeedTokenAsync(HopTacClaims.IdOf(User) ?? -1, id, cancellationToken).ConfigureAwait(false) is { } token)
        {
            FeedUrl = FeedLink(id, token);
        }

        await OnGetAsync(cancellationToken).ConfigureAwait(false);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(long id, CancellationToken cancellationToken)
    {
        await service.Store.DeleteAsync(HopTacClaims.IdOf(User) ?? -1, id, cancellationToken).ConfigureAwait(false);
        return RedirectToPage();
    }

    private string FeedLink(long id, string token) =>
        $"{Request.Scheme}://{Request.Host}/feeds/watchlists/{id}.atom?token={Uri.EscapeDataString(token)}";
}
