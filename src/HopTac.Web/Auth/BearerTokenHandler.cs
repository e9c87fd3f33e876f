using System.Text.Encodings.Web;
using HopTac.Storage.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace HopTac.Web.Auth;

/// <summary>Signs in scripts by <c>Authorization: Bearer htk_…</c>: the token's hash must belong to an active token of an enabled account.</summary>
internal sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IAccountStore accounts)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = header["Bearer ".Length..].Trim();
        var account = await accounts.FindByTokenAsync(secret, Context.RequestAborted).ConfigureAwait(false);
        if (account is null)
        {
            return AuthenticateResult.Fail("unknown or revoked token");
        }

        var principal = HopTacClaims.Principal(account with { MustChangePassword = false }, HopTacClaims.BearerScheme);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, HopTacClaims.BearerScheme));
    }
}
