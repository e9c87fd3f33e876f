using HopTac.Storage.Facts;
using HopTac.Storage.Watchlists;
using HopTac.Web.Auth;
using HopTac.Web.Watchlists;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HopTac.Web.Pages.Watchlists;

/// <summary>What is new in a watchlist since its owner last looked; looking marks it seen.</summary>
internal sealed class DetailModel(WatchlistService service) : PageModel
{
    public Watchlist Watchlist { get; private set; } = null!;

    public IReadOnlyList<ConsolidatedFact> Facts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var account = HopTacClaims.IdOf(User) ?? -1;
        if (await service.Store.GetAsync(account, id, cancellationToken).ConfigureAwait(false) is not { } watchlist)
        {
            return NotFound();
        }

        Watchlist = watchlist;
        var facts = new List<ConsolidatedFact>();
        await foreach (var fact in service.NewFactsAsync(watchlist, watchlist.LastSeenAt, cancellationToken).ConfigureAwait(false))
        {
            facts.Add(fact);
        }

        Facts = facts;
        await service.Store.MarkSeenAsync(account, id, cancellationToken).ConfigureAwait(false);
        return Page();
    }
}
