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

    public IReadOnlyList<SearchHit>? Hits { get; private set; }

    public IReadOnlyDictionary<string, string[]> Problems { get; private set; } = new Dictionary<string, string[]>();

    /// <summary>Partners whose names begin like the partner typed, when it names none: offered as links.</summary>
    public IReadOnlyList<PartnerName> PartnerHints { get; private set; } = [];

    /// <summary>This search's address with the partner facet set to <paramref name="code"/>.</summary>
    public string WithPartner(string code)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(Request.QueryString.Value)
            .Where(p => !string.Equals(p.Key, "partner", StringComparison.Ordinal))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .Append(new KeyValuePair<string, string?>("partner", code));
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/search", query);
    }

    public async Task OnGetAsync(string? q, string? partner, string? area, string? type, string? from, string? to, CancellationToken cancellationToken)
    {
        Criteria = new SearchRequest(q, partner, area, type, ReaderDates.ToIso(from), ReaderDates.ToIso(to), 50);
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
}
