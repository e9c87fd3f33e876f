using HopTac.Storage.Knowledge;
using Microsoft.Extensions.Caching.Memory;

namespace HopTac.Web.Dashboard;

/// <summary>
/// A partner's timelines (per filter) and its overview, kept briefly: reading the whole timeline of a large partner
/// costs the store far more than rendering it, and a partner is opened (its page, each page of its lists, its API
/// and exports) far more often than pages are ingested. The overview is kept per partner alone, so a date filter
/// reads only its own timeline, never the whole one again; requests arriving while a value is being read wait for
/// that one read instead of starting their own. Dropped when a curation invalidates the dashboard (its generation)
/// and after <see cref="CacheFor"/> in any case, so pages ingested by another process show within that time.
/// </summary>
internal sealed class PartnerPageCache(IKnowledgeBase knowledge, DashboardService dashboard, TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    // Bounded: one entry per (partner, filter) asked for; a crawler walking every filter cannot grow it further.
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 256, Clock = new SystemClockAdapter(clock) });

    /// <summary>The timeline the query asks for and the partner's overview (null when nothing names it).</summary>
    public async Task<(Timeline Timeline, PartnerOverview? Overview)> GetAsync(TimelineQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var timeline = await TimelineAsync(query, cancellationToken).ConfigureAwait(false);
        var overview = await OverviewAsync(query.Partner, cancellationToken).ConfigureAwait(false);
        return (timeline, overview);
    }

    /// <summary>The timeline of <paramref name="query"/>, the same object <see cref="IKnowledgeBase.GetTimelineAsync"/> returns.</summary>
    public Task<Timeline> TimelineAsync(TimelineQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return SharedAsync(("timeline", query.Partner, query.From, query.To, query.Area, query.Type, dashboard.Generation),
            () => knowledge.GetTimelineAsync(query, CancellationToken.None), cancellationToken);
    }

    /// <summary>The partner's overview (unfiltered counts and people), null when nothing names it.</summary>
    public Task<PartnerOverview?> OverviewAsync(string partner, CancellationToken cancellationToken) =>
        SharedAsync(("overview", partner, null as string, null as string, null as string, null as string, dashboard.Generation),
            () => knowledge.GetPartnerAsync(partner, CancellationToken.None), cancellationToken);

    // The read runs once per key whoever asked first; it is not cancelled with that request (others may be waiting
    // on it), each caller stops waiting on its own token. A failed read is not kept.
    private async Task<T> SharedAsync<T>(object key, Func<Task<T>> read, CancellationToken cancellationToken)
    {
        var entry = cache.GetOrCreate(key, e =>
        {
            e.Size = 1;
            e.AbsoluteExpirationRelativeToNow = CacheFor;
            return new Lazy<Task<T>>(read, LazyThreadSafetyMode.ExecutionAndPublication);
        })!;
        try
        {
            return await entry.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (entry.Value.IsFaulted)
        {
            cache.Remove(key);
            throw;
        }
    }

    public void Dispose() => cache.Dispose();

#pragma warning disable CS0618 // MemoryCacheOptions.Clock still takes ISystemClock; the adapter keeps the injected TimeProvider the one clock.
    private sealed class SystemClockAdapter(TimeProvider clock) : Microsoft.Extensions.Internal.ISystemClock
    {
        public DateTimeOffset UtcNow => clock.GetUtcNow();
    }
#pragma warning restore CS0618
}
