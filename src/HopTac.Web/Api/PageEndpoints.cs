using HopTac.Storage;
using HopTac.Storage.Knowledge;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HopTac.Web.Api;

/// <summary>GET /api/pages/{id}: a stored page record with the consolidated facts it supports.</summary>
internal static class PageEndpoints
{
    public static IEndpointRouteBuilder MapPageEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/pages/{id:long}", GetAsync).WithTags("Pages").WithName("GetPage");
        return app;
    }

    private static async Task<Results<Ok<PageResponse>, ProblemHttpResult>> GetAsync(long id, IPageStore store, IKnowledgeBase knowledge, CancellationToken cancellationToken)
    {
        var page = id > 0 ? await store.GetAsync(id, cancellationToken).ConfigureAwait(false) : null;
        if (page is null)
        {
            return ApiProblems.NotFound($"no page {id}");
        }

        var facts = await knowledge.GetPageFactsAsync(id, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new PageResponse(page.Id, page.Version, page.IngestedAt, page.Record, facts));
    }
}
