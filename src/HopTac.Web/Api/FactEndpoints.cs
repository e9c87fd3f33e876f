using System.Security.Claims;
using HopTac.Storage.Knowledge;
using HopTac.Web.Auth;
using HopTac.Web.Curation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace HopTac.Web.Api;

/// <summary>Facts: read one and its history; curate (accept, reject, edit, merge, split) as an editor.</summary>
internal static class FactEndpoints
{
    public static IEndpointRouteBuilder MapFactEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/facts").WithTags("Facts");
        group.MapGet("/{id}", GetAsync).WithName("GetFact");
        group.MapGet("/{id}/history", HistoryAsync).WithName("GetFactHistory");

        var curation = group.MapGroup("/").RequireAuthorization(AuthSetup.EditorPolicy).AddEndpointFilter<CookieAntiforgeryFilter>();
        curation.MapPost("/{id}/accept", (string id, CurationBody? body, [AsParameters] CurationCall call, CancellationToken ct) =>
            ApplyAsync(new CurationRequest(id, "accept", string.Empty, body?.Why), call, ct)).WithName("AcceptFact");
        curation.MapPost("/{id}/reject", (string id, CurationBody? body, [AsParameters] CurationCall call, CancellationToken ct) =>
            ApplyAsync(new CurationRequest(id, "reject", string.Empty, body?.Why), call, ct)).WithName("RejectFact");
        curation.MapPut("/{id}", (string id, EditBody body, [AsParameters] CurationCall call, CancellationToken ct) =>
            ApplyAsync(new CurationRequest(id, "edit", string.Empty, body.Why, body.Changes), call, ct)).WithName("EditFact");
        curation.MapPost("/{id}/merge", (string id, MergeBody body, [AsParameters] CurationCall call, CancellationToken ct) =>
            ApplyAsync(new CurationRequest(id, "merge", string.Empty, body.Why, OtherFactId: body.Other), call, ct)).WithName("MergeFact");
        curation.MapPost("/{id}/split", (string id, SplitBody body, [AsParameters] CurationCall call, CancellationToken ct) =>
            ApplyAsync(new CurationRequest(id, "split", string.Empty, body.Why, SplitPages: body.Pages), call, ct)).WithName("SplitFact");
        return app;
    }

    private static async Task<Results<Ok<FactDetail>, ValidationProblem, ProblemHttpResult>> GetAsync(string id, IKnowledgeBase knowledge, CancellationToken cancellationToken)
    {
        if (!CurationService.IsFactId(id))
        {
            return ApiProblems.InvalidFactId();
        }

        var fact = await knowledge.GetFactAsync(id, cancellationToken).ConfigureAwait(false);
        return fact is null ? ApiProblems.NotFound($"no fact {id}") : TypedResults.Ok(fact);
    }

    private static async Task<Results<Ok<HistoryResponse>, ValidationProblem, ProblemHttpResult>> HistoryAsync(string id, IKnowledgeBase knowledge, CancellationToken cancellationToken)
    {
        if (!CurationService.IsFactId(id))
        {
            return ApiProblems.InvalidFactId();
        }

        if (await knowledge.GetFactAsync(id, cancellationToken).ConfigureAwait(false) is null)
        {
            return ApiProblems.NotFound($"no fact {id}");
        }

        return TypedResults.Ok(new HistoryResponse(id, await knowledge.GetHistoryAsync(id, cancellationToken).ConfigureAwait(false)));
    }

    private static async Task<Results<Ok<CurationResponse>, ValidationProblem, ProblemHttpResult>> ApplyAsync(
        CurationRequest request, CurationCall call, CancellationToken cancellationToken)
    {
        // Scripts read English unless the caller chose a language (cookie or ?culture=), as the browser's pages do.
        ApiLanguage.UseChosenOrEnglish(call.Http);
        var t = call.Localizer;
        if (CurationService.Validate(request with { Who = HopTacClaims.NameOf(call.User) }) is { Count: > 0 } problems)
        {
            var errors = problems.ToDictionary(p => p.Field, p => new[] { CurationMessages.Say(t, p.Code, p.Arguments) }, StringComparer.Ordinal);
            return ApiProblems.Invalid(errors, problems[0].Code);
        }

        var outcome = await call.Service.ApplyAsync(call.User, request, CurationAudit.Api, cancellationToken).ConfigureAwait(false);
        switch (outcome.Result)
        {
            case CurationResult.Ok:
                var id = outcome.FactId ?? request.FactId;
                var fact = await call.Knowledge.GetFactAsync(id, cancellationToken).ConfigureAwait(false);
                return TypedResults.Ok(new CurationResponse(id, outcome.RevisionId, fact));
            case CurationResult.NotFound:
                return ApiProblems.NotFound(CurationMessages.Describe(t, outcome, withCodes: true));
            default:
                return ApiProblems.Invalid(
                    new Dictionary<string, string[]>(StringComparer.Ordinal) { ["request"] = [CurationMessages.Describe(t, outcome, withCodes: true)] },
                    outcome.Problem is { } problem ? CurationRefusals.Edit + ":" + problem.Code : outcome.Code);
        }
    }
}
