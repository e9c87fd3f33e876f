using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using HopTac.Storage;
using HopTac.Storage.Copying;

namespace HopTac.Cli.Commands;

/// <summary><c>hoptac copy --from hoptac.db --to postgres://…</c>: moves a SQLite store into an empty PostgreSQL database, ids, revisions, decisions and accounts kept.</summary>
internal static class CopyCommand
{
    public static Command Create(CliConsole console)
    {
        var from = new Option<string>("--from") { Description = "The SQLite store to copy (a file).", Required = true };
        var to = new Option<string>("--to") { Description = "The empty PostgreSQL database to copy into (postgres://user@host:port/db).", Required = true };
        var command = new Command("copy", "Copy a SQLite store into an empty PostgreSQL database: pages and versions, facts, the knowledge base with its revisions and decisions, accounts, tokens, the audit log and watchlists, ids kept.") { from, to };
        command.SetAction(async (parse, ct) =>
        {
            var source = parse.GetValue(from)!;
            var target = parse.GetValue(to)!;
            if (Stores.IsPostgres(source) || !File.Exists(source))
            {
                console.Fail($"--from names a SQLite store file; there is none at {source}");
                return ExitCodes.Usage;
            }

            if (!Stores.IsPostgres(target))
            {
                console.Fail("--to names a PostgreSQL database: postgres://user@host:port/db");
                return ExitCodes.Usage;
            }

            try
            {
                var clock = Stopwatch.StartNew();
                var copied = await StoreCopy.CopyAsync(source, target, TimeProvider.System, ct).ConfigureAwait(false);
                foreach (var (table, rows) in copied.Where(c => c.Rows > 0))
                {
                    await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{table,-24} {rows,10}")).ConfigureAwait(false);
                }

                await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"copied {copied.Sum(c => c.Rows)} rows in {clock.Elapsed.TotalSeconds:F1} s (the crawler's sources and frontier stay in the SQLite file)")).ConfigureAwait(false);
                return ExitCodes.Ok;
            }
            catch (InvalidOperationException e)
            {
                console.Fail($"copy refused: {e.Message}");
                return ExitCodes.InputRejected;
            }
            catch (Exception e) when (StoreOpener.IsStorageFailure(e))
            {
                console.Fail($"the copy failed and was rolled back: {e.Message}");
                return ExitCodes.StorageFailure;
            }
        });
        return command;
    }
}
