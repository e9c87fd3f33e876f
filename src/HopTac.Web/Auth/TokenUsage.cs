using System.Collections.Concurrent;
using HopTac.Storage.Accounts;

namespace HopTac.Web.Auth;

/// <summary>
/// The last use of each API token, kept in memory and written in one batch a minute (and when the app stops). A
/// write per bearer request queued behind an ingest's write lock made token calls several times slower than cookie
/// calls; the price is that "last used" can lag by up to a minute, and by that much is lost if the process is killed.
/// </summary>
internal sealed class TokenUsage(IAccountStore accounts, TimeProvider clock, ILogger<TokenUsage> logger) : BackgroundService
{
    public static readonly TimeSpan FlushEvery = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<long, DateTimeOffset> pending = new();

    public void Record(long tokenId) => pending[tokenId] = clock.GetUtcNow();

    /// <summary>Writes what was recorded since the last flush; what fails to be written is kept for the next one.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var batch = new List<KeyValuePair<long, DateTimeOffset>>();
        foreach (var id in pending.Keys)
        {
            if (pending.TryRemove(id, out var at))
            {
                batch.Add(new(id, at));
            }
        }

        try
        {
            await accounts.RecordTokenUseAsync(batch, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or OperationCanceledException)
        {
            foreach (var (id, at) in batch)
            {
                pending.AddOrUpdate(id, at, (_, newer) => newer > at ? newer : at);
            }

            Log.TokenUseNotRecorded(logger, batch.Count, e.Message);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(FlushEvery, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await FlushAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the final flush happens in StopAsync.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
