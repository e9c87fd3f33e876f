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
    IReadOnlyList<YearFactCount> Years,
    IReadOnlyList<PartnerPageCount> Partners,
    IReadOnlyList<TimelineEvent> LatestEvents);

/// <summary>Distinct consolidated events, agreements and figures that name at least one partner (rejected facts left out).</summary>
internal sealed record FactTotals(int Events, int Agreements, int Figures);
