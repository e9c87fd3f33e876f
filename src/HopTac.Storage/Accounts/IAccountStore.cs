namespace HopTac.Storage.Accounts;

/// <summary>
/// Accounts, API tokens and the audit log of the web app, in the same database as the pages. Passwords arrive here
/// already hashed (<see cref="PasswordHashing"/>); token secrets are hashed here before they are stored. Expected
/// failures (a taken name, an unknown id) are values. Thread-safe.
/// </summary>
public interface IAccountStore
{
    Task<int> CountAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<Account>> ListAsync(CancellationToken cancellationToken);

    Task<Account?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>The account with this name (case-insensitive) and its password hash, or null.</summary>
    Task<(Account Account, string PasswordHash)?> FindForSignInAsync(string name, CancellationToken cancellationToken);

    Task<AccountResult> CreateAsync(string name, string role, string passwordHash, bool mustChangePassword, CancellationToken cancellationToken);

    Task<bool> SetPasswordAsync(long id, string passwordHash, bool mustChangePassword, CancellationToken cancellationToken);

    Task<bool> SetRoleAsync(long id, string role, CancellationToken cancellationToken);

    Task<bool> SetDisabledAsync(long id, bool disabled, CancellationToken cancellationToken);

    /// <summary>Creates a token for the account; the returned secret is the only copy.</summary>
    Task<IssuedToken?> IssueTokenAsync(long accountId, string name, CancellationToken cancellationToken);

    /// <summary>The active account a token secret belongs to (unrevoked token, enabled account), or null.</summary>
    Task<Account?> FindByTokenAsync(string secret, CancellationToken cancellationToken);

    /// <summary>Tokens of one account, or of every account when <paramref name="accountId"/> is null; newest first.</summary>
    Task<IReadOnlyList<ApiToken>> ListTokensAsync(long? accountId, CancellationToken cancellationToken);

    /// <summary>Revokes a token (of that account only, unless <paramref name="accountId"/> is null). False when none was revoked.</summary>
    Task<bool> RevokeTokenAsync(long tokenId, long? accountId, CancellationToken cancellationToken);

    Task AuditAsync(string who, string action, string target, string? detail, CancellationToken cancellationToken);

    /// <summary>The latest audit entries, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAuditAsync(int limit, CancellationToken cancellationToken);
}
