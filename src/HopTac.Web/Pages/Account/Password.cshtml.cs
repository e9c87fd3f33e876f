using HopTac.Web.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HopTac.Web.Pages.Account;

internal sealed class PasswordModel(AccountService accounts) : PageModel
{
    public string? Error { get; private set; }

    public bool Done { get; private set; }

    public bool MustChange => string.Equals(User.FindFirst(HopTacClaims.MustChangePassword)?.Value, "1", StringComparison.Ordinal);

#pragma warning disable CA1822 // Razor Pages finds handlers among instance methods
    public void OnGet()
    {
    }
#pragma warning restore CA1822

    public async Task<IActionResult> OnPostAsync(string? current, string? next, CancellationToken cancellationToken)
    {
        Error = await accounts.ChangePasswordAsync(User, current, next, cancellationToken).ConfigureAwait(false);
        if (Error is not null)
        {
            return Page();
        }

        if (HopTacClaims.IdOf(User) is { } id && await accounts.Store.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } account)
        {
            await HttpContext.SignInAsync(HopTacClaims.CookieScheme, HopTacClaims.Principal(account, HopTacClaims.CookieScheme)).ConfigureAwait(false);
        }

        return LocalRedirect("/");
    }
}
