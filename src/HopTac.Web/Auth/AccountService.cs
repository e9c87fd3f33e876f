using System.Security.Claims;
using HopTac.Storage.Accounts;
using HopTac.Web.Hosting;
using Microsoft.Extensions.Options;

namespace HopTac.Web.Auth;

/// <summary>Account operations shared by pages and API: sign-in checks, password changes, tokens; every write audited.</summary>
internal sealed class AccountService(IAccountStore accounts, IOptions<HopTacWebOptions> options, ILogger<AccountService> logger)
{
    public const int MinPasswordLength = 10;

    public IAccountStore Store => accounts;

    /// <summary>The account when the name and password match an enabled account; null otherwise (same answer for every failure).</summary>
    public async Task<Account?> CheckPasswordAsync(string? name, string? password, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrEmpty(password) || password.Length > PasswordHashing.MaxPasswordLength)
        {
            return null;
        }

        var found = await accounts.FindForSignInAsync(name, cancellationToken).ConfigureAwait(false);
        if (found is not { } f || f.Account.Disabled || !PasswordHashing.Verify(password, f.PasswordHash))
        {
            Log.SignInFailed(logger, name.Length > 64 ? name[..64] : name);
            return null;
        }

        await accounts.AuditAsync(f.Account.Name, "sign-in", "account:" + f.Account.Name, null, cancellationToken).ConfigureAwait(false);
        return f.Account;
    }

    /// <summary>Null when the password is acceptable, else why not.</summary>
    public static string? PasswordProblem(string? password) =>
        string.IsNullOrEmpty(password) || password.Length < MinPasswordLength ? $"at least {MinPasswordLength} characters"
        : password.Length > PasswordHashing.MaxPasswordLength ? $"at most {PasswordHashing.MaxPasswordLength} characters"
        : null;

    public string Hash(string password) => PasswordHashing.Hash(password, options.Value.PasswordIterations);

    public async Task<AccountResult> CreateAsync(ClaimsPrincipal by, string name, string role, string password, CancellationToken cancellationToken)
    {
        if (PasswordProblem(password) is { } problem)
        {
            return AccountResult.Failed("password: " + problem);
        }

        var result = await accounts.CreateAsync(name, role, Hash(password), mustChangePassword: false, cancellationToken).ConfigureAwait(false);
        if (result.Account is { } account)
        {
            await accounts.AuditAsync(HopTacClaims.NameOf(by), "account-create", "account:" + account.Name, "role " + account.Role, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    public async Task<bool> SetRoleAsync(ClaimsPrincipal by, long id, string role, CancellationToken cancellationToken)
    {
        var ok = await accounts.SetRoleAsync(id, role, cancellationToken).ConfigureAwait(false);
        if (ok)
        {
            await accounts.AuditAsync(HopTacClaims.NameOf(by), "account-role", "account-id:" + id, "role " + role, cancellationToken).ConfigureAwait(false);
        }

        return ok;
    }

    public async Task<bool> SetDisabledAsync(ClaimsPrincipal by, long id, bool disabled, CancellationToken cancellationToken)
    {
        var ok = await accounts.SetDisabledAsync(id, disabled, cancellationToken).ConfigureAwait(false);
        if (ok)
        {
            await accounts.AuditAsync(HopTacClaims.NameOf(by), disabled ? "account-disable" : "account-enable", "account-id:" + id, null, cancellationToken).ConfigureAwait(false);
        }

        return ok;
    }

    public async Task<string?> ChangePasswordAsync(ClaimsPrincipal user, string? current, string? next, CancellationToken cancellationToken)
    {
        if (HopTacClaims.IdOf(user) is not { } id || await CheckPasswordAsync(HopTacClaims.NameOf(user), current, cancellationToken).ConfigureAwait(false) is null)
        {
            return "the current password is wrong";
        }

        if (PasswordProblem(next) is { } problem)
        {
            return "new password: " + problem;
        }

        await accounts.SetPasswordAsync(id, Hash(next!), mustChangePassword: false, cancellationToken).ConfigureAwait(false);
        await accounts.AuditAsync(HopTacClaims.NameOf(user), "password-change", "account:" + HopTacClaims.NameOf(user), null, cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>Issues a token for <paramref name="accountId"/> (oneself, or anyone for an admin); null when not allowed or invalid.</summary>
    public async Task<IssuedToken?> IssueTokenAsync(ClaimsPrincipal by, long accountId, string name, CancellationToken cancellationToken)
    {
        if (HopTacClaims.IdOf(by) != accountId && !HopTacClaims.Can(by, Roles.Admin))
        {
            return null;
        }

        var issued = await accounts.IssueTokenAsync(accountId, name, cancellationToken).ConfigureAwait(false);
        if (issued is not null)
        {
            await accounts.AuditAsync(HopTacClaims.NameOf(by), "token-create", "token:" + issued.Token.Id, issued.Token.AccountName + ": " + issued.Token.Name, cancellationToken).ConfigureAwait(false);
        }

        return issued;
    }

    /// <summary>Revokes a token of one's own, or any token for an admin.</summary>
    public async Task<bool> RevokeTokenAsync(ClaimsPrincipal by, long tokenId, CancellationToken cancellationToken)
    {
        long? owner = HopTacClaims.Can(by, Roles.Admin) ? null : HopTacClaims.IdOf(by) ?? -1;
        var ok = await accounts.RevokeTokenAsync(tokenId, owner, cancellationToken).ConfigureAwait(false);
        if (ok)
        {
            await accounts.AuditAsync(HopTacClaims.NameOf(by), "token-revoke", "token:" + tokenId, null, cancellationToken).ConfigureAwait(false);
        }

        return ok;
    }
}
