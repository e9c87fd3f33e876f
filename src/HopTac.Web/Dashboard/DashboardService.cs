using HopTac.Core.Extraction.Dates;
using HopTac.Storage;
using HopTac.Storage.Knowledge;

namespace HopTac.Web.Dashboard;

/// <summary>
/// Builds the dashboard from the knowledge base's aggregate counts (each consolidated fact once) and the store's
/// statistics, cached briefly: a team server's dashboard is opened far more often than pages are ingested.
/// </summary>
internal sealed class DashboardService(IPageStore store, IKnowledgeBase knowledge, TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

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

    private long generation;

    /// <summary>Counts invalidations: other caches of knowledge-base views (partner pages) key on it.</summary>
    public long Generation => Interlocked.Read(ref generation);

    /// <summary>Forgets the cached dashboard (and, through <see cref="Generation"/>, cached partner pages), so a curation shows on the next visit.</summary>
    public void Invalidate()
    {
        cached = null;
        Interlocked.Increment(ref generation);
    }

    private async Task<DashboardModel> BuildAsync(CancellationToken cancellationToken)
    {
        var stats = await store.GetStatsAsync(cancellationToken).ConfigureAwait(false);
        var counts = await knowledge.GetCountsAsync(cancellationToken).ConfigureAwait(false);
        return new DashboardModel(
            stats,
            new FactTotals(counts.Events, counts.Agreements, counts.Figures),
            counts.Years,
            counts.Partners,
            await knowledge.LatestEventsAsync(LatestEvents, cancellationToken).ConfigureAwait(false));
    }

    public void Dispose() => gate.Dispose();

    /// <summary>
    /// The one year an ISO date lies in ("2021-09", "2021-10/2021-12" → "2021"), as the knowledge base counts years;
    /// "unknown" for none, a yearless date, or a span across years.
    /// </summary>
    internal static string YearOf(string? date) =>
        PartialDate.Parse(date)?.SingleYear is { } year ? year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) : "unknown";
}
