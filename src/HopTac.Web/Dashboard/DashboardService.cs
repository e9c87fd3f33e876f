using HopTac.Storage;
using HopTac.Storage.Knowledge;

namespace HopTac.Web.Dashboard;

/// <summary>
/// Builds the dashboard from the knowledge base (one timeline per partner, facts counted once by id) and one pass
/// over the pages' publication dates, cached briefly: a team server's dashboard is opened far more often than pages
/// are ingested, and a build reads every partner's timeline.
/// </summary>
internal sealed class DashboardService(IPageStore store, IKnowledgeBase knowledge, TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    /// <summary>Partners whose timelines are read; the table shows 25, the rest only add to the totals.</summary>
    private const int MaxPartners = 300;

    private const int LatestEvents = 10;

    private readonly SemaphoreSlim gate = new(1, 1);
    private (DashboardModel Model, DateTimeOffset At)? cached;

    public async Task<DashboardModel> GetAsync(CancellationToken cancellationToken)
    {
        if (cached is { } c && clock.GetUtcNow() - c.At < CacheFor)
        {
            return c.Model;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (cached is { } again && clock.GetUtcNow() - again.At < CacheFor)
            {
                return again.Model;
            }

            var model = await BuildAsync(cancellationToken).ConfigureAwait(false);
            cached = (model, clock.GetUtcNow());
            return model;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Forgets the cached dashboard, so a curation shows on the next visit.</summary>
    public void Invalidate() => cached = null;

    private async Task<DashboardModel> BuildAsync(CancellationToken cancellationToken)
    {
        var stats = await store.GetStatsAsync(cancellationToken).ConfigureAwait(false);
        var years = new SortedDictionary<string, (int Pages, int Events, int Agreements)>(StringComparer.Ordinal);
        await foreach (var page in store.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            var year = YearOf(page.Record.Published);
            years[year] = Add(years.GetValueOrDefault(year), 1, 0, 0);
        }

        var events = new Dictionary<string, TimelineEvent>(StringComparer.Ordinal);
        var agreements = new Dictionary<string, TimelineAgreement>(StringComparer.Ordinal);
        var figures = new HashSet<string>(StringComparer.Ordinal);
        var partners = new List<PartnerFactCount>();
        foreach (var partner in (await knowledge.ListPartnersAsync(cancellationToken).ConfigureAwait(false)).Take(MaxPartners))
        {
            var timeline = await knowledge.GetTimelineAsync(new TimelineQuery(partner.Code), cancellationToken).ConfigureAwait(false);
            foreach (var e in timeline.Events)
            {
                events.TryAdd(e.Id, e);
            }

            foreach (var a in timeline.Agreements)
            {
                agreements.TryAdd(a.Id, a);
            }

            figures.UnionWith(timeline.Figures.Select(f => f.Id));
            var pages = timeline.Events.SelectMany(e => e.Sources).Concat(timeline.Agreements.SelectMany(a => a.Sources)).Select(s => s.Page).Distinct().Count();
            partners.Add(new PartnerFactCount(partner.Code, pages, partner.Events, partner.Agreements));
        }

        foreach (var e in events.Values)
        {
            var y = YearOf(e.Date);
            years[y] = Add(years.GetValueOrDefault(y), 0, 1, 0);
        }

        foreach (var a in agreements.Values)
        {
            var y = YearOf(a.Date);
            years[y] = Add(years.GetValueOrDefault(y), 0, 0, 1);
        }

        return new DashboardModel(
            stats,
            new FactTotals(events.Count, agreements.Count, figures.Count),
            years.Select(kv => new YearCount(kv.Key, kv.Value.Pages, kv.Value.Events, kv.Value.Agreements)).ToList(),
            partners.OrderByDescending(p => p.Events + p.Agreements).ThenBy(p => p.Code, StringComparer.Ordinal).ToList(),
            await knowledge.LatestEventsAsync(LatestEvents, cancellationToken).ConfigureAwait(false));
    }

    public void Dispose() => gate.Dispose();

    private static (int, int, int) Add((int Pages, int Events, int Agreements) value, int pages, int events, int agreements) =>
        (value.Pages + pages, value.Events + events, value.Agreements + agreements);

    /// <summary>The year of an ISO date or range ("2021-09", "2021/2025" → "2021"); "unknown" for none or a yearless date.</summary>
    internal static string YearOf(string? date) =>
        date is { Length: >= 4 } d && d.AsSpan(0, 4).ContainsAnyExceptInRange('0', '9') == false ? d[..4] : "unknown";
}
