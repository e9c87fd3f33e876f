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
            Description = "Files, folders (read recursively) or - for standard input. .txt, .html, .htm, and any of them .gz.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("ingest", "Read pages into the store: main article, facts, full-text index. Same content twice changes nothing.")
        {
            paths, common.Db, common.Published,
        };
        command.SetAction((parse, ct) => RunAsync(
            console, parse.GetValue(paths)!, parse.GetValue(common.Db)!, parse.GetValue(common.Published), parse.GetValue(common.Verbose), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string[] paths, string db, string? published, bool verbose, CancellationToken ct)
    {
        using var loggers = Logging.Create(verbose);
        var files = HopTac.Ingestion.Reading.PageFiles.Expand(paths).ToList();
        var reader = new PageReader(IngestOptions.Default with { DefaultPublished = published });
        var batch = new PageBatch(reader, loggers.CreateLogger<PageBatch>());
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
                if (console.Interactive && files.Count >= ProgressThreshold)
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

    private static async Task IngestAllAsync(
        PageBatch batch, IPageStore store, List<string> files, CliConsole console, IngestSummary summary, bool verbose, Action tick, CancellationToken ct)
    {
        await foreach (var result in batch.ReadAllAsync(files, console.In, ct).ConfigureAwait(false))
        {
            summary.Read++;
            switch (result)
            {
                case IngestResult.Accepted accepted:
                    var saved = await store.SaveAsync(accepted.Record, ct).ConfigureAwait(false);
                    if (saved.Outcome == SaveOutcome.Rejected)
                    {
                        summary.Rejected.Add((result.Source, "the store refused the page (no text, or text too long)"));
                        console.Fail($"{result.Source}: the store refused the page (no text, or text too long)");
                        break;
                    }

                    summary.Count(saved.Outcome);
                    if (verbose)
                    {
                        await console.Error.WriteLineAsync($"{saved.Outcome.ToString().ToLowerInvariant()} #{saved.PageId} v{saved.Version} {result.Source}").ConfigureAwait(false);
                    }

                    break;
                case IngestResult.Rejected rejected:
                    summary.Rejected.Add((rejected.Source, rejected.Reason));
                    console.Fail($"{rejected.Source}: {rejected.Reason}");
                    break;
            }

            tick();
        }
    }

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
