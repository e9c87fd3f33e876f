using HopTac.Storage.Accounts;
using HopTac.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace HopTac.Web.Auth;

/// <summary>
/// Cookie sign-in for people, bearer tokens for scripts, one policy per role. Everything needs at least a viewer
/// unless marked anonymous, or, when the site is public (<see cref="HopTacWebOptions.Public"/>), unless it is a read. The API answers 401/403 instead of redirecting to the sign-in page. A cookie is checked
/// against the store on every request: it must carry the account's current security stamp (a password change draws a
/// new one), its session must not have been signed out, and it must be younger than the longest session.
/// </summary>
internal static class AuthSetup
{
    public const string ViewerPolicy = "viewer";
    public const string EditorPolicy = "editor";
    public const string AdminPolicy = "admin";

    public static IServiceCollection AddHopTacAuth(this IServiceCollection services, HopTacWebOptions web)
    {
        services.AddAuthentication(HopTacClaims.SmartScheme)
            .AddPolicyScheme(HopTacClaims.SmartScheme, "cookie or bearer", options =>
            {
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? HopTacClaims.BearerScheme
                        : HopTacClaims.CookieScheme;
            })
            .AddCookie(HopTacClaims.CookieScheme, options =>
            {
                options.Cookie.Name = "hoptac.auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = web.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                options.LoginPath = "/account/login";
                options.LogoutPath = "/account/logout";
                options.AccessDeniedPath = "/account/denied";
                options.ExpireTimeSpan = TimeSpan.FromHours(web.SessionIdleHours);
                options.SlidingExpiration = true;
                options.Events = new CookieAuthenticationEvents
                {
                    OnRedirectToLogin = context => ApiOrRedirect(context, StatusCodes.Status401Unauthorized),
                    OnRedirectToAccessDenied = context => ApiOrRedirect(context, StatusCodes.Status403Forbidden),
                    OnValidatePrincipal = RefreshAsync,
                };
            })
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(HopTacClaims.BearerScheme, null);

        services.AddAuthorizationBuilder()
            .AddPolicy(ViewerPolicy, p => p.RequireAuthenticatedUser().RequireAssertion(c => Roles.Grants(HopTacClaims.RoleOf(c.User), Roles.Viewer)))
            .AddPolicy(EditorPolicy, p => p.RequireAuthenticatedUser().RequireAssertion(c => Roles.Grants(HopTacClaims.RoleOf(c.User), Roles.Editor)))
            .AddPolicy(AdminPolicy, p => p.RequireAuthenticatedUser().RequireAssertion(c => Roles.Grants(HopTacClaims.RoleOf(c.User), Roles.Admin)))
            .SetFallbackPolicy(web.Public
                ? new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder()
                    .RequireAssertion(c => IsViewer(c.User) || (c.Resource is HttpContext http && IsPublicRead(http.Request)))
                    .Build()
                : new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder()
                    .RequireAuthenticatedUser()
                    .RequireAssertion(c => IsViewer(c.User))
                    .Build());
        return services;
    }

    /// <summary>
    /// What <c>serve --public</c> opens to visitors without an account: reading (GET and HEAD) anything but one's own
    /// account (its tokens, password, identity). Every write, and the editor and admin policies, still need sign-in.
    /// </summary>
    internal static bool IsPublicRead(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && !request.Path.StartsWithSegments("/account/tokens", StringComparison.OrdinalIgnoreCase)
        && !request.Path.StartsWithSegments("/account/password", StringComparison.OrdinalIgnoreCase)
        && !request.Path.StartsWithSegments("/api/me", StringComparison.OrdinalIgnoreCase)
        && !request.Path.StartsWithSegments("/api/tokens", StringComparison.OrdinalIgnoreCase);

    private static bool IsViewer(System.Security.Claims.ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && Roles.Grants(HopTacClaims.RoleOf(user), Roles.Viewer);

    private static Task ApiOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Re-reads the account on each request (one indexed read), so a changed role, a disabled account, a new password
    /// or a sign-out elsewhere takes effect at once.
    /// </summary>
    private static async Task RefreshAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        if (principal is null || HopTacClaims.IdOf(principal) is not { } id
            || HopTacClaims.SessionOf(principal) is not { Length: > 0 } session
            || HopTacClaims.StampOf(principal) is not { Length: > 0 } stamp
            || HopTacClaims.SessionStartOf(principal) is not { } started)
        {
            await RefuseAsync(context).ConfigureAwait(false);
            return;
        }

        var services = context.HttpContext.RequestServices;
        var maxDays = services.GetRequiredService<IOptions<HopTacWebOptions>>().Value.SessionMaxDays;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var state = await services.GetRequiredService<IAccountStore>().GetSessionAsync(id, session, context.HttpContext.RequestAborted).ConfigureAwait(false);
        if (state is null || state.Account.Disabled || state.SessionRevoked || started < now.AddDays(-maxDays)
            || !System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(state.SecurityStamp), System.Text.Encoding.UTF8.GetBytes(stamp)))
        {
            await RefuseAsync(context).ConfigureAwait(false);
            return;
        }

        var account = state.Account;
        if (!string.Equals(account.Role, HopTacClaims.RoleOf(principal), StringComparison.Ordinal) || account.MustChangePassword != HopTacClaims.MustChange(principal))
        {
            context.ReplacePrincipal(HopTacClaims.CookiePrincipal(account, stamp, session, started));
            context.ShouldRenew = true;
        }
    }

    private static async Task RefuseAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(HopTacClaims.CookieScheme).ConfigureAwait(false);
    }
}
