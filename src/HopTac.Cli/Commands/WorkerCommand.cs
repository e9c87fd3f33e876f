using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using HopTac.Cli.Workers;
using HopTac.Ingestion;
using HopTac.Storage;
using HopTac.Storage.Postgres;
using Microsoft.Extensions.Logging;

namespace HopTac.Cli.Commands;

/// <summary>
/// <c>hoptac worker --db postgres://…</c>: one worker of the PostgreSQL job table (<see cref="IngestWorker"/>), run on as
/// many machines as wanted; it ingests queued pages until none is left, or with <c>--wait</c> keeps polling for more.
/// </summary>
internal static class WorkerCommand
{
    public static Command Create(CliConsole console, CommonOptions common)
    {
        var wait = new Option<bool>("--wait") { Description = "Keep polling the queue for new pages instead of stopping when it is empty (stop with Ctrl-C)." };
        var batch = WorkerOptions.Batch();
        var lease = WorkerOptions.Lease();
        var reconnect = WorkerOptions.Reconnect();
        var command = new Command("worker", "Ingest pages queued on a PostgreSQL store (by `hoptac enqueue` or `ingest --workers`) until the queue is empty; "
            + "run one per machine or several per machine: each page is claimed by one worker and stored once.")
        {
            common.Db, common.Published, common.PageTimeout, wait, batch, lease, reconnect,
        };
        command.SetAction(async (parse, ct) =>
        {
            var db = parse.GetValue(common.Db)!;
            if (!Stores.IsPostgres(db))
            {
                console.Fail("worker needs a PostgreSQL store (--db postgres://user@host:port/db or HOPTAC_DB); on a SQLite file use ingest --workers N");
                return ExitCodes.Usage;
            }

            var verbose = parse.GetValue(common.Verbose);
            using var loggers = Logging.Create(verbose);
            var settings = new WorkerSettings(parse.GetValue(batch), TimeSpan.FromSeconds(parse.GetValue(lease)), parse.GetValue(wait))
            {
                Reconnect = TimeSpan.FromSeconds(parse.GetValue(reconnect)),
            };
            var clock = Stopwatch.StartNew();
            try
            {
                await using var store = await PostgresPageStore.OpenAsync(db, TimeProvider.System, ct).ConfigureAwait(false);
                var worker = new IngestWorker(store.Jobs, new PageBatch(new PageReader(common.Reading(parse)), loggers.CreateLogger<PageBatch>()), settings, IngestWorker.NameFor(0))
                {
                    Log = verbose ? line => console.Error.WriteLine(line) : null,
                    Warn = line => console.Error.WriteLine(line),
                };
                var tally = await worker.RunAsync(ct).ConfigureAwait(false);
                await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"worker {worker.Name}: {tally.Pages} pages in {tally.Claims} claims (new {tally.New}, new versions {tally.NewVersions}, unchanged {tally.Unchanged}, rejected {tally.Rejected}) "
                    + $"in {clock.Elapsed.TotalSeconds:0.0} s ({(clock.Elapsed.TotalSeconds > 0 ? tally.Pages / clock.Elapsed.TotalSeconds : 0):0.0} pages/s)")).ConfigureAwait(false);
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
