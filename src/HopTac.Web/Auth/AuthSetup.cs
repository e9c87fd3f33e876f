using HopTac.Storage.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace HopTac.Web.Auth;

/// <summary>
/// Cookie sign-in for people, bearer tokens for scripts, one policy per role. Everything needs at least a viewer
/// unless marked anonymous. The API answers 401/403 instead of redirecting to the sign-in page.
/// </summary>
internal static class AuthSetup
{
    public const string ViewerPolicy = "viewer";
    public const string EditorPolicy = "editor";
    public const string AdminPolicy = "admin";

    public static IServiceCollection AddHopTacAuth(this IServiceCollection services, bool secureCookies)
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
                options.Cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                options.LoginPath = "/account/login";
                options.LogoutPath = "/account/logout";
                options.AccessDeniedPath = "/account/denied";
                options.ExpireTimeSpan = TimeSpan.FromHours(12);
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
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .RequireAssertion(c => Roles.Grants(HopTacClaims.RoleOf(c.User), Roles.Viewer))
                .Build());
        return services;
    }

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

    /// <summary>Re-reads the account on each request, so a changed role or a disabled account takes effect at once.</summary>
    private static async Task RefreshAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is null || HopTacClaims.IdOf(context.Principal) is not { } id)
        {
            context.RejectPrincipal();
            return;
        }

        var accounts = context.HttpContext.RequestServices.GetRequiredService<IAccountStore>();
        var account = await accounts.GetAsync(id, context.HttpContext.RequestAborted).ConfigureAwait(false);
        if (account is null || account.Disabled)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(HopTacClaims.CookieScheme).ConfigureAwait(false);
            return;
        }

        if (!string.Equals(account.Role, HopTacClaims.RoleOf(context.Principal), StringComparison.Ordinal)
            || account.MustChangePassword != string.Equals(context.Principal.FindFirst(HopTacClaims.MustChangePassword)?.Value, "1", StringComparison.Ordinal))
        {
            context.ReplacePrincipal(HopTacClaims.Principal(account, HopTacClaims.CookieScheme));
            context.ShouldRenew = true;
        }
    }
}
