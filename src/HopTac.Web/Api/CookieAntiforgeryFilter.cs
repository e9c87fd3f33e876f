using HopTac.Web.Auth;
using Microsoft.AspNetCore.Antiforgery;

namespace HopTac.Web.Api;

/// <summary>
/// API writes made with the sign-in cookie (from the browser) must carry the antiforgery token in the
/// <c>RequestVerificationToken</c> header; bearer-token calls cannot be forged cross-site and need none.
/// </summary>
internal sealed class CookieAntiforgeryFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (HopTacClaims.SignedInWithCookie(http.User) && !await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false))
        {
            return TypedResults.Problem(
                detail: "a write with the sign-in cookie needs the antiforgery token (header RequestVerificationToken); scripts use a bearer token",
                statusCode: StatusCodes.Status400BadRequest,
                title: "Antiforgery token missing or invalid");
        }

        return await next(context).ConfigureAwait(false);
    }
}
