using System.Text;
using HopTac.Core.Pages;
using HopTac.Storage;
using HopTac.Storage.Postgres;
using HopTac.Storage.Postgres.Jobs;
using HopTac.Tests.Common;

namespace HopTac.Cli.Tests.Workers;

/// <summary>
/// The job table's leases (<see cref="PostgresIngestJobs"/>): a claim keeps other workers off the jobs until its
/// lease runs out, then they are claimed again; a stalled worker that wakes after that stores nothing twice; a job
/// whose lease keeps running out is given up.
/// </summary>
public sealed class LeaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Jobs_whose_lease_ran_out_are_claimed_again_and_the_late_worker_doubles_no_page()
    {
        await using var db = await WorkerDatabase.CreateAsync();
        await using var store = await PostgresPageStore.OpenAsync(db.Url, TimeProvider.System, Ct);
        var jobs = store.Jobs;
        await jobs.EnqueueAsync("lease-test", [.. Enumerable.Range(0, 4).Select(Job)], Ct);

        var stalled = await jobs.ClaimAsync("stalled", 10, TimeSpan.FromSeconds(60), Ct);
        var whileHeld = await jobs.ClaimAsync("other", 10, TimeSpan.FromSeconds(60), Ct);
        // The stalled worker's lease runs out on the server's clock. Moved there rather than waited for: with a short
        // lease, a loaded machine's pause between the two claims above let the second find the lease already over.
        Assert.Equal(4, await db.ScalarAsync(
            "WITH expired AS (UPDATE ingest_jobs SET lease_until = clock_timestamp() - interval '1 second' WHERE worker = 'stalled' AND state = 'claimed' RETURNING 1) SELECT count(*) FROM expired"));
        var afterExpiry = await jobs.ClaimAsync("other", 10, TimeSpan.FromSeconds(60), Ct);

        Assert.Equal(4, stalled.Count);
        Assert.Empty(whileHeld);
        Assert.Equal(stalled.Select(j => j.Id), afterExpiry.Select(j => j.Id));
        Assert.All(afterExpiry, j => Assert.Equal(2, j.Attempts));
        Assert.Equal(0, await jobs.RenewAsync("stalled", [.. stalled.Select(j => j.Id)], TimeSpan.FromSeconds(60), Ct));

        var stored = await jobs.StoreAsync("other", [.. afterExpiry.Select(j => (j.Id, Record(j)))], Ct);
        var late = await jobs.StoreAsync("stalled", [.. stalled.Select(j => (j.Id, Record(j)))], Ct);

        Assert.All(stored, r => Assert.Equal(SaveOutcome.New, r.Outcome));
        Assert.All(late, r => Assert.Equal(SaveOutcome.Unchanged, r.Outcome));
        Assert.Equal(4, await db.ScalarAsync("SELECT count(*) FROM pages"));
        Assert.Equal(4, await db.ScalarAsync("SELECT count(*) FROM ingest_jobs WHERE state = 'done' AND worker = 'other' AND outcome = 'new'"));
        Assert.True((await jobs.StateAsync(Ct)).IsEmpty);
    }

    [Fact]
    public async Task A_job_whose_lease_ran_out_on_every_claim_is_given_up_with_a_reason()
    {
        await using var db = await WorkerDatabase.CreateAsync();
        await using var store = await PostgresPageStore.OpenAsync(db.Url, TimeProvider.System, Ct);
        var jobs = store.Jobs;
        await jobs.EnqueueAsync("poison-test", [Job(0)], Ct);

        for (var attempt = 1; attempt <= PostgresIngestJobs.MaxAttempts; attempt++)
        {
            Assert.Single(await jobs.ClaimAsync($"worker-{attempt}", 1, TimeSpan.FromMilliseconds(200), Ct));
            await Task.Delay(300, Ct);
        }

        var last = await jobs.ClaimAsync("worker-last", 1, TimeSpan.FromSeconds(60), Ct);
        var report = await jobs.ReportAsync("poison-test", Ct);

        Assert.Empty(last);
        Assert.True((await jobs.StateAsync(Ct)).IsEmpty);
        var (source, reason) = Assert.Single(report.Rejected);
        Assert.Equal("tin/0.txt", source);
        Assert.Contains("never finished", reason, StringComparison.Ordinal);
    }

    private static IngestJob Job(int number) =>
        new(0, $"tin/{number}.txt", PageKind.Text, Encoding.UTF8.GetBytes(Sentence(number))) { Published = "2016-03-02" };

    private static string Sentence(int number) => $"Ngày 2/3/2016, Thượng nghị sĩ John Carter gặp Bộ trưởng Nguyễn Văn An lần thứ {number}.";

    // The record a worker would read from the job: composed here, so this test is about the queue, not extraction.
    private static PageRecord Record(IngestJob job) =>
        UsVisitPages.Visit(job.Source, "2016-03-02", "2016-03-02T08:00", Encoding.UTF8.GetString(job.Content));
}
