using HopTac.Storage;
using HopTac.Storage.Knowledge;

namespace HopTac.Web.Dashboard;

/// <summary>
/// What the dashboard shows: store counts, consolidated fact counts, per-year and per-partner counts of consolidated
/// facts (each real-world event once, however many pages report it), and the latest consolidated events.
/// </summary>
internal sealed record DashboardModel(
    StoreStats Stats,
    FactTotals Facts,
    IReadOnlyList<YearCount> Years,
    IReadOnlyList<PartnerFactCount> Partners,
    IReadOnlyList<TimelineEvent> LatestEvents);

/// <summary>Distinct consolidated events, agreements and figures that name at least one partner (rejected facts left out).</summary>
internal sealed record FactTotals(int Events, int Agreements, int Figures);

/// <summary>Pages published, and consolidated events and agreements dated, in one year ("unknown" for undated).</summary>
internal sealed record YearCount(string Year, int Pages, int Events, int Agreements);

/// <summary>A partner's consolidated events and agreements, and how many distinct pages support them.</summary>
internal sealed record PartnerFactCount(string Code, int Pages, int Events, int Agreements);
