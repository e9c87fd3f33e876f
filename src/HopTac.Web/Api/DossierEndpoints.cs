using System.Text;
using HopTac.Export.Dossier;
using HopTac.Storage.Knowledge;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HopTac.Web.Api;

/// <summary>
/// GET /api/partners/{code}/dossier?format=html|md|docx|pdf&amp;from&amp;to&amp;area&amp;curated=true&amp;lang=en:
/// the partner's dossier, as <c>hoptac dossier</c> writes it (the partner page links here).
/// </summary>
internal static class DossierEndpoints
{
    public static IEndpointRouteBuilder MapDossierEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/partners/{code}/dossier", GetAsync).WithTags("Partners").WithName("GetDossier")
            .WithSummary("A briefing on the partner: summary, timeline, agreements, figures, officials, open items; every line cited.");
        return app;
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetAsync(
        string code, string? format, string? from, string? to, string? area, bool? curated, string? lang,
        IKnowledgeBase knowledge, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var kind = format?.Trim().ToLowerInvariant() ?? "html";
        if (kind is not ("html" or "md" or "docx" or "pdf"))
        {
            return ApiProblems.Invalid("format", "html, md, docx or pdf");
        }

        var (query, problems) = PartnerEndpoints.Query(code, from, to, area, null);
        if (query is null)
        {
            return ApiProblems.Invalid(problems);
        }

        var request = new DossierRequest(query.Partner)
        {
            From = query.From,
            To = query.To,
            Area = query.Area,
            CuratedOnly = curated == true,
            English = string.Equals(lang, "en", StringComparison.OrdinalIgnoreCase),
        };
        var dossier = await new DossierBuilder(knowledge, clock).BuildAsync(request, cancellationToken).ConfigureAwait(false);
        var name = $"dossier-{request.Partner}";
        switch (kind)
        {
            case "md":
                return TypedResults.File(Encoding.UTF8.GetBytes(MarkdownDossierWriter.Write(dossier)), "text/markdown; charset=utf-8", name + ".md");
            case "docx":
                using (var stream = new MemoryStream())
                {
                    DocxDossierWriter.Write(dossier, stream);
                    return TypedResults.File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx");
                }

            case "pdf":
                var pdf = Path.Combine(Path.GetTempPath(), "hoptac-dossier-" + Guid.NewGuid().ToString("N") + ".pdf");
                try
                {
                    var failure = await ChromiumPdfPrinter.PrintAsync(HtmlDossierWriter.Write(dossier), pdf, null, TimeSpan.FromMinutes(2), cancellationToken).ConfigureAwait(false);
                    return failure is null
                        ? TypedResults.File(await File.ReadAllBytesAsync(pdf, cancellationToken).ConfigureAwait(false), "application/pdf", name + ".pdf")
                        : TypedResults.Problem(failure, statusCode: StatusCodes.Status503ServiceUnavailable);
                }
                finally
                {
                    File.Delete(pdf);
                }

            default:
                // The strict policy forbids inline styles; the dossier's own style element is allowed by its hash.
                response.Headers.ContentSecurityPolicy = Hosting.SecurityHeaders.StrictPolicy.Replace(
                    "style-src 'self'", "style-src 'self' " + HtmlDossierWriter.StyleSource, StringComparison.Ordinal);
                return TypedResults.File(Encoding.UTF8.GetBytes(HtmlDossierWriter.Write(dossier)), "text/html; charset=utf-8");
        }
    }
}
