namespace HopTac.Storage.Accounts;

// Accounts of the web app. Roles nest: an admin may do what an editor may, an editor what a viewer may.

/// <summary>The three roles, as stored.</summary>
public static class Roles
{
    public const string Viewer = "viewer";
    public const string Editor = "editor";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Viewer, Editor, Admin];

    public static bool IsKnown(string? role) => role is Viewer or Editor or Admin;

    /// <summary>Whether <paramref name="role"/> grants at least <paramref name="needed"/>.</summary>
    public static bool Grants(string? role, string needed) => Rank(role) >= Rank(needed) && Rank(needed) > 0;

    private static int Rank(string? role) => role switch
    {
        Viewer => 1,
        Editor => 2,
        Admin => 3,
        _ => 0,
    };
}

/// <summary>An account: unique name (case-insensitive), role, whether it must set a new password at next sign-in.</summary>
public sealed record Account(long Id, string Name, string Role, bool MustChangePassword, bool Disabled, DateTimeOffset CreatedAt);

/// <summary>What an API token may do: <c>read</c> grants a viewer's rights at most, <c>curate</c> its account's own rights.</summary>
public static class TokenScopes
{
    public const string Read = "read";
    public const string Curate = "curate";

    public static IReadOnlyList<string> All { get; } = [Read, Curate];

    public static bool IsKnown(string? scope) => scope is Read or Curate;

    /// <summary>The role a request made with this token acts with: the account's role, capped at viewer for a read token.</summary>
    public static string EffectiveRole(string accountRole, string scope) =>
        string.Equals(scope, Curate, StringComparison.Ordinal) ? accountRole : Roles.Viewer;
}

/// <summary>
/// An API token as listed: never the secret, only its first characters to recognise it. <see cref="LastUsedAt"/> is
/// written in batches (at most once a minute per token), so it may lag the latest use by that much.
/// </summary>
public sealed record ApiToken(
    long Id, long AccountId, string AccountName, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt,
    string Scope = TokenScopes.Curate, DateTimeOffset? ExpiresAt = null)
{
    public bool IsActive => RevokedAt is null;

    public bool IsUsableAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);
}

/// <summary>Who a token secret signs in: its enabled account, the token's id (to record its use), scope and expiry.</summary>
public sealed record TokenSignIn(Account Account, long TokenId, string Scope, DateTimeOffset? ExpiresAt);

/// <summary>
/// What a cookie is checked against on each request: the account as it is now, its current security stamp (a new one
/// is drawn at every password change) and whether the cookie's own session was ended by signing out.
/// </summary>
public sealed record SessionState(Account Account, string SecurityStamp, bool SessionRevoked);

/// <summary>The outcome of a change to an account's role or state.</summary>
public enum AccountChange
{
    Done,
    NotFound,

    /// <summary>Refused: the change would leave no enabled admin, and nobody could manage accounts any more.</summary>
    LastAdmin,
}

/// <summary>A newly created token: the secret is shown once and never stored.</summary>
public sealed record IssuedToken(ApiToken Token, string Secret);

/// <summary>One audited write: who did what to which target, and a short detail.</summary>
public sealed record AuditEntry(long Id, DateTimeOffset At, string Who, string Action, string Target, string? Detail);

/// <summary>Result of creating an account: the account, or why not (name taken, bad role, bad name).</summary>
public sealed record AccountResult(Account? Account, string? Error)
{
    public static AccountResult Failed(string error) => new(null, error);
}
