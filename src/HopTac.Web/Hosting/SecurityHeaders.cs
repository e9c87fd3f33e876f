namespace HopTac.Web.Hosting;

/// <summary>
/// Headers that make scraped text harmless even if an encoding bug let markup through: no inline script, no
/// framing, no MIME sniffing, no referrer leaking search words to other sites; and HSTS on HTTPS requests.
/// </summary>
internal static class SecurityHeaders
{
    public const string StrictPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // The API reference page (Scalar) boots from an inline configuration script; it shows no scraped text.
    private const string ReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        var isReference = context.Request.Path.StartsWithSegments("/scalar", StringComparison.OrdinalIgnoreCase);
        headers.ContentSecurityPolicy = isReference ? ReferencePolicy : StrictPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";

        // Over HTTPS (directly, or behind a proxy whose forwarded headers are trusted) the browser is told to stay there.
        if (context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = "max-age=31536000";
        }

        await next(context).ConfigureAwait(false);
    });
}
