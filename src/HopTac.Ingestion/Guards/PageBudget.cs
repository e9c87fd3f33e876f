using System.Diagnostics;

namespace HopTac.Ingestion.Guards;

/// <summary>
/// One page's time budget (<see cref="IngestOptions.PageTimeout"/>), counted in the CPU time its reading and extraction
/// use on their thread (<see cref="ThreadCpuClock"/>). A wall clock charged a page for the time it waited for a core: on
/// a loaded machine (a shared server, a CI run with several test processes) ordinary pages of 0.1 CPU second were
/// rejected as over a 5 s budget. Wall time still bounds everything, far out (<see cref="WallFactor"/> × the budget),
/// for a stage that waits rather than computes; where the system has no thread CPU clock the budget is wall time.
/// </summary>
internal sealed class PageBudget : IDisposable
{
    /// <summary>How many times the budget a page may take in wall time, whatever its CPU.</summary>
    public const int WallFactor = 12;

    /// <summary>How often a running page's CPU time is read.</summary>
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(50);

    private readonly TimeSpan _budget;
    private readonly TimeSpan _grace;
    private readonly CancellationTokenSource _cancel;
    private readonly TaskCompletionSource _abandon = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();
    private volatile bool _exceeded;

    /// <param name="budget">The page's budget.</param>
    /// <param name="grace">How far past the budget a stage that does not check <see cref="Token"/> is waited for.</param>
    /// <param name="cancellationToken">The batch's own cancellation.</param>
    public PageBudget(TimeSpan budget, TimeSpan grace, CancellationToken cancellationToken)
    {
        _budget = budget;
        _grace = grace;
        _cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Wall = budget * WallFactor;
        _cancel.CancelAfter(Wall);
    }

    /// <summary>Cancelled when the page is over its budget: the stages stop at their next check of it.</summary>
    public CancellationToken Token => _cancel.Token;

    /// <summary>The wall-clock bound.</summary>
    public TimeSpan Wall { get; }

    /// <summary>
    /// Whether the page used more than its budget or ran into the wall-clock bound (or the batch was cancelled, which
    /// the caller tells apart by its own token).
    /// </summary>
    public bool Exceeded => _exceeded || _cancel.IsCancellationRequested;

    /// <summary>Completes when the page is past its budget and the grace: it is not waited for any longer.</summary>
    public Task Abandoned => _abandon.Task;

    /// <summary>
    /// Runs <paramref name="work"/> on the calling thread with its CPU time counted against the budget: read every
    /// <see cref="Tick"/> while it runs (cancelling <see cref="Token"/> past the budget) and once when it ends.
    /// </summary>
    public T Metered<T>(Func<CancellationToken, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var clock = ThreadCpuClock.ForCurrentThread();
        if (clock?.Used() is not { } start)
        {
            return WallMetered(work);
        }

        var done = false;
        using var timer = new Timer(_ => Check(), null, Tick, Tick);
        try
        {
            return work(Token);
        }
        finally
        {
            lock (_gate)
            {
                done = true;
                Charge(clock.Used());
            }
        }

        // Under the gate, so that the clock is never read after the work ended and the thread went on to other work.
        void Check()
        {
            lock (_gate)
            {
                if (!done)
                {
                    Charge(clock.Used());
                }
            }
        }

        void Charge(TimeSpan? now)
        {
            if (now is not { } used)
            {
                return;
            }

            if (used - start > _budget && !_exceeded)
            {
                _exceeded = true;
                Cancel();
            }

            if (used - start > _budget + _grace)
            {
                _abandon.TrySetResult();
            }
        }
    }

    // On a timer's thread an exception would end the process: a budget already disposed has nothing left to stop.
    private void Cancel()
    {
        try
        {
            _cancel.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private T WallMetered<T>(Func<CancellationToken, T> work)
    {
        var clock = Stopwatch.StartNew();
        _cancel.CancelAfter(_budget);
        using var abandon = new Timer(_ => _abandon.TrySetResult(), null, _budget + _grace, Timeout.InfiniteTimeSpan);
        var result = work(Token);
        if (clock.Elapsed > _budget)
        {
            _exceeded = true;
        }

        return result;
    }

    public void Dispose() => _cancel.Dispose();
}
