namespace HopTac.Storage.Accounts;

/// <summary>
/// Accounts, API tokens and the audit log of the web app, in the same database as the pages. Passwords arrive here
/// already hashed (<see cref="PasswordHashing"/>); token secrets are hashed here before they are stored. Expected
/// failures (a taken name, an unknown id, the last admin) are values. Thread-safe.
/// </summary>
public interface IAccountStore
{
    Task<int> CountAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<Account>> ListAsync(CancellationToken cancellationToken);

    Task<Account?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>The account with this name (case-insensitive), its password hash and security stamp, or null.</summary>
    Task<(Account Account, string PasswordHash, string SecurityStamp)?> FindForSignInAsync(string name, CancellationToken cancellationToken);

    /// <summary>The account, its security stamp and whether <paramref name="session"/> was signed out; null when no such account.</summary>
    Task<SessionState?> GetSessionAsync(long accountId, string session, CancellationToken cancellationToken);

    /// <summary>Ends one session (a sign-out); records of sessions ended before <paramref name="forgetBefore"/> are dropped.</summary>
    Task RevokeSessionAsync(long accountId, string session, DateTimeOffset forgetBefore, CancellationToken cancellationToken);

    Task<AccountResult> CreateAsync(string name, string role, string passwordHash, bool mustChangePassword, CancellationToken cancellationToken);

    /// <summary>
    /// Sets a new password hash and, in the same transaction, draws a new security stamp (every session of the account
    /// ends) and revokes every token of the account.
    /// </summary>
    Task<bool> SetPasswordAsync(long id, string passwordHash, bool mustChangePassword, CancellationToken cancellationToken);

    /// <summary>
    /// Uses up a one-time code: true for exactly one caller, the one that found <paramref name="codeHash"/> still
    /// stored for an account that must change its password; the code then verifies no more.
    /// </summary>
    Task<bool> ConsumeOneTimeCodeAsync(long id, string codeHash, CancellationToken cancellationToken);

    /// <summary>Changes a role; refused when it would demote the last enabled admin.</summary>
    Task<AccountChange> SetRoleAsync(long id, string role, CancellationToken cancellationToken);

    /// <summary>Disables or enables an account; disabling the last enabled admin is refused.</summary>
    Task<AccountChange> SetDisabledAsync(long id, bool disabled, CancellationToken cancellationToken);

    /// <summary>Creates a token for the account; the returned secret is the only copy. Null for a bad label or scope, or no such account.</summary>
    Task<IssuedToken?> IssueTokenAsync(long accountId, string name, string scope, DateTimeOffset? expiresAt, CancellationToken cancellationToken);

    /// <summary>A token with the account's own rights and no expiry (tools and tests that set an account up directly).</summary>
    Task<IssuedToken?> IssueTokenAsync(long accountId, string name, CancellationToken cancellationToken);

    /// <summary>
    /// Who a token secret signs in (unrevoked, unexpired token of an enabled account), or null. Reads only: the use
    /// is recorded later, in batches, by <see cref="RecordTokenUseAsync"/>.
    /// </summary>
    Task<TokenSignIn?> FindByTokenAsync(string secret, CancellationToken cancellationToken);

    /// <summary>Writes the last use of several tokens in one transaction.</summary>
    Task RecordTokenUseAsync(IReadOnlyCollection<KeyValuePair<long, DateTimeOffset>> uses, CancellationToken cancellationToken);

    /// <summary>Tokens of one account, or of every account when <paramref name="accountId"/> is null; newest first.</summary>
    Task<IReadOnlyList<ApiToken>> ListTokensAsync(long? accountId, CancellationToken cancellationToken);

    /// <summary>Revokes a token (of that account only, unless <paramref name="accountId"/> is null). False when none was revoked.</summary>
    Task<bool> RevokeTokenAsync(long tokenId, long? accountId, CancellationToken cancellationToken);

    Task AuditAsync(string who, string action, string target, string? detail, CancellationToken cancellationToken);

    /// <summary>The latest audit entries, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAuditAsync(int limit, CancellationToken cancellationToken);
}
