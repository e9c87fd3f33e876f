using HopTac.Storage.Accounts;
using HopTac.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HopTac.Web.Pages.Admin;

[Authorize(Policy = AuthSetup.AdminPolicy)]
internal sealed class UsersModel(AccountService accounts, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> text) : PageModel
{
    public IReadOnlyList<HopTac.Storage.Accounts.Account> Accounts { get; private set; } = [];

    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Issued { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Accounts = await accounts.Store.ListAsync(cancellationToken).ConfigureAwait(false);
        Tokens = await accounts.Store.ListTokensAsync(null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IActionResult> OnPostCreateAsync(string? name, string? role, string? password, CancellationToken cancellationToken)
    {
        var result = Roles.IsKnown(role)
            ? await accounts.CreateAsync(User, name ?? string.Empty, role!, password ?? string.Empty, cancellationToken).ConfigureAwait(false)
            : AccountResult.Failed("unknown role");
        Message = result.Account is { } a ? $"✓ {a.Name} ({a.Role})" : result.Error;
        await OnGetAsync(cancellationToken).ConfigureAwait(false);
        return Page();
    }

    public async Task<IActionResult> OnPostRoleAsync(long id, string? role, CancellationToken cancellationToken)
    {
        if (Roles.IsKnown(role) && await accounts.SetRoleAsync(User, id, role!, cancellationToken).ConfigureAwait(false) == AccountChange.LastAdmin)
        {
            return await RefusedAsync(cancellationToken).ConfigureAwait(false);
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync(long id, bool disabled, CancellationToken cancellationToken)
    {
        if (HopTacClaims.IdOf(User) != id && await accounts.SetDisabledAsync(User, id, disabled, cancellationToken).ConfigureAwait(false) == AccountChange.LastAdmin)
        {
            return await RefusedAsync(cancellationToken).ConfigureAwait(false);
        }

        return RedirectToPage();
    }

    private async Task<IActionResult> RefusedAsync(CancellationToken cancellationToken)
    {
        Message = text["Last admin"];
        await OnGetAsync(cancellationToken).ConfigureAwait(false);
        var page = Page();
        page.StatusCode = StatusCodes.Status409Conflict;
        return page;
    }

    public async Task<IActionResult> OnPostTokenAsync(long id, string? name, string? scope, int? days, CancellationToken cancellationToken)
    {
        Issued = (await accounts.IssueTokenAsync(User, id, name ?? string.Empty, scope, days, cancellationToken).ConfigureAwait(false))?.Secret;
        await OnGetAsync(cancellationToken).ConfigureAwait(false);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(long id, CancellationToken cancellationToken)
    {
        await accounts.RevokeTokenAsync(User, id, cancellationToken).ConfigureAwait(false);
        return RedirectToPage();
    }
}
