using HopTac.Web.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HopTac.Web.Pages.Account;

[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(HopTacApp.SignInRateLimit)]
internal sealed class LoginModel(AccountService accounts) : PageModel
{
    public string? Error { get; private set; }

    public string? Name { get; private set; }

    public string? ReturnUrl { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? name, string? password, string? returnUrl, CancellationToken cancellationToken)
    {
        var account = await accounts.CheckPasswordAsync(name, password, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            Error = "invalid";
            Name = name;
            ReturnUrl = returnUrl;
            return Page();
        }

        await HttpContext.SignInAsync(HopTacClaims.CookieScheme, HopTacClaims.Principal(account, HopTacClaims.CookieScheme)).ConfigureAwait(false);
        if (account.MustChangePassword)
        {
            return LocalRedirect("/account/password");
        }

        return LocalRedirect(returnUrl is { Length: > 0 } && Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
