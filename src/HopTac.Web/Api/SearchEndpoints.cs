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
        group.MapGet("/", SearchAsync).WithName("Search").WithSummary("Full-text search (with or without diacritics) with facets.");
        group.MapGet("/export", ExportAsync).WithName("ExportSearch").WithSummary("Search results as CSV or JSON Lines (format=csv|jsonl).");
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

        var hits = await search.RunAsync(query, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new SearchResponse(query.Text, hits.Count, hits.Select(ToResult).ToList()));
    }

    // An export without a limit takes the most the search gives (MaxResults), not the page size of 20, and says in a
    // header when that bound cut the result.
    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportAsync(
        [AsParameters] SearchParameters parameters, string? format, SearchService search, IOptions<JsonOptions> json,
        IOptions<Hosting.HopTacWebOptions> options, HttpResponse response, CancellationToken cancellationToken)
    {
        parameters = parameters with { Limit = parameters.Limit ?? options.Value.MaxResults };
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

        var hits = await search.RunAsync(query, cancellationToken).ConfigureAwait(false);
        if (hits.Count >= query.Limit)
        {
            response.Headers["X-HopTac-Truncated"] = query.Limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var results = hits.Select(ToResult).ToList();
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
internal sealed record SearchParameters(string? Q, string? Partner, string? Area, string? Type, string? From, string? To, int? Limit)
{
    public SearchRequest ToRequest() => new(Q, Partner, Area, Type, From, To, Limit);
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
