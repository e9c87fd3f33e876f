using System.Text;
using HopTac.Export;
using HopTac.Export.Facts;
using HopTac.Storage;
using HopTac.Storage.Facts;
using HopTac.Web.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HopTac.Web.Api;

/// <summary>
/// GET /api/facts/export?format=csv|jsonl|xlsx[&amp;all=true][&amp;partner=RU][&amp;area=health]: the consolidated
/// facts after curation, as <c>hoptac export --facts</c> writes them. CSV and JSON Lines stream to the response; XLSX
/// is built in a temporary file first (its zip directory is written last) and then sent.
/// </summary>
internal static class FactExportEndpoints
{
    public static IEndpointRouteBuilder MapFactExportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/facts/export", ExportAsync).WithTags("Facts").WithName("ExportFacts")
            .WithSummary("Every consolidated fact after curation (rejected ones only with all=true), as CSV (BOM), JSON Lines or XLSX.");
        return app;
    }

    private static async Task<Results<EmptyHttpResult, FileStreamHttpResult, ValidationProblem>> ExportAsync(
        string? format, bool? all, string? partner, string? area, HttpContext context, IPageStore store, CancellationToken cancellationToken)
    {
        var kind = format?.Trim().ToLowerInvariant() switch
        {
            null or "" or "csv" => ExportFormat.Csv,
            "jsonl" => ExportFormat.Jsonl,
            "xlsx" => ExportFormat.Xlsx,
            _ => (ExportFormat?)null,
        };
        if (kind is null)
        {
            return ApiProblems.Invalid("format", "csv, jsonl or xlsx");
        }

        if (!string.IsNullOrWhiteSpace(partner) && !SearchService.IsPartnerCode(partner.Trim()))
        {
            return ApiProblems.InvalidPartner();
        }

        if (area is { Length: > 40 })
        {
            return ApiProblems.Invalid("area", "an area name such as health");
        }

        var query = new FactQuery { IncludeRejected = all == true, Partner = partner, Area = area };
        if (kind == ExportFormat.Xlsx)
        {
            var path = Path.Combine(Path.GetTempPath(), "hoptac-facts-" + Guid.NewGuid().ToString("N") + ".xlsx");
            var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
            await Task.Run(() => FactExporter.WriteXlsx(k => store.Facts.ReadAsync(query with { Kinds = [k] }, cancellationToken), file, cancellationToken), cancellationToken).ConfigureAwait(false);
            file.Position = 0;
            return TypedResults.File(file, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "facts.xlsx");
        }

        var response = context.Response;
        response.ContentType = kind == ExportFormat.Csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=facts.{(kind == ExportFormat.Csv ? "csv" : "jsonl")}";
        var writer = new StreamWriter(response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: kind == ExportFormat.Csv), 16384, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            await FactExporter.WriteTextAsync(store.Facts.ReadAsync(query, cancellationToken), kind.Value, writer, cancellationToken).ConfigureAwait(false);
        }

        return TypedResults.Empty;
    }
}
