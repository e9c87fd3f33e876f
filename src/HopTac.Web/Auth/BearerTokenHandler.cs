using System.Text.Encodings.Web;
using HopTac.Storage.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace HopTac.Web.Auth;

/// <summary>
/// Signs in scripts by <c>Authorization: Bearer htk_…</c>: the token's hash must belong to an unrevoked, unexpired token
/// of an enabled account that has set its password. The request acts with the account's role capped by the token's
/// scope. The use is recorded in memory (<see cref="TokenUsage"/>), not written per request.
/// </summary>
internal sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IAccountStore accounts, TokenUsage usage)
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
        var signIn = await accounts.FindByTokenAsync(secret, Context.RequestAborted).ConfigureAwait(false);
        if (signIn is null || signIn.Account.MustChangePassword)
        {
            return AuthenticateResult.Fail("unknown, expired or revoked token");
        }

        usage.Record(signIn.TokenId);
        return AuthenticateResult.Success(new AuthenticationTicket(HopTacClaims.TokenPrincipal(signIn), HopTacClaims.BearerScheme));
    }
}
