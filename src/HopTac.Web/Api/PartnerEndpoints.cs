using System.Globalization;
using System.Text;
using System.Text.Json;
using HopTac.Core.Extraction.Dates;
using HopTac.Export;
using HopTac.Storage.Knowledge;
using HopTac.Web.Dashboard;
using HopTac.Web.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HopTac.Web.Api;

/// <summary>Partners: the list, one partner's overview, its timeline (the JSON of <c>hoptac timeline</c>) and the timeline's export.</summary>
internal static class PartnerEndpoints
{
    public static IEndpointRouteBuilder MapPartnerEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/partners").WithTags("Partners");
        group.MapGet("/", ListAsync).WithName("ListPartners");
        group.MapGet("/{code}", GetAsync).WithName("GetPartner").WithSummary("One partner's counts and people; the partner by code (RU) or name (Nga, Russia).");
        group.MapGet("/{code}/timeline", TimelineAsync).WithName("GetTimeline").WithSummary("Events, agreements and figures in date order (snake_case Timeline).");
        group.MapGet("/{code}/timeline/export", ExportAsync).WithName("ExportTimeline").WithSummary("The timeline as CSV or JSON Lines (format=csv|jsonl).");
        return app;
    }

    private static async Task<Ok<PartnersResponse>> ListAsync(IKnowledgeBase knowledge, CancellationToken cancellationToken) =>
        TypedResults.Ok(new PartnersResponse(await knowledge.ListPartnersAsync(cancellationToken).ConfigureAwait(false)));

    private static async Task<Results<Ok<PartnerOverview>, ValidationProblem, ProblemHttpResult>> GetAsync(
        string code, PartnerPageCache partners, CancellationToken cancellationToken)
    {
        if (PartnerResolution.Resolve(code) is not { } partner)
        {
            return ApiProblems.InvalidPartner();
        }

        var overview = await partners.OverviewAsync(partner, cancellationToken).ConfigureAwait(false);
        return overview is null ? ApiProblems.NotFound($"no consolidated fact names the partner {partner}") : TypedResults.Ok(overview);
    }

    // Serialised with the knowledge base's own options, not the app's: a script reading this endpoint and one reading
    // `hoptac timeline --format json` must see the same bytes (enums, nulls and escaping included).
    private static async Task<Results<JsonHttpResult<Timeline>, ValidationProblem>> TimelineAsync(
        string code, string? from, string? to, string? area, string? type, PartnerPageCache partners, CancellationToken cancellationToken)
    {
        var (query, problems) = Query(code, from, to, area, type);
        return query is null
            ? ApiProblems.Invalid(problems)
            : TypedResults.Json(await partners.TimelineAsync(query, cancellationToken).ConfigureAwait(false), KnowledgeJson.Options);
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportAsync(
        string code, string? from, string? to, string? area, string? type, string? format, PartnerPageCache partners, CancellationToken cancellationToken)
    {
        var kind = ExportKind.Parse(format);
        if (kind is null)
        {
            return ApiProblems.Invalid("format", "csv or jsonl");
        }

        var (query, problems) = Query(code, from, to, area, type);
        if (query is null)
        {
            return ApiProblems.Invalid(problems);
        }

        var timeline = await partners.TimelineAsync(query, cancellationToken).ConfigureAwait(false);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        if (kind == ExportKind.Csv)
        {
            var csv = new CsvWriter(writer);
            // year_known and date_text come last, so that readers of the older columns are not disturbed.
            // evidence (one sentence per source, in step with source_list) comes last for the same reason.
            csv.WriteRow(["kind", "id", "type", "date", "label", "actors", "status", "sources", "first_source", "year_known", "date_text", "source_list", "evidence"]);
            foreach (var e in timeline.Events)
            {
                csv.WriteRow(["event", e.Id, e.Type, e.Date, string.Join("; ", e.Participants), string.Join(' ', e.Actors), e.Status, Count(e.Sources), First(e.Sources), Known(e.YearKnown), e.DateText, Sources(e.Sources), Evidence(e.Sources)]);
            }

            foreach (var a in timeline.Agreements)
            {
                csv.WriteRow(["agreement", a.Id, a.Type, a.Date, a.Title, string.Join(' ', a.Actors), a.Status, Count(a.Sources), First(a.Sources), Known(a.YearKnown), a.DateText, Sources(a.Sources), Evidence(a.Sources)]);
            }

            foreach (var f in timeline.Figures)
            {
                csv.WriteRow(["figure", f.Id, f.Unit, f.Date, f.Text, string.Empty, f.Status, Count(f.Sources), First(f.Sources), Known(f.Date is not null), DateWording.Write(f.Date, vietnamese: true), Sources(f.Sources), Evidence(f.Sources)]);
            }
        }
        else
        {
            var options = KnowledgeJson.Options;
            foreach (var e in timeline.Events)
            {
                writer.Write(JsonSerializer.Serialize(new { kind = "event", item = e }, options));
                writer.Write('\n');
            }

            foreach (var a in timeline.Agreements)
            {
                writer.Write(JsonSerializer.Serialize(new { kind = "agreement", item = a }, options));
                writer.Write('\n');
            }

            foreach (var f in timeline.Figures)
            {
                writer.Write(JsonSerializer.Serialize(new { kind = "figure", item = f }, options));
                writer.Write('\n');
            }
        }

        return TypedResults.File(ExportKind.Bytes(kind, writer.ToString()), ExportKind.ContentType(kind), $"timeline-{query.Partner}.{kind}");
    }

    internal static (TimelineQuery? Query, Dictionary<string, string[]> Problems) Query(string code, string? from, string? to, string? area, string? type)
    {
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var partner = PartnerResolution.Resolve(code);
        if (partner is null)
        {
            problems["code"] = ["a partner's name or code such as Nga, Belarus, JP, ASEAN"];
        }

        if (!string.IsNullOrWhiteSpace(from) && !SearchService.IsDateFilter(from.Trim()))
        {
            problems["from"] = ["a date as YYYY, YYYY-MM or YYYY-MM-DD"];
        }

        if (!string.IsNullOrWhiteSpace(to) && !SearchService.IsDateFilter(to.Trim()))
        {
            problems["to"] = ["a date as YYYY, YYYY-MM or YYYY-MM-DD"];
        }

        if (area is { Length: > 40 } || type is { Length: > 40 })
        {
            problems["filter"] = ["area and type are short names"];
        }

        return problems.Count > 0
            ? (null, problems)
            : (new TimelineQuery(partner!, Blank(from), Blank(to), Blank(area), Blank(type)), problems);
    }

    private static string Sources(IReadOnlyList<FactSource> sources) => string.Join('\n', sources.Select(s => s.Source));

    private static string Evidence(IReadOnlyList<FactSource> sources) => string.Join('\n', sources.Select(s => s.Evidence));

    private static string Known(bool yearKnown) => yearKnown ? "true" : "false";

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Count(IReadOnlyList<FactSource> sources) => sources.Count.ToString(CultureInfo.InvariantCulture);

    private static string? First(IReadOnlyList<FactSource> sources) => sources.Count > 0 ? sources[0].Source : null;
}
