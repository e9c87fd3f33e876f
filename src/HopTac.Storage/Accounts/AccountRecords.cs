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

/// <summary>An API token as listed: never the secret, only its first characters to recognise it.</summary>
public sealed record ApiToken(long Id, long AccountId, string AccountName, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt)
{
    public bool IsActive => RevokedAt is null;
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
