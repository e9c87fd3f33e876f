using System.Globalization;
using HopTac.Core.Pages;
using HopTac.Storage.Sqlite;

namespace HopTac.Bench.Corpus;

/// <summary>
/// <c>recombine SOURCE.db TARGET.db COUNT [--seed N] [--keep K]</c>: a large store for the search benchmarks (issues 14
/// and 19, search at 1M pages) made from an ingested one without extracting again. Each new page takes the headline of
/// one stored page and 3-8 paragraphs drawn from all of them, as <c>bench/ingest-scale/make-corpus.py</c> does with
/// text, and carries the facts whose evidence lies in those paragraphs (their offsets moved to the new text), so the
/// fact tables and facets grow with the pages as an ingest's would. Areas and relevance follow the headline's page.
/// Pages are saved through the store's own writer in batches, with consolidation off (search does not read the
/// knowledge base), so the pages, fact rows and both search indexes are what <c>hoptac ingest --no-consolidation</c>
/// writes. Why not ingest a recombined text corpus: extraction is most of an ingest's cost (about 3,000 CPU seconds
/// for 1M pages here, 60 pages/s under load), and what is measured is the search over the store, not the extraction.
/// Deterministic for a seed and a source store.
/// </summary>
internal static class RecombineCommand
{
    public const string Usage = "usage: hoptac-bench recombine SOURCE.db TARGET.db COUNT [--seed N] [--keep K]  (keep one paragraph in K, default 2)";

    private const int Batch = 500;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length < 3 || !int.TryParse(args[2], CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            await error.WriteLineAsync(Usage).ConfigureAwait(false);
            return 1;
        }

        var seed = Option(args, "--seed", 14);
        var keep = Option(args, "--keep", 2);
        if (!File.Exists(args[0]))
        {
            await error.WriteLineAsync($"no store at {args[0]}").ConfigureAwait(false);
            return 2;
        }

        var random = new Random(seed);
        var pool = ParagraphPool.Read(args[0], keep, random);
        await output.WriteLineAsync($"recombine: {pool.Paragraphs.Count:N0} paragraphs and {pool.Heads.Count:N0} headlines from {args[0]}").ConfigureAwait(false);
        await using var store = await SqlitePageStore.OpenAsync(args[1], TimeProvider.System, CancellationToken.None).ConfigureAwait(false);
        store.ConsolidateOnSave = false;
        // A run stopped part-way resumes: the pages already stored are drawn again (the same draws, so the rest of the
        // sequence is what one uninterrupted run makes) but not saved again.
        var stored = (int)Math.Min(count, (await store.GetStatsAsync(CancellationToken.None).ConfigureAwait(false)).Pages);
        if (stored > 0)
        {
            await output.WriteLineAsync($"recombine: {stored:N0} pages already in {args[1]}, going on from there").ConfigureAwait(false);
        }

        var batch = new List<PageRecord>(Batch);
        var started = DateTime.UtcNow;
        for (var i = 0; i < count; i++)
        {
            var page = pool.Page($"gen_{i:D7}", random);
            if (i < stored)
            {
                continue;
            }

            batch.Add(page);
            if (batch.Count == Batch || i == count - 1)
            {
                await store.SaveBatchAsync(batch, CancellationToken.None).ConfigureAwait(false);
                batch.Clear();
                if ((i + 1) % 50_000 < Batch || i == count - 1)
                {
                    var seconds = (DateTime.UtcNow - started).TotalSeconds;
                    await output.WriteLineAsync($"recombine: {i + 1:N0} pages, {(i + 1 - stored) / seconds:F0} pages/s").ConfigureAwait(false);
                }
            }
        }

        return 0;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
