using System.CommandLine;
using HopTac.Ingestion;
using HopTac.Storage;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace HopTac.Cli.Commands;

/// <summary><c>hoptac ingest PATH…</c>: reads pages, extracts articles and facts, stores them, prints a summary.</summary>
internal static class IngestCommand
{
    private const int ProgressThreshold = 20;

    public static Command Create(CliConsole console, CommonOptions common)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders (read recursively) or - for standard input. .txt, .html, .htm, and any of them .gz; "
                + ".jsonl files of pages (one object a line: id or url, title, text or html, published), also .jsonl.gz and .jsonl.xz.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("ingest", "Read pages into the store: main article, facts, full-text index. Same content twice changes nothing.")
        {
            paths, common.Db, common.Published,
        };
        var jsonl = new Option<bool>("--jsonl") { Description = "Standard input (-) holds JSON Lines pages, e.g. xz -dc pages.jsonl.xz | hoptac ingest --jsonl -" };
        command.Options.Add(jsonl);
        command.SetAction((parse, ct) => RunAsync(
            console, parse.GetValue(paths)!, parse.GetValue(common.Db)!, parse.GetValue(common.Published), parse.GetValue(jsonl), parse.GetValue(common.Verbose), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string[] paths, string db, string? published, bool jsonl, bool verbose, CancellationToken ct)
    {
        using var loggers = Logging.Create(verbose);
        var files = HopTac.Ingestion.Reading.PageFiles.Expand(paths).ToList();
        var reader = new PageReader(IngestOptions.Default with { DefaultPublished = published });
        var batch = new PageBatch(reader, loggers.CreateLogger<PageBatch>()) { JsonLinesStdin = jsonl };
        var summary = new IngestSummary();

        IPageStore store;
        try
        {
            store = await StoreOpener.OpenAsync(db, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (StoreOpener.IsStorageFailure(e))
        {
            console.Fail($"cannot open the store {db}: {e.Message}");
            return ExitCodes.StorageFailure;
        }

        await using (store.ConfigureAwait(false))
        {
            try
            {
                // A JSON Lines file holds an unknown number of pages: no progress bar for it.
                if (console.Interactive && files.Count >= ProgressThreshold && !files.Any(f => HopTac.Ingestion.Reading.JsonLinesPages.IsJsonLines(f) || HopTac.Ingestion.Reading.WarcPages.IsWarc(f)))
                {
                    await console.Messages.Progress()
                        .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                        .StartAsync(async context =>
                        {
                            var task = context.AddTask("Ingesting", maxValue: files.Count);
                            await IngestAllAsync(batch, store, files, console, summary, verbose, () => task.Increment(1), ct).ConfigureAwait(false);
                        }).ConfigureAwait(false);
                }
                else
                {
                    await IngestAllAsync(batch, store, files, console, summary, verbose, () => { }, ct).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (StoreOpener.IsStorageFailure(e))
            {
                console.Fail($"the store failed: {e.Message}");
                return ExitCodes.StorageFailure;
            }
        }

        summary.Render(console.Tables);
        return summary.Rejected.Count > 0 ? ExitCodes.InputRejected : ExitCodes.Ok;
    }

    /// <summary>
    /// Most pages per store batch: one transaction and one knowledge-base re-clustering per batch instead of per
    /// page, while the next pages are read.
    /// </summary>
    internal const int BatchSize = 200;

    /// <summary>
    /// Fewest pages per batch when batches are slow (a loaded machine, a busy knowledge-base component): smaller
    /// batches re-cluster a busy component more often (with a floor of 8 under load 25-50 the CPU per page about doubled).
    /// </summary>
    internal const int MinBatchSize = 50;

    /// <summary>
    /// How long one batch should hold the store's write lock: another writer (a second ingest, <c>serve</c> recording a
    /// token's use or a curation) waits about this long, well inside the 30 s busy timeout. Batches halve above it and double below a quarter of it.
    /// </summary>
    internal static readonly TimeSpan BatchTarget = TimeSpan.FromSeconds(5);

    private static async Task IngestAllAsync(
        PageBatch batch, IPageStore store, List<string> files, CliConsole console, IngestSummary summary, bool verbose, Action tick, CancellationToken ct)
    {
        var pending = new List<IngestResult.Accepted>(BatchSize);
        var size = BatchSize / 2;
        Task<Stored>? saving = null;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await foreach (var result in batch.ReadAllAsync(files, console.In, ct).ConfigureAwait(false))
        {
            summary.Read++;
            switch (result)
            {
                case IngestResult.Accepted accepted:
                    pending.Add(accepted);
                    break;
                case IngestResult.Rejected rejected:
                    summary.Rejected.Add((rejected.Source, rejected.Reason));
                    console.Fail($"{rejected.Source}: {rejected.Reason}");
                    tick();
                    break;
            }

            if (pending.Count >= size)
            {
                // The store writes one batch while the readers go on with the next; results are reported here, on
                // the reading loop, so the summary is only ever touched by one thread.
                if (saving is not null)
                {
                    await ReportAsync(await saving.ConfigureAwait(false)).ConfigureAwait(false);
                }

                saving = SaveAsync([.. pending]);
                pending.Clear();
            }
        }

        if (saving is not null)
        {
            await ReportAsync(await saving.ConfigureAwait(false)).ConfigureAwait(false);
        }

        if (pending.Count > 0)
        {
            await ReportAsync(await SaveAsync(pending).ConfigureAwait(false)).ConfigureAwait(false);
        }

        async Task<Stored> SaveAsync(List<IngestResult.Accepted> pages)
        {
            var started = clock.Elapsed;
            var saved = await store.SaveBatchAsync(pages.ConvertAll(p => p.Record), ct).ConfigureAwait(false);
            return new Stored(pages, saved, clock.Elapsed - started);
        }

        async Task ReportAsync(Stored stored)
        {
            size = stored.Took > BatchTarget ? Math.Max(MinBatchSize, size / 2)
                : stored.Took < BatchTarget / 4 ? Math.Min(BatchSize, size * 2)
                : size;
            for (var i = 0; i < stored.Pages.Count; i++)
            {
                var source = stored.Pages[i].Source;
                var saved = stored.Results[i];
                if (saved.Outcome == SaveOutcome.Rejected)
                {
                    var reason = saved.Reason ?? "the store refused the page (no text, or text too long)";
                    summary.Rejected.Add((source, reason));
                    console.Fail($"{source}: {reason}");
                }
                else
                {
                    summary.Count(saved.Outcome);
                    if (verbose)
                    {
                        await console.Error.WriteLineAsync($"{saved.Outcome.ToString().ToLowerInvariant()} #{saved.PageId} v{saved.Version} {source}").ConfigureAwait(false);
                    }
                }

                tick();
            }

            if (verbose)
            {
                await console.Error.WriteLineAsync(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"batch of {stored.Pages.Count} pages stored in {stored.Took.TotalSeconds:0.00} s; {summary.Read} pages read in {clock.Elapsed.TotalSeconds:0.0} s")).ConfigureAwait(false);
            }
        }
    }

    private sealed record Stored(List<IngestResult.Accepted> Pages, IReadOnlyList<SaveResult> Results, TimeSpan Took);

    private sealed class IngestSummary
    {
        public int Read { get; set; }

        public int New { get; private set; }

        public int NewVersions { get; private set; }

        public int Unchanged { get; private set; }

        public List<(string Source, string Reason)> Rejected { get; } = [];

        public void Count(SaveOutcome outcome)
        {
            switch (outcome)
            {
                case SaveOutcome.New: New++; break;
                case SaveOutcome.NewVersion: NewVersions++; break;
                case SaveOutcome.Unchanged: Unchanged++; break;
                default: throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "not a stored outcome");
            }
        }

        public void Render(IAnsiConsole console)
        {
            var table = new Table().AddColumn("read").AddColumn("new").AddColumn("new versions").AddColumn("unchanged").AddColumn("rejected");
            table.AddRow(Read.ToString(System.Globalization.CultureInfo.InvariantCulture), New.ToString(System.Globalization.CultureInfo.InvariantCulture),
                NewVersions.ToString(System.Globalization.CultureInfo.InvariantCulture), Unchanged.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Rejected.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            console.Write(table);
            if (Rejected.Count == 0)
            {
                return;
            }

            var reasons = new Table().AddColumn("rejected page").AddColumn("reason");
            foreach (var (source, reason) in Rejected.Take(50))
            {
                reasons.AddRow(Markup.Escape(source), Markup.Escape(reason));
            }

            console.Write(reasons);
            if (Rejected.Count > 50)
            {
                console.WriteLine($"… and {Rejected.Count - 50} more (see standard error).");
            }
        }
    }
}
