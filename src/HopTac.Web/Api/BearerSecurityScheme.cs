using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HopTac.Web.Api;

/// <summary>
/// Declares the API token (<c>Authorization: Bearer htk_…</c>) in the OpenAPI document, and requires it on every
/// /api operation, so generated clients and the Scalar reference know how to authenticate. /healthz and the
/// document itself need no sign-in and get no requirement.
/// </summary>
internal sealed class BearerSecurityScheme : IOpenApiDocumentTransformer
{
    public const string Name = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[Name] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "htk_…",
            Description = "An API token from /account/tokens or POST /api/tokens, sent as `Authorization: Bearer htk_…`.",
        };

        foreach (var (path, item) in document.Paths)
        {
            if (!path.StartsWith("/api/", StringComparison.Ordinal) || item.Operations is null)
            {
                continue;
            }

            foreach (var operation in item.Operations.Values)
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Name, document)] = [] });
            }
        }

        return Task.CompletedTask;
    }
}
