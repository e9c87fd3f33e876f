namespace HopTac.Storage.Postgres.Jobs;

/// <summary>The queue as a worker sees it between claims: jobs waiting, and jobs other workers hold (a live or an expired lease).</summary>
public readonly record struct QueueState(long Queued, long Claimed)
{
    /// <summary>Whether every job is finished: nothing to claim now or after a lease expires.</summary>
    public bool IsEmpty => Queued == 0 && Claimed == 0;
}
