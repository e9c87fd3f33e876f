using HopTac.Ingestion;
using HopTac.Ingestion.Reading;
using HopTac.Storage.Postgres.Jobs;

namespace HopTac.Cli.Workers;

/// <summary>
/// Puts pages on the job table: every page of the given files (a JSON Lines file or a web archive gives one job per
/// page) as its bytes, without reading them as articles, which is the workers' part. A page that cannot even be read
/// (a missing file, a broken line) is recorded as a rejected job so the run's report names it.
/// </summary>
internal static class JobEnqueuer
{
    // One COPY per this many pages or bytes, whichever comes first: memory stays bounded whatever the pages' size.
    private const int ChunkPages = 500;
    private const long ChunkBytes = 32L * 1024 * 1024;

    /// <summary>Enqueues the pages under <paramref name="batch"/>; returns how many jobs it added.</summary>
    public static async Task<int> EnqueueAsync(
        PostgresIngestJobs jobs, string batch, IEnumerable<string> files, Stream? stdin, bool jsonLinesStdin, IngestOptions options, CancellationToken cancellationToken)
    {
        var chunk = new List<IngestJob>(ChunkPages);
        var refused = new List<(string, string)>();
        long bytes = 0;
        var total = 0;
        await foreach (var outcome in PageSources.ReadAllAsync(files, stdin, jsonLinesStdin, options, cancellationToken).ConfigureAwait(false))
        {
            total++;
            if (outcome.Page is { } page)
            {
                chunk.Add(new IngestJob(0, page.Source, page.Kind, page.Bytes) { Published = page.Published, Charset = page.Charset });
                bytes += page.Bytes.LongLength;
            }
            else
            {
                refused.Add((outcome.Source, outcome.Error ?? "cannot be read"));
            }

            if (chunk.Count >= ChunkPages || bytes >= ChunkBytes)
            {
                await FlushAsync().ConfigureAwait(false);
            }
        }

        await FlushAsync().ConfigureAwait(false);
        return total;

        async Task FlushAsync()
        {
            await jobs.EnqueueRefusedAsync(batch, refused, cancellationToken).ConfigureAwait(false);
            if (chunk.Count > 0)
            {
                await jobs.EnqueueAsync(batch, chunk, cancellationToken).ConfigureAwait(false);
            }

            chunk.Clear();
            refused.Clear();
            bytes = 0;
        }
    }

    /// <summary>A new batch name: which command, when, and by which host and process it was enqueued (a short random tail keeps two runs of one process apart).</summary>
    public static string NewBatch(string command, TimeProvider clock) => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{command}-{clock.GetUtcNow():yyyyMMddTHHmmss}-{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}");
}
