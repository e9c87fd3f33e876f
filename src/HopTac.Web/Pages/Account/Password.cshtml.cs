using HopTac.Web.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HopTac.Web.Pages.Account;

[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(HopTacApp.SignInRateLimit)]
internal sealed class PasswordModel(AccountService accounts, AccountThrottle throttle, TimeProvider clock) : PageModel
{
    public string? Error { get; private set; }

    public bool Done { get; private set; }

    /// <summary>Signed in with a one-time code (used up at sign-in): the form asks only for the new password.</summary>
    public bool MustChange => HopTacClaims.MustChange(User);

#pragma warning disable CA1822 // Razor Pages finds handlers among instance methods
    public void OnGet()
    {
    }
#pragma warning restore CA1822

    public async Task<IActionResult> OnPostAsync(string? current, string? next, CancellationToken cancellationToken)
    {
        if (!throttle.TryAttempt("password", HopTacClaims.IdOf(User)?.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            Error = "too many attempts: wait a minute";
            var refused = Page();
            refused.StatusCode = StatusCodes.Status429TooManyRequests;
            return refused;
        }

        Error = await accounts.ChangePasswordAsync(User, current, next, cancellationToken).ConfigureAwait(false);
        if (Error is not null)
        {
            return Page();
        }

        // The change drew a new security stamp, which ended every session, this one included: open a new one.
        if (HopTacClaims.IdOf(User) is { } id && await accounts.Store.GetSessionAsync(id, string.Empty, cancellationToken).ConfigureAwait(false) is { } state)
        {
            var principal = HopTacClaims.CookiePrincipal(state.Account, state.SecurityStamp, HopTacClaims.NewSession(), clock.GetUtcNow());
            await HttpContext.SignInAsync(HopTacClaims.CookieScheme, principal).ConfigureAwait(false);
        }

        return LocalRedirect("/");
    }
}
