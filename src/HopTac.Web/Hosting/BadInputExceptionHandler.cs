using Microsoft.AspNetCore.Diagnostics;

namespace HopTac.Web.Hosting;

/// <summary>
/// Turns what a client's bytes can make the framework throw into a 400 problem instead of a 500: a form with a NUL
/// or invalid percent-encoding (<see cref="InvalidDataException"/> from a page that reads <c>Request.Form</c> itself)
/// and a body that cannot be read (<see cref="BadHttpRequestException"/>). Any other exception is still a 500.
/// </summary>
internal sealed class BadInputExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var status = exception switch
        {
            BadHttpRequestException bad => bad.StatusCode,
            InvalidDataException => StatusCodes.Status400BadRequest,
            _ => 0,
        };
        if (status is < 400 or >= 500 || httpContext.Response.HasStarted)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = status, Title = "Bad request", Detail = "the request could not be read: " + exception.Message },
        }).ConfigureAwait(false);
    }
}
