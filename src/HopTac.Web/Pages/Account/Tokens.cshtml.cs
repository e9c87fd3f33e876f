using HopTac.Storage.Accounts;
using HopTac.Web.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HopTac.Web.Pages.Account;

internal sealed class TokensModel(AccountService accounts) : PageModel
{
    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    public string? Issued { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Tokens = await accounts.Store.ListTokensAsync(HopTacClaims.IdOf(User) ?? -1, cancellationToken).ConfigureAwait(false);

    public async Task<IActionResult> OnPostCreateAsync(string? name, string? scope, int? days, CancellationToken cancellationToken)
    {
        if (HopTacClaims.IdOf(User) is { } id && !string.IsNullOrWhiteSpace(name))
        {
            Issued = (await accounts.IssueTokenAsync(User, id, name, scope, days, cancellationToken).ConfigureAwait(false))?.Secret;
        }

        await OnGetAsync(cancellationToken).ConfigureAwait(false);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(long id, CancellationToken cancellationToken)
    {
        await accounts.RevokeTokenAsync(User, id, cancellationToken).ConfigureAwait(false);
        return RedirectToPage();
    }
}
