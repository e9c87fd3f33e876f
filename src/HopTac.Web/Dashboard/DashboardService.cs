using HopTac.Storage;
using HopTac.Storage.Knowledge;

namespace HopTac.Web.Dashboard;

/// <summary>
/// Builds the dashboard from one pass over the current pages, cached briefly: a team server's dashboard is opened
/// far more often than pages are ingested, and a pass reads every record.
/// </summary>
internal sealed class DashboardService(IPageStore store, IKnowledgeBase knowledge, TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
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

    private async Task<DashboardModel> BuildAsync(CancellationToken cancellationToken)
    {
        var stats = await store.GetStatsAsync(cancellationToken).ConfigureAwait(false);
        var years = new SortedDictionary<string, (int Pages, int Events, int Agreements)>(StringComparer.Ordinal);
        var partners = new Dictionary<string, (int Pages, int Events, int Agreements)>(StringComparer.Ordinal);
        var pageEvents = new List<PageEvent>();
        await foreach (var page in store.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            var record = page.Record;
            var year = YearOf(record.Published);
            years[year] = Add(years.GetValueOrDefault(year), 1, 0, 0);
            var named = new HashSet<string>(StringComparer.Ordinal);
            foreach (var e in record.Events)
            {
                var y = YearOf(e.Date ?? record.Published);
                years[y] = Add(years.GetValueOrDefault(y), 0, 1, 0);
                foreach (var actor in e.Actors.Distinct(StringComparer.Ordinal))
                {
                    partners[actor] = Add(partners.GetValueOrDefault(actor), 0, 1, 0);
                    named.Add(actor);
                }

                pageEvents.Add(new PageEvent(page.Id, record.Title, e.Type, e.Date, e.Actors, e.Evidence));
            }

            foreach (var a in record.Agreements)
            {
                var y = YearOf(a.Date ?? record.Published);
                years[y] = Add(years.GetValueOrDefault(y), 0, 0, 1);
                foreach (var actor in a.Actors.Distinct(StringComparer.Ordinal))
                {
                    partners[actor] = Add(partners.GetValueOrDefault(actor), 0, 0, 1);
                    named.Add(actor);
                }
            }

            foreach (var actor in named)
            {
                partners[actor] = Add(partners[actor], 1, 0, 0);
            }
        }

        var latestPageEvents = pageEvents
            .Where(e => e.Date is { Length: >= 4 } d && char.IsAsciiDigit(d[0]))
            .OrderByDescending(e => e.Date, StringComparer.Ordinal)
            .ThenByDescending(e => e.PageId)
            .Take(10)
            .ToList();
        return new DashboardModel(
            stats,
            years.Select(kv => new YearCount(kv.Key, kv.Value.Pages, kv.Value.Events, kv.Value.Agreements)).ToList(),
            partners.Select(kv => new PartnerPageCount(kv.Key, kv.Value.Pages, kv.Value.Events, kv.Value.Agreements))
                .OrderByDescending(p => p.Pages).ThenBy(p => p.Code, StringComparer.Ordinal).ToList(),
            await knowledge.ListPartnersAsync(cancellationToken).ConfigureAwait(false),
            await knowledge.LatestEventsAsync(10, cancellationToken).ConfigureAwait(false),
            latestPageEvents);
    }

    public void Dispose() => gate.Dispose();

    private static (int, int, int) Add((int Pages, int Events, int Agreements) value, int pages, int events, int agreements) =>
        (value.Pages + pages, value.Events + events, value.Agreements + agreements);

    /// <summary>The year of an ISO date or range ("2021-09", "2021/2025" → "2021"); "unknown" for none or a yearless date.</summary>
    internal static string YearOf(string? date) =>
        date is { Length: >= 4 } d && d.AsSpan(0, 4).ContainsAnyExceptInRange('0', '9') == false ? d[..4] : "unknown";
}
