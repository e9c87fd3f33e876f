using System.Collections.Concurrent;
using HopTac.Crawling.Fetching;
using HopTac.Storage.Crawling;

namespace HopTac.Crawling.Leases;

/// <summary>
/// The hosts one crawler holds in the store (<see cref="ICrawlStore.LeaseHostAsync"/>), so that several crawler
/// processes on one store never fetch one host at the same time: only the holder fetches a host's URLs and ingests its
/// received bodies, and its <see cref="PoliteFetcher"/> keeps the host's delay. A host taken from another crawler
/// waits one delay before its first request, since the other's last request may have just ended. Leases are renewed
/// every third of their term while held and end when released; a holder that dies leaves them to lapse.
/// </summary>
internal sealed class HostLeases(ICrawlStore store, PoliteFetcher fetcher, TimeProvider clock, TimeSpan term)
{
    private readonly ConcurrentDictionary<string, bool> held = new(StringComparer.Ordinal);

    /// <summary>This crawler's name in the leases.</summary>
    public string Holder { get; } = LeaseHolder.NewName();

    /// <summary>Whether this crawler holds the host now (a lease lost to a renewal that came too late is not held).</summary>
    public bool Holds(string host) => held.ContainsKey(host);

    /// <summary>Takes the host's lease unless another live crawler holds it; true when this crawler holds it.</summary>
    public async Task<bool> TryTakeAsync(string host, CancellationToken cancellationToken)
    {
        if (held.ContainsKey(host))
        {
            return true;
        }

        var now = clock.GetUtcNow();
        var lease = await store.LeaseHostAsync(host, Holder, now, now + term, null, cancellationToken).ConfigureAwait(false);
        if (lease.Holder != Holder && LeaseHolder.IsDeadHere(lease.Holder))
        {
            lease = await store.LeaseHostAsync(host, Holder, now, now + term, lease.Holder, cancellationToken).ConfigureAwait(false);
        }

        if (lease.Holder != Holder)
        {
            return false;
        }

        if (lease.Previous is not null)
        {
            fetcher.WaitBeforeNextRequest(host);
        }

        held[host] = true;
        return true;
    }

    /// <summary>Renews every held lease each third of the term until cancelled.</summary>
    public async Task RenewUntilCancelledAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(term / 3, clock, cancellationToken).ConfigureAwait(false);
                foreach (var host in held.Keys)
                {
                    var now = clock.GetUtcNow();
                    var lease = await store.LeaseHostAsync(host, Holder, now, now + term, null, cancellationToken).ConfigureAwait(false);
                    if (lease.Holder != Holder)
                    {
                        held.TryRemove(host, out _);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The pass is over; its leases are released by the caller.
        }
    }

    /// <summary>Ends every held lease now.</summary>
    public async Task ReleaseAllAsync(CancellationToken cancellationToken)
    {
        var hosts = held.Keys.ToList();
        held.Clear();
        await store.ReleaseHostsAsync(hosts, Holder, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }
}
