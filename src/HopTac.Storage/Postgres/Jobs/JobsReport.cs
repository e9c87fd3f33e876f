namespace HopTac.Storage.Postgres.Jobs;

/// <summary>
/// What became of one enqueue run's jobs (<see cref="PostgresIngestJobs.ReportAsync"/>): pages stored new, as new
/// versions, found unchanged; pages rejected (unreadable, no article, refused by the store) and jobs given up after
/// too many claims, each with its source and reason; and how many are still open (queued or claimed).
/// </summary>
public sealed record JobsReport(long Jobs, long New, long NewVersions, long Unchanged, long Open, IReadOnlyList<(string Source, string Reason)> Rejected);
