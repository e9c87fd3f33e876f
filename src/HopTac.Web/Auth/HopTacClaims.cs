using System.Globalization;
using System.Security.Claims;
using HopTac.Storage.Accounts;

namespace HopTac.Web.Auth;

/// <summary>
/// How an account becomes a principal and back: its id, name, role, and whether it must change its password; a cookie
/// also carries the account's security stamp and its own session id and start, a token its scope and expiry.
/// </summary>
internal static class HopTacClaims
{
    public const string AccountId = "hoptac:account";
    public const string MustChangePassword = "hoptac:must_change_password";
    public const string SecurityStamp = "hoptac:stamp";
    public const string Session = "hoptac:session";
    public const string SessionStarted = "hoptac:session_started";
    public const string TokenScope = "hoptac:token_scope";
    public const string TokenExpires = "hoptac:token_expires";
    public const string CookieScheme = "Cookies";
    public const string BearerScheme = "Bearer";
    public const string SmartScheme = "HopTac";

    public static ClaimsPrincipal Principal(Account account, string scheme) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, account.Name),
            new Claim(ClaimTypes.Role, account.Role),
            new Claim(AccountId, account.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(MustChangePassword, account.MustChangePassword ? "1" : "0"),
        ],
        scheme,
        ClaimTypes.Name,
        ClaimTypes.Role));

    /// <summary>A cookie principal: a new session (random id) starting now, or the same session renewed.</summary>
    public static ClaimsPrincipal CookiePrincipal(Account account, string stamp, string session, DateTimeOffset started)
    {
        var principal = Principal(account, CookieScheme);
        ((ClaimsIdentity)principal.Identity!).AddClaims(
        [
            new Claim(SecurityStamp, stamp),
            new Claim(Session, session),
            new Claim(SessionStarted, started.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
        ]);
        return principal;
    }

    /// <summary>A random session id, as a cookie carries it.</summary>
    public static string NewSession() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    /// <summary>A token principal: the account's role capped by the token's scope.</summary>
    public static ClaimsPrincipal TokenPrincipal(TokenSignIn signIn)
    {
        var account = signIn.Account with { MustChangePassword = false, Role = TokenScopes.EffectiveRole(signIn.Account.Role, signIn.Scope) };
        var principal = Principal(account, BearerScheme);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(TokenScope, signIn.Scope));
        if (signIn.ExpiresAt is { } expires)
        {
            ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(TokenExpires, expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        }

        return principal;
    }

    public static string? SessionOf(ClaimsPrincipal user) => user.FindFirstValue(Session);

    public static string? StampOf(ClaimsPrincipal user) => user.FindFirstValue(SecurityStamp);

    public static DateTimeOffset? SessionStartOf(ClaimsPrincipal user) => Seconds(user.FindFirstValue(SessionStarted));

    public static DateTimeOffset? TokenExpiryOf(ClaimsPrincipal user) => Seconds(user.FindFirstValue(TokenExpires));

    /// <summary>Null for a cookie; the scope for a token.</summary>
    public static string? TokenScopeOf(ClaimsPrincipal user) => user.FindFirstValue(TokenScope);

    public static bool MustChange(ClaimsPrincipal user) => string.Equals(user.FindFirstValue(MustChangePassword), "1", StringComparison.Ordinal);

    public static long? IdOf(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(AccountId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static string NameOf(ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";

    public static string? RoleOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Role);

    public static bool Can(ClaimsPrincipal user, string role) => user.Identity?.IsAuthenticated == true && Roles.Grants(RoleOf(user), role);

    private static DateTimeOffset? Seconds(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds < 253_402_300_799
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    public static bool SignedInWithCookie(ClaimsPrincipal user) =>
        string.Equals(user.Identity?.AuthenticationType, CookieScheme, StringComparison.Ordinal);
}
