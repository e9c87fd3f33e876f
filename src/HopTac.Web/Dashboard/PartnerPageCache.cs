using HopTac.Storage.Knowledge;
using Microsoft.Extensions.Caching.Memory;

namespace HopTac.Web.Dashboard;

/// <summary>
/// A partner page's timeline and overview, kept briefly per partner and date filter: reading the whole timeline of a
/// large partner (US on a 2,000-page store) costs the store far more than rendering it, and a partner page is opened
/// far more often than pages are ingested. Dropped when a curation invalidates the dashboard (its generation) and
/// after <see cref="CacheFor"/> in any case, so pages ingested by another process show within that time.
/// </summary>
internal sealed class PartnerPageCache(IKnowledgeBase knowledge, DashboardService dashboard, TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    // Bounded: one entry per (partner, from, to) asked for; a crawler walking every filter cannot grow it further.
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 256, Clock = new SystemClockAdapter(clock) });

    /// <summary>The timeline the query asks for and the partner's overview (null when nothing names it).</summary>
    public async Task<(Timeline Timeline, PartnerOverview? Overview)> GetAsync(TimelineQuery query, CancellationToken cancellationToken)
    {
        var key = (query.Partner, query.From, query.To, query.Area, query.Type, dashboard.Generation);
        if (cache.TryGetValue(key, out (Timeline, PartnerOverview?) hit))
        {
            return hit;
        }

        var timeline = await knowledge.GetTimelineAsync(query, cancellationToken).ConfigureAwait(false);
        var overview = await knowledge.GetPartnerAsync(query.Partner, cancellationToken).ConfigureAwait(false);
        cache.Set(key, (timeline, overview), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = CacheFor });
        return (timeline, overview);
    }

    public void Dispose() => cache.Dispose();

#pragma warning disable CS0618 // MemoryCacheOptions.Clock still takes ISystemClock; the adapter keeps the injected TimeProvider the one clock.
    private sealed class SystemClockAdapter(TimeProvider clock) : Microsoft.Extensions.Internal.ISystemClock
    {
        public DateTimeOffset UtcNow => clock.GetUtcNow();
    }
#pragma warning restore CS0618
}
