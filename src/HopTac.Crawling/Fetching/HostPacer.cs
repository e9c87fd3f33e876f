namespace HopTac.Crawling.Fetching;

/// <summary>
/// One request at a time per host, and at least the host's delay between the end of one and the start of the next
/// (measured on <paramref name="clock"/>'s monotonic timestamps; the wait runs on its timers, so a test's clock can
/// make it fast). Waiting from the end rather than the start keeps a slow server from being hit back to back.
/// </summary>
internal sealed class HostPacer(TimeProvider clock)
{
    private readonly Dictionary<string, HostSlot> hosts = new(StringComparer.Ordinal);

    /// <summary>Waits for the host's turn; dispose the result when the request is over.</summary>
    public async Task<IAsyncDisposable> EnterAsync(string host, TimeSpan delay, CancellationToken cancellationToken)
    {
        HostSlot slot;
        lock (hosts)
        {
            if (!hosts.TryGetValue(host, out slot!))
            {
                slot = new HostSlot();
                hosts[host] = slot;
            }
        }

        await slot.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (slot.LastEnd is { } end)
            {
                // Timers run on a coarse tick (4 ms on Linux) and may fire a little early: wait again until the
                // monotonic clock agrees the whole delay has passed.
                TimeSpan wait;
                while ((wait = delay - clock.GetElapsedTime(end)) > TimeSpan.Zero)
                {
                    await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch
        {
            slot.Gate.Release();
            throw;
        }

        return new Turn(slot, clock);
    }

    /// <summary>Makes the host's next turn wait a whole delay from now, as if a request had just ended (another process's).</summary>
    public void Hold(string host)
    {
        lock (hosts)
        {
            if (!hosts.TryGetValue(host, out var slot))
            {
                slot = new HostSlot();
                hosts[host] = slot;
            }

            slot.LastEnd = clock.GetTimestamp();
        }
    }

    private sealed class HostSlot
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public long? LastEnd { get; set; }
    }

    private sealed class Turn(HostSlot slot, TimeProvider clock) : IAsyncDisposable
    {
        private int done;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref done, 1) == 0)
            {
                slot.LastEnd = clock.GetTimestamp();
                slot.Gate.Release();
            }

            return ValueTask.CompletedTask;
        }
    }
}
