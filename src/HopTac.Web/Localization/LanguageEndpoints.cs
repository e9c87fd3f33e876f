using HopTac.Web.Hosting;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

namespace HopTac.Web.Localization;

/// <summary>GET /lang/{culture}: remembers the interface language (vi or en) in a cookie and goes back.</summary>
internal static class LanguageEndpoints
{
    public static IEndpointRouteBuilder MapLanguageEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/lang/{culture}", (string culture, string? returnUrl, HttpContext context, IOptions<HopTacWebOptions> options, TimeProvider clock) =>
        {
            var chosen = HopTacApp.Cultures.FirstOrDefault(c => string.Equals(c.Name, culture, StringComparison.OrdinalIgnoreCase));
            if (chosen is null)
            {
                return Results.NotFound();
            }

            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions
                {
                    Expires = clock.GetUtcNow().AddYears(1),
                    IsEssential = true,
                    SameSite = SameSiteMode.Lax,
                    HttpOnly = true,
                    Secure = context.Request.IsHttps || options.Value.SecureCookies,
                });

            // A return address with a tab or newline used to reach LocalRedirect, which throws on it (a 500).
            return Results.LocalRedirect(LocalUrls.OrHome(returnUrl));
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
