using HopTac.Storage.Knowledge;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HopTac.Web.Api;

/// <summary>GET /api/people?name=: people by name, with or without diacritics.</summary>
internal static class PeopleEndpoints
{
    public const int MaxNameLength = 200;

    public static IEndpointRouteBuilder MapPeopleEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/people", FindAsync).WithTags("People").WithName("FindPeople");
        return app;
    }

    private static async Task<Results<Ok<PeopleResponse>, ValidationProblem>> FindAsync(string? name, IKnowledgeBase knowledge, CancellationToken cancellationToken)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxNameLength)
        {
            return ApiProblems.Invalid("name", $"a name of 1 to {MaxNameLength} characters");
        }

        return TypedResults.Ok(new PeopleResponse(trimmed, await knowledge.FindPeopleAsync(trimmed, cancellationToken).ConfigureAwait(false)));
    }
}
