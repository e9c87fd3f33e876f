using Microsoft.AspNetCore.Http.HttpResults;

namespace HopTac.Web.Api;

/// <summary>ProblemDetails answers shared by the endpoint areas.</summary>
internal static class ApiProblems
{
    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] });

    public static ValidationProblem Invalid(IDictionary<string, string[]> problems) => TypedResults.ValidationProblem(problems);

    /// <summary>Validation problems with the refusal's stable code (extension <c>code</c>), which scripts test rather than the sentence.</summary>
    public static ValidationProblem Invalid(IDictionary<string, string[]> problems, string? code) =>
        code is null ? Invalid(problems) : TypedResults.ValidationProblem(problems, extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code });

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ValidationProblem InvalidFactId() => Invalid("id", "a fact id is a kind letter (E, A, F, P) and a number, e.g. E12");

    public static ValidationProblem InvalidPartner() => Invalid("code", "a partner's name or code such as Nga, Belarus, JP, ASEAN");
}
