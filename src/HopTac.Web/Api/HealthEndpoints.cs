namespace HopTac.Web.Api;

/// <summary>GET /healthz: the process answers (no store query, so a busy store never fails a probe).</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok(new HealthResponse("ok"))).AllowAnonymous().WithTags("Health").WithName("Health");
        return app;
    }
}
