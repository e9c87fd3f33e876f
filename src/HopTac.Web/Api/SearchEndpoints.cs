using System.Text;
using System.Text.Json;
using HopTac.Export;
using HopTac.Storage;
using HopTac.Web.Search;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace HopTac.Web.Api;

/// <summary>GET /api/search and its export (CSV, JSON Lines).</summary>
internal static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/search").WithTags("Search");
        group.MapGet("/", SearchAsync).WithName("Search").WithSummary("Full-text search (with or without diacritics) with facets: one page of results (offset, limit) and the total number of matches (exact up to 10,000; when total_is_exact is false, at least total pages match and the results page to total).");
        group.MapGet("/export", ExportAsync).WithName("ExportSearch").WithSummary("Every search result as CSV or JSON Lines (format=csv|jsonl), from offset on.");
        return app;
    }

    private static async Task<Results<Ok<SearchResponse>, ValidationProblem>> SearchAsync(
        [AsParameters] SearchParameters parameters, SearchService search, CancellationToken cancellationToken)
    {
        var (query, problems) = search.Build(parameters.ToRequest(), requireText: false);
        if (query is null)
        {
            return ApiProblems.Invalid(problems);
        }

        var page = await search.RunAsync(query, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new SearchResponse(query.Text, page.Total, page.TotalIsExact, page.Offset, page.Limit, page.Count, page.Select(ToResult).ToList()));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportAsync(
        [AsParameters] SearchParameters parameters, string? format, SearchService search, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var kind = ExportKind.Parse(format);
        if (kind is null)
        {
            return ApiProblems.Invalid("format", "csv or jsonl");
        }

        var (query, problems) = search.Build(parameters.ToRequest(), requireText: false);
        if (query is null)
        {
            return ApiProblems.Invalid(problems);
        }

        // Every match, page after page (no silent cap below the store's deepest offset): an export is the whole result.
        var results = new List<SearchResult>();
        const int limit = 200; // the most hits a store returns at once
        for (var offset = query.Offset; ; offset += limit)
        {
            var page = await search.RunAsync(query with { Limit = limit, Offset = offset }, cancellationToken).ConfigureAwait(false);
            results.AddRange(page.Select(ToResult));
            if (page.Count == 0 || offset + page.Count >= page.Total || offset + limit > SearchQuery.MaxOffset)
            {
                break;
            }
        }
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        if (kind == ExportKind.Csv)
        {
            var csv = new CsvWriter(writer);
            csv.WriteRow(["id", "title", "published", "source", "snippet"]);
            foreach (var r in results)
            {
                csv.WriteRow([r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Title, r.Published, r.Source, r.Snippet]);
            }
        }
        else
        {
            foreach (var r in results)
            {
                writer.Write(JsonSerializer.Serialize(r, json.Value.SerializerOptions));
                writer.Write('\n');
            }
        }

        return TypedResults.File(ExportKind.Bytes(kind, writer.ToString()), ExportKind.ContentType(kind), "search." + kind);
    }

    internal static SearchResult ToResult(SearchHit hit) =>
        new(hit.PageId, hit.Title, hit.Snippet.Text, hit.Source, hit.Published, hit.Rank, hit.Snippet.Highlights);
}

/// <summary>Query-string parameters of a search.</summary>
internal sealed record SearchParameters(string? Q, string? Partner, string? Area, string? Type, string? From, string? To, int? Limit, int? Offset)
{
    public SearchRequest ToRequest() => new(Q, Partner, Area, Type, From, To, Limit, Offset);
}

/// <summary>The two export formats.</summary>
internal static class ExportKind
{
    public const string Csv = "csv";
    public const string JsonLines = "jsonl";

    public static string? Parse(string? format) => format?.Trim().ToLowerInvariant() switch
    {
        null or "" or "csv" => Csv,
        "jsonl" or "jsonlines" or "ndjson" => JsonLines,
        _ => null,
    };

    public static string ContentType(string kind) => kind == Csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8";

    /// <summary>The body's bytes: a CSV starts with the UTF-8 BOM, without which Excel reads Vietnamese as mojibake.</summary>
    public static byte[] Bytes(string kind, string text) =>
        kind == Csv ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);
}
