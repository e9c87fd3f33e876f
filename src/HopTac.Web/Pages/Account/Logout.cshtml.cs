using HopTac.Web.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HopTac.Web.Pages.Account;

[AllowAnonymous]
internal sealed class LogoutModel(AccountService accounts) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    /// <summary>Ends the session on the server too: a copy of the cookie kept elsewhere stops working.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (HopTacClaims.SignedInWithCookie(User))
        {
            await accounts.SignOutAsync(User, cancellationToken).ConfigureAwait(false);
        }

        await HttpContext.SignOutAsync(HopTacClaims.CookieScheme).ConfigureAwait(false);
        return LocalRedirect("/account/login");
    }
}
