using HopTac.Web.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HopTac.Web.Pages.Account;

[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(HopTacApp.SignInRateLimit)]
internal sealed class LoginModel(AccountService accounts, AccountThrottle throttle, TimeProvider clock) : PageModel
{
    public string? Error { get; private set; }

    public string? Name { get; private set; }

    public string? ReturnUrl { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? name, string? password, string? returnUrl, CancellationToken cancellationToken)
    {
        Name = name;
        ReturnUrl = returnUrl;
        if (!throttle.TryAttempt("sign-in", name))
        {
            Error = "throttled";
            var refused = Page();
            refused.StatusCode = StatusCodes.Status429TooManyRequests;
            return refused;
        }

        if (await accounts.CheckPasswordAsync(name, password, cancellationToken).ConfigureAwait(false) is not var (account, stamp))
        {
            Error = "invalid";
            return Page();
        }

        var principal = HopTacClaims.CookiePrincipal(account, stamp, HopTacClaims.NewSession(), clock.GetUtcNow());
        await HttpContext.SignInAsync(HopTacClaims.CookieScheme, principal).ConfigureAwait(false);
        if (account.MustChangePassword)
        {
            return LocalRedirect("/account/password");
        }

        return LocalRedirect(returnUrl is { Length: > 0 } && Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
