using System.Text.RegularExpressions;
using HopTac.Core.Extraction.Dates;
using HopTac.Storage;
using HopTac.Web.Hosting;
using Microsoft.Extensions.Options;

namespace HopTac.Web.Search;

/// <summary>Validates a search request and runs it on the store; problems are values keyed by parameter name.</summary>
internal sealed partial class SearchService(IPageStore store, IOptions<HopTacWebOptions> options)
{
    [GeneratedRegex("^[A-Za-z0-9]{2,10}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[a-z_]{2,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    public static bool IsPartnerCode(string? code) => code is not null && CodePattern().IsMatch(code);

    /// <summary>A date filter: a dated point (YYYY, YYYY-MM, YYYY-MM-DD), read by the one date parser.</summary>
    public static bool IsDateFilter(string? value) => PartialDate.Parse(value) is { HasYear: true, IsRange: false };

    /// <summary>The store query, or the problems (parameter → messages) that stop it.</summary>
    public (SearchQuery? Query, Dictionary<string, string[]> Problems) Build(SearchRequest request, bool requireText)
    {
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var text = request.Q?.Trim() ?? string.Empty;
        var max = options.Value.MaxQueryLength;
        if (text.Length > max)
        {
            problems["q"] = [$"at most {max} characters"];
        }

        var partner = PartnerResolution.Resolve(request.Partner);
        var area = Blank(request.Area);
        var type = Blank(request.Type);
        var from = Blank(request.From);
        var to = Blank(request.To);
        if (partner is null && Blank(request.Partner) is { } typed)
        {
            var hints = PartnerResolution.Suggest(typed).Select(p => p.Code).ToList();
            problems["partner"] = hints.Count > 0 ? [$"no partner is named '{typed}'; close names: {string.Join(", ", hints)}"] : ["a partner's name or code such as Nga, Belarus, JP, ASEAN"];
        }

        if (area is not null && !NamePattern().IsMatch(area))
        {
            problems["area"] = ["an area name such as health or vaccines"];
        }

        if (type is not null && !NamePattern().IsMatch(type))
        {
            problems["type"] = ["an event type such as visit or signing"];
        }

        if (from is not null && !IsDateFilter(from))
        {
            problems["from"] = ["a date as YYYY, YYYY-MM or YYYY-MM-DD"];
        }

        if (to is not null && !IsDateFilter(to))
        {
            problems["to"] = ["a date as YYYY, YYYY-MM or YYYY-MM-DD"];
        }

        if (request.Limit is { } limit && (limit < 1 || limit > options.Value.MaxResults))
        {
            problems["limit"] = [$"from 1 to {options.Value.MaxResults}"];
        }

        if (request.Offset is { } offset && (offset < 0 || offset > SearchQuery.MaxOffset))
        {
            problems["offset"] = [$"from 0 to {SearchQuery.MaxOffset}"];
        }

        var query = new SearchQuery(text, from, to, request.Limit ?? 20)
        {
            Partner = partner, Area = area, EventType = type, Offset = request.Offset ?? 0,
        };
        if (text.Length == 0 && (requireText || !query.HasFacets) && !problems.ContainsKey("q"))
        {
            problems["q"] = [requireText ? "give words to search for" : "give words to search for, or a partner, area or event type"];
        }

        return problems.Count > 0 ? (null, problems) : (query, problems);
    }

    public Task<SearchResults> RunAsync(SearchQuery query, CancellationToken cancellationToken) => store.SearchAsync(query, cancellationToken);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
