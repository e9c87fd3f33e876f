using System.Globalization;
using HopTac.Core.Partners;
using HopTac.Storage;
using HopTac.Web.Search;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HopTac.Web.Pages;

internal sealed class SearchModel(SearchService search) : PageModel
{
    public static readonly IReadOnlyList<string> Areas =
    [
        "health", "vaccines", "pharmaceuticals", "medical_equipment", "medical_services", "oncology", "maternal_child_health", "rare_diseases",
        "infectious_diseases", "digital_health", "medical_tourism", "hospital_management", "biotechnology", "education_training", "research_science",
        "trade_investment", "energy", "nuclear_energy", "defense_security", "agriculture", "tourism", "culture_people", "drug_control", "environment",
    ];

    public static readonly IReadOnlyList<string> EventTypes = ["talks", "meeting", "call", "visit", "signing", "conference", "aid", "partnership", "other"];

    public SearchRequest Criteria { get; private set; } = new(null, null, null, null, null, null, null);

    /// <summary>Results a page of the search shows.</summary>
    public const int PageSize = 50;

    public SearchResults? Hits { get; private set; }

    public IReadOnlyDictionary<string, string[]> Problems { get; private set; } = new Dictionary<string, string[]>();

    /// <summary>Partners whose names begin like the partner typed, when it names none: offered as links.</summary>
    public IReadOnlyList<PartnerName> PartnerHints { get; private set; } = [];

    /// <summary>This search's address with the partner facet set to <paramref name="code"/> (from its first page).</summary>
    public string WithPartner(string code) => "/search" + Query(("partner", code));

    public async Task OnGetAsync(string? q, string? partner, string? area, string? type, string? from, string? to, int? offset, CancellationToken cancellationToken)
    {
        Criteria = new SearchRequest(q, partner, area, type, ReaderDates.ToIso(from), ReaderDates.ToIso(to), PageSize, offset);
        if (string.IsNullOrWhiteSpace(q) && string.IsNullOrWhiteSpace(partner) && string.IsNullOrWhiteSpace(area) && string.IsNullOrWhiteSpace(type))
        {
            return;
        }

        var (query, problems) = search.Build(Criteria, requireText: false);
        Problems = problems;
        if (problems.ContainsKey("partner"))
        {
            PartnerHints = PartnerResolution.Suggest(partner);
        }

        if (query is not null)
        {
            Hits = await search.RunAsync(query, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>This search at another offset (every other parameter kept): the target of a page link.</summary>
    public string PageUrl(int offset) => "/search" + Query(("offset", offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The export of this whole search (from the first result, whatever page is shown).</summary>
    public string ExportUrl(string format) => "/api/search/export" + Query(("format", format));

    /// <summary>The form that saves this search as a watchlist (without the offset: a watchlist is the whole search).</summary>
    public string WatchlistUrl() => "/watchlists" + Query(null);

    /// <summary>The offsets of the result pages to link: all when few, else the first, the last and those around this one.</summary>
    public static IReadOnlyList<int?> PageOffsets(SearchResults results)
    {
        var pages = (Math.Min(results.Total, SearchQuery.MaxOffset + PageSize) + PageSize - 1) / PageSize;
        var current = results.Offset / PageSize;
        var shown = Enumerable.Range(0, pages).Where(p => pages <= 10 || p == 0 || p == pages - 1 || Math.Abs(p - current) <= 2).ToList();
        var links = new List<int?>();
        for (var i = 0; i < shown.Count; i++)
        {
            if (i > 0 && shown[i] != shown[i - 1] + 1)
            {
                links.Add(null); // a gap, shown as an ellipsis
            }

            links.Add(shown[i] * PageSize);
        }

        return links;
    }

    private string Query((string Name, string Value)? replaced)
    {
        var pairs = Request.Query
            .Where(p => !string.Equals(p.Key, "offset", StringComparison.OrdinalIgnoreCase) && !string.Equals(p.Key, replaced?.Name, StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)));
        if (replaced is { } pair)
        {
            pairs = pairs.Append(new KeyValuePair<string, string?>(pair.Name, pair.Value));
        }

        return QueryString.Create(pairs).ToUriComponent();
    }
}
