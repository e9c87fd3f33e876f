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
            paths, common.Db, common.Published, common.PageTimeout, common.Symlinks,
        };
        var jsonl = new Option<bool>("--jsonl") { Description = "Standard input (-) holds JSON Lines pages, e.g. xz -dc pages.jsonl.xz | hoptac ingest --jsonl -" };
        command.Options.Add(jsonl);
        var noConsolidation = new Option<bool>("--no-consolidation")
        {
            Description = "Bulk load: store pages, facts and the search index but leave the knowledge base for a later `hoptac reconsolidate`",
        };
        command.Options.Add(noConsolidation);
        var source = new Option<string?>("--source")
        {
            Description = "The name under which the page read from standard input (-) is stored, e.g. a URL; the same name again makes a new version. "
                + "Without it each distinct page from standard input is stored as stdin-<hash of its bytes>.",
        };
        source.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } name && (string.IsNullOrWhiteSpace(name) || name.Length > 2000 || name == "-"))
            {
                result.AddError("--source needs a name for the page (a URL or a file name, at most 2000 characters).");
            }
        });
        command.Options.Add(source);
        var workers = Workers.WorkerOptions.Workers();
        command.Options.Add(workers);
        command.Validators.Add(result =>
        {
            if (result.GetValue(source) is not null && !(result.GetValue(paths) ?? []).Contains("-"))
            {
                result.AddError("--source names the page read from standard input: give - among the paths.");
            }

            if (result.GetValue(source) is not null && result.GetValue(jsonl))
            {
                result.AddError("--source names one page; JSON Lines pages carry their own id or url.");
            }

            if (result.GetValue(workers) is not null && Stores.IsPostgres(result.GetValue(common.Db)) && (result.GetValue(paths) ?? []).Contains("-") && !result.GetValue(jsonl))
            {
                result.AddError("--workers on PostgreSQL queues files and JSON Lines pages; ingest a single page from standard input without --workers.");
            }
        });
        command.SetAction((parse, ct) =>
        {
            var reading = common.Reading(parse);
            var count = parse.GetValue(workers);
            var db = parse.GetValue(common.Db)!;
            return RunAsync(
                console, parse.GetValue(paths)!, db,
                // On a SQLite file --workers is the number of pages read at once; the file's one writer stores them.
                count is { } n && !Stores.IsPostgres(db) ? reading with { Parallelism = n } : reading,
                parse.GetValue(jsonl), parse.GetValue(source), !parse.GetValue(noConsolidation), parse.GetValue(common.Verbose),
                Stores.IsPostgres(db) ? count : null, ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(
        CliConsole console, string[] paths, string db, IngestOptions options, bool jsonl, string? stdinName, bool consolidate, bool verbose, int? queueWorkers, CancellationToken ct)
    {
        using var loggers = Logging.Create(verbose);
        var summary = new IngestSummary();
        var files = HopTac.Ingestion.Reading.PageFiles.Expand(paths, options, (path, why) =>
        {
            summary.Skipped++;
            // Hidden files (.DS_Store, .git) are expected in folders: counted always, named with --verbose.
            if (verbose || !why.StartsWith("a hidden", StringComparison.Ordinal))
            {
                console.Fail($"skipped {path}: {why}");
            }
        }).ToList();
        var reader = new PageReader(options);
        var batch = new PageBatch(reader, loggers.CreateLogger<PageBatch>()) { JsonLinesStdin = jsonl };

        // A JSON Lines file holds an unknown number of pages: its progress has no total and no time left.
        var unknownTotal = files.Any(f => HopTac.Ingestion.Reading.JsonLinesPages.IsJsonLines(f) || HopTac.Ingestion.Reading.WarcPages.IsWarc(f)) || (jsonl && files.Contains("-"));
        var progress = new IngestProgress(unknownTotal ? null : files.Count);
        IPageStore store;
        try
        {
            store = await StoreOpener.OpenAsync(db, ct).ConfigureAwait(false);
            if (store is HopTac.Storage.Sqlite.SqlitePageStore sqlite)
            {
                sqlite.ConsolidateOnSave = consolidate;
            }
        }
        catch (Exception e) when (StoreOpener.IsStorageFailure(e))
        {
            console.Fail($"cannot open the store {db}: {e.Message}");
            return ExitCodes.StorageFailure;
        }

        await using (store.ConfigureAwait(false))
        {
            var report = unknownTotal || files.Count >= ProgressThreshold;
            var context = new IngestContext(batch, store, files, console, summary, verbose, stdinName);
            try
            {
                if (queueWorkers is { } workerCount && store is HopTac.Storage.Postgres.PostgresPageStore postgres)
                {
                    summary.Add(await Workers.QueuedIngest.RunAsync(postgres, files, console, options, jsonl, workerCount, loggers, verbose, report ? progress : null, ct).ConfigureAwait(false));
                }
                else if (console.Interactive && report && !unknownTotal)
                {
                    await console.Messages.Progress()
                        .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                        .StartAsync(async bar =>
                        {
                            var task = bar.AddTask("Ingesting", maxValue: files.Count);
                            await IngestAllAsync(context, () =>
                            {
                                progress.Tick();
                                task.Increment(1);
                                task.Description = Markup.Escape(progress.Describe());
                            }, ct).ConfigureAwait(false);
                        }).ConfigureAwait(false);
                }
                else
                {
                    await IngestAllAsync(context, () =>
                    {
                        progress.Tick();
                        if (report && progress.Due())
                        {
                            console.Error.WriteLine("ingest: " + progress.Describe());
                        }
                    }, ct).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (StoreOpener.IsStorageFailure(e))
            {
                console.Fail($"the store failed: {e.Message}");
                return ExitCodes.StorageFailure;
            }
        }

        summary.Render(console.Tables);
        await console.Error.WriteLineAsync(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"hoptac: {summary.Read:N0} pages in {progress.Elapsed.TotalSeconds:0.0} s ({(progress.Elapsed.TotalSeconds > 0 ? summary.Read / progress.Elapsed.TotalSeconds : 0):0.0} pages/s), stored in {(HopTac.Storage.Stores.IsPostgres(db) ? db : Path.GetFullPath(db))}")).ConfigureAwait(false);
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

    private sealed record IngestContext(
        PageBatch Batch, IPageStore Store, List<string> Files, CliConsole Console, IngestSummary Summary, bool Verbose, string? StdinName);

    private static async Task IngestAllAsync(IngestContext context, Action tick, CancellationToken ct)
    {
        var (batch, store, files, console, summary, verbose, stdinName) = context;
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
                    pending.Add(Named(accepted, stdinName, console));
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

                // On its own thread: SQLite's async calls complete synchronously, so a save started here ran on the
                // reading loop and stopped it (at most Parallelism * 2 pages were extracted meanwhile) for the whole
                // batch; now extraction goes on while the single writer stores the batch.
                var full = pending.ToList();
                saving = Task.Run(() => SaveAsync(full), ct);
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

    /// <summary>
    /// The page read from standard input under its own name: the one given with --source, else stdin-&lt;hash&gt;, so
    /// that two different pages piped in one after the other are two pages, not two versions of a page called "-".
    /// </summary>
    private static IngestResult.Accepted Named(IngestResult.Accepted accepted, string? stdinName, CliConsole console)
    {
        if (!string.Equals(accepted.Record.Source, "-", StringComparison.Ordinal))
        {
            return accepted;
        }

        var name = stdinName ?? "stdin-" + (accepted.Record.ContentHash is { Length: >= 16 } hash ? hash[..16] : "page");
        if (stdinName is null)
        {
            console.Fail($"standard input stored as {name} (--source NAME gives it a name)");
        }

        return new IngestResult.Accepted(accepted.Record with { Source = name });
    }

    private sealed record Stored(List<IngestResult.Accepted> Pages, IReadOnlyList<SaveResult> Results, TimeSpan Took);
}
