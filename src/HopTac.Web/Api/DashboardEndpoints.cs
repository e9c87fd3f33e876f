using HopTac.Web.Dashboard;

namespace HopTac.Web.Api;

/// <summary>GET /api/dashboard: what the dashboard page shows.</summary>
internal static class DashboardEndpoints
{
    public static IEndpointRouteBuilder MapDashboardEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/dashboard", async (DashboardService dashboard, CancellationToken ct) => TypedResults.Ok(await dashboard.GetAsync(ct).ConfigureAwait(false)))
            .WithTags("Dashboard").WithName("Dashboard");
        return app;
    }
}
