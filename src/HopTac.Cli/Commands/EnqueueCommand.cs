using System.CommandLine;
using HopTac.Cli.Workers;
using HopTac.Storage;
using HopTac.Storage.Postgres;

namespace HopTac.Cli.Commands;

/// <summary>
/// <c>hoptac enqueue PATH… --db postgres://…</c>: puts pages on the PostgreSQL job table for <c>hoptac worker</c>
/// processes and stops; the pages are read as articles by the workers, not here.
/// </summary>
internal static class EnqueueCommand
{
    public static Command Create(CliConsole console, CommonOptions common)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders (read recursively), .jsonl/.jsonl.gz/.jsonl.xz files of pages, web archives, or - with --jsonl for JSON Lines on standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var jsonl = new Option<bool>("--jsonl") { Description = "Standard input (-) holds JSON Lines pages." };
        var command = new Command("enqueue", "Queue pages on a PostgreSQL store for `hoptac worker` processes to ingest (on this machine or others).")
        {
            paths, common.Db, common.Symlinks, jsonl,
        };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(paths) ?? []).Contains("-") && !result.GetValue(jsonl))
            {
                result.AddError("enqueue reads standard input as JSON Lines only: add --jsonl.");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            var db = parse.GetValue(common.Db)!;
            if (!Stores.IsPostgres(db))
            {
                console.Fail("enqueue needs a PostgreSQL store (--db postgres://user@host:port/db or HOPTAC_DB); a SQLite file is ingested with hoptac ingest");
                return ExitCodes.Usage;
            }

            var options = common.Reading(parse);
            var skipped = 0;
            var files = HopTac.Ingestion.Reading.PageFiles.Expand(parse.GetValue(paths)!, options, (path, why) =>
            {
                skipped++;
                console.Fail($"skipped {path}: {why}");
            }).ToList();
            try
            {
                await using var store = await PostgresPageStore.OpenAsync(db, TimeProvider.System, ct).ConfigureAwait(false);
                var batch = JobEnqueuer.NewBatch("enqueue", TimeProvider.System);
                var count = await JobEnqueuer.EnqueueAsync(store.Jobs, batch, files, console.In, parse.GetValue(jsonl), options, ct).ConfigureAwait(false);
                await console.Out.WriteLineAsync($"enqueued {count} pages as {batch} ({skipped} skipped); run hoptac worker --db … to ingest them").ConfigureAwait(false);
                return ExitCodes.Ok;
            }
            catch (Exception e) when (StoreOpener.IsStorageFailure(e))
            {
                console.Fail($"the store failed: {e.Message}");
                return ExitCodes.StorageFailure;
            }
        });
        return command;
    }
}
