using HopTac.Web.Auth;

namespace HopTac.Web.Hosting;

/// <summary>An account signed in with a one-time code may only choose a password (or sign out) until it has one.</summary>
internal sealed class PasswordChangeGate(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true
            && string.Equals(user.FindFirst(HopTacClaims.MustChangePassword)?.Value, "1", StringComparison.Ordinal)
            && !context.Request.Path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase)
            && !context.Request.Path.StartsWithSegments("/assets", StringComparison.OrdinalIgnoreCase))
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
