using HopTac.Storage;
using HopTac.Storage.Knowledge;

namespace HopTac.Web.Dashboard;

/// <summary>Counts per year and per partner, read from the stored pages' own facts, and the latest events.</summary>
internal sealed record DashboardModel(
    StoreStats Stats,
    IReadOnlyList<YearCount> Years,
    IReadOnlyList<PartnerPageCount> Partners,
    IReadOnlyList<PartnerCount> ConsolidatedPartners,
    IReadOnlyList<TimelineEvent> LatestEvents,
    IReadOnlyList<PageEvent> LatestPageEvents);

/// <summary>Pages published, and events and agreements dated, in one year.</summary>
internal sealed record YearCount(string Year, int Pages, int Events, int Agreements);

/// <summary>Pages, events and agreements on the stored pages that name a partner.</summary>
internal sealed record PartnerPageCount(string Code, int Pages, int Events, int Agreements);

/// <summary>An event as one page reports it (before consolidation).</summary>
internal sealed record PageEvent(long PageId, string? PageTitle, string Type, string? Date, IReadOnlyList<string> Actors, string Evidence);
