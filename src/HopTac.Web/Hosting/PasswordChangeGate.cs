using HopTac.Web.Auth;

namespace HopTac.Web.Hosting;

/// <summary>
/// An account signed in with a one-time code may only choose a password (or sign out) until it has one: every other
/// page sends it to the password form, every API call is refused. The code is a secret printed to a console, not a
/// password anyone chose; the token page, the admin pages and the API stay closed until it is replaced.
/// </summary>
internal sealed class PasswordChangeGate(RequestDelegate next)
{
    private static readonly string[] Open = ["/account/password", "/account/logout", "/account/login", "/account/denied", "/assets", "/lang"];

    public Task InvokeAsync(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true && HopTacClaims.MustChange(context.User)
            && !Array.Exists(Open, path => context.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase)))
        {
            if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            }

            context.Response.Redirect("/account/password");
            return Task.CompletedTask;
        }

        return next(context);
    }
}
