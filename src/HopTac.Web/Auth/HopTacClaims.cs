using System.Globalization;
using System.Security.Claims;
using HopTac.Storage.Accounts;

namespace HopTac.Web.Auth;

/// <summary>How an account becomes a principal and back: its id, name, role, and whether it must change its password.</summary>
internal static class HopTacClaims
{
    public const string AccountId = "hoptac:account";
    public const string MustChangePassword = "hoptac:must_change_password";
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

    public static long? IdOf(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(AccountId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static string NameOf(ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";

    public static string? RoleOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Role);

    public static bool Can(ClaimsPrincipal user, string role) => user.Identity?.IsAuthenticated == true && Roles.Grants(RoleOf(user), role);

    public static bool SignedInWithCookie(ClaimsPrincipal user) =>
        string.Equals(user.Identity?.AuthenticationType, CookieScheme, StringComparison.Ordinal);
}
