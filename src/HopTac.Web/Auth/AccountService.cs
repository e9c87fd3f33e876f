using System.Security.Claims;
using HopTac.Storage.Accounts;
using HopTac.Web.Hosting;
using Microsoft.Extensions.Options;

namespace HopTac.Web.Auth;

/// <summary>Account operations shared by pages and API: sign-in checks, password changes, tokens; every write audited.</summary>
internal sealed class AccountService(IAccountStore accounts, IOptions<HopTacWebOptions> options, TimeProvider clock, ILogger<AccountService> logger)
{
    public const int MinPasswordLength = 10;

    /// <summary>
    /// Hashed in place of a missing account's password, with the configured cost, so that a sign-in takes as long
    /// whether the name exists or not (the name would otherwise be confirmed by a fast refusal).
    /// </summary>
    private readonly Lazy<string> dummyHash = new(() => PasswordHashing.Hash(PasswordHashing.NewOneTimeCode(), options.Value.PasswordIterations));

    public IAccountStore Store => accounts;

    /// <summary>
    /// The account and its security stamp when the name and password match an enabled account; null otherwise (same
    /// answer, and the same work, for every failure). A one-time code is used up here: it signs in once.
    /// </summary>
    public async Task<(Account Account, string SecurityStamp)?> CheckPasswordAsync(string? name, string? password, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        if (string.IsNullOrEmpty(password) || password.Length > PasswordHashing.MaxPasswordLength)
        {
            await AuditFailedSignInAsync(name, cancellationToken).ConfigureAwait(false);
            return null;
        }

        var found = await accounts.FindForSignInAsync(name, cancellationToken).ConfigureAwait(false);

        var verified = Verify(password, found?.PasswordHash);
        if (found is not { } f || !verified || f.Account.Disabled
            || (f.Account.MustChangePassword && !await accounts.ConsumeOneTimeCodeAsync(f.Account.Id, f.PasswordHash, cancellationToken).ConfigureAwait(false)))
        {
            Log.SignInFailed(logger, Printable(name));
            await AuditFailedSignInAsync(name, cancellationToken).ConfigureAwait(false);
            return null;
        }

        await accounts.AuditAsync(f.Account.Name, "sign-in", "account:" + f.Account.Name, f.Account.MustChangePassword ? "one-time code used" : null, cancellationToken).ConfigureAwait(false);
        return (f.Account, f.SecurityStamp);
    }

    /// <summary>
    /// A refused sign-in in the audit log, under the name typed (made printable): an administrator sees guessing at
    /// an account. The throttle and the rate limit bound how many such rows a flood can write.
    /// </summary>
    public Task AuditFailedSignInAsync(string name, CancellationToken cancellationToken)
    {
        var typed = Printable(name);
        return accounts.AuditAsync(typed, "sign-in-failed", "account:" + typed, null, cancellationToken);
    }

    /// <summary>A typed name as the log may show it: at most 64 characters, control characters as \uXXXX (no terminal escapes, no forged lines).</summary>
    private static string Printable(string name)
    {
        var cut = name.Length > 64 ? name[..64] : name;
        return cut.AsSpan().ContainsAnyInRange('\0', '\x1f') || cut.AsSpan().ContainsAnyInRange('\x7f', '\x9f')
            ? string.Concat(cut.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()))
            : cut;
    }

    /// <summary>Verifies a password without signing in (the password form's "current password").</summary>
    private async Task<bool> VerifyAsync(string name, string? password, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(password) || password.Length > PasswordHashing.MaxPasswordLength)
        {
            return false;
        }

        var found = await accounts.FindForSignInAsync(name, cancellationToken).ConfigureAwait(false);
        return Verify(password, found?.PasswordHash) && found is { Account.Disabled: false };
    }

    /// <summary>
    /// Always one PBKDF2 of the configured cost: against the stored hash, or against a dummy one when the account is
    /// missing or its hash is not a hash (a used one-time code), so a refusal never comes faster than a check.
    /// </summary>
    private bool Verify(string password, string? stored)
    {
        var real = stored is not null && stored.StartsWith("pbkdf2-sha256$", StringComparison.Ordinal);
        return PasswordHashing.Verify(password, real ? stored : dummyHash.Value) && real;
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

    public async Task<AccountChange> SetRoleAsync(ClaimsPrincipal by, long id, string role, CancellationToken cancellationToken)
    {
        var change = await accounts.SetRoleAsync(id, role, cancellationToken).ConfigureAwait(false);
        await AuditChangeAsync(by, change, id, "account-role", "role " + role, cancellationToken).ConfigureAwait(false);
        return change;
    }

    public async Task<AccountChange> SetDisabledAsync(ClaimsPrincipal by, long id, bool disabled, CancellationToken cancellationToken)
    {
        var change = await accounts.SetDisabledAsync(id, disabled, cancellationToken).ConfigureAwait(false);
        await AuditChangeAsync(by, change, id, disabled ? "account-disable" : "account-enable", null, cancellationToken).ConfigureAwait(false);
        return change;
    }

    private async Task AuditChangeAsync(ClaimsPrincipal by, AccountChange change, long id, string action, string? detail, CancellationToken cancellationToken)
    {
        if (change == AccountChange.Done)
        {
            await accounts.AuditAsync(HopTacClaims.NameOf(by), action, "account-id:" + id, detail, cancellationToken).ConfigureAwait(false);
        }
        else if (change == AccountChange.LastAdmin)
        {
            Log.LastAdminProtected(logger, action, id);
        }
    }

    /// <summary>
    /// Sets a new password; null when done, else why not. A session opened with a one-time code proved the code at
    /// sign-in (where it was used up), so it is not asked again. Every other session and every token of the account
    /// ends with the change.
    /// </summary>
    public async Task<string?> ChangePasswordAsync(ClaimsPrincipal user, string? current, string? next, CancellationToken cancellationToken)
    {
        if (HopTacClaims.IdOf(user) is not { } id || !HopTacClaims.SignedInWithCookie(user)
            || (!HopTacClaims.MustChange(user) && !await VerifyAsync(HopTacClaims.NameOf(user), current, cancellationToken).ConfigureAwait(false)))
        {
            return "the current password is wrong";
        }

        if (PasswordProblem(next) is { } problem)
        {
            return "new password: " + problem;
        }

        await accounts.SetPasswordAsync(id, Hash(next!), mustChangePassword: false, cancellationToken).ConfigureAwait(false);
        await accounts.AuditAsync(HopTacClaims.NameOf(user), "password-change", "account:" + HopTacClaims.NameOf(user), "sessions and tokens revoked", cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>
    /// Issues a token for <paramref name="accountId"/> (oneself, or anyone for an admin); null when not allowed or
    /// invalid. Nobody may while still holding a one-time code; a token may make tokens only with no more scope and no
    /// longer life than its own, and a read token none at all. The life is capped at <see cref="HopTacWebOptions.TokenDays"/>.
    /// </summary>
    public async Task<IssuedToken?> IssueTokenAsync(ClaimsPrincipal by, long accountId, string name, string? scope, int? days, CancellationToken cancellationToken)
    {
        scope ??= TokenScopes.Curate;
        var byScope = HopTacClaims.TokenScopeOf(by);
        if ((HopTacClaims.IdOf(by) != accountId && !HopTacClaims.Can(by, Roles.Admin))
            || HopTacClaims.MustChange(by)
            || !TokenScopes.IsKnown(scope)
            || string.Equals(byScope, TokenScopes.Read, StringComparison.Ordinal))
        {
            return null;
        }

        var maxDays = options.Value.TokenDays;
        var expires = clock.GetUtcNow().AddDays(Math.Clamp(days ?? maxDays, 1, maxDays));
        if (HopTacClaims.TokenExpiryOf(by) is { } limit && limit < expires)
        {
            expires = limit;
        }

        var issued = await accounts.IssueTokenAsync(accountId, name, scope, expires, cancellationToken).ConfigureAwait(false);
        if (issued is not null)
        {
            await accounts.AuditAsync(HopTacClaims.NameOf(by), "token-create", "token:" + issued.Token.Id, $"{issued.Token.AccountName}: {issued.Token.Name} ({scope})", cancellationToken).ConfigureAwait(false);
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

    /// <summary>Ends the caller's cookie session: that cookie is refused from now on, even if a copy of it was kept.</summary>
    public async Task SignOutAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (HopTacClaims.IdOf(user) is { } id && HopTacClaims.SessionOf(user) is { Length: > 0 } session)
        {
            var forgetBefore = clock.GetUtcNow().AddDays(-options.Value.SessionMaxDays - 1);
            await accounts.RevokeSessionAsync(id, session, forgetBefore, cancellationToken).ConfigureAwait(false);
            await accounts.AuditAsync(HopTacClaims.NameOf(user), "sign-out", "account:" + HopTacClaims.NameOf(user), null, cancellationToken).ConfigureAwait(false);
        }
    }
}
