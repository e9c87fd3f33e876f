namespace HopTac.Cli.Workers;

/// <summary>
/// How an <see cref="IngestWorker"/> works the job table: pages claimed at a time (one store transaction and one
/// knowledge-base flush per claim), how long a claim holds before another worker may take it (renewed at a third of
/// it while the worker works), whether it keeps polling when the queue is empty, how long it sleeps between polls, and
/// how long it keeps trying to reach the database again after losing its connection before it stops.
/// </summary>
internal sealed record WorkerSettings(int Batch, TimeSpan Lease, bool Wait)
{
    public const int DefaultBatch = 100;

    public static readonly TimeSpan DefaultLease = TimeSpan.FromSeconds(60);

    public static readonly TimeSpan DefaultReconnect = TimeSpan.FromMinutes(2);

    public TimeSpan Poll { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long after losing the database a worker keeps trying again (waits doubling from 0.5 s to 15 s) before it stops.</summary>
    public TimeSpan Reconnect { get; init; } = DefaultReconnect;
}
