using System.CommandLine;
using System.Runtime.CompilerServices;
using System.Text;
using HopTac.Core.Pages;
using HopTac.Export;
using HopTac.Storage;

namespace HopTac.Cli.Commands;

/// <summary><c>hoptac export --format jsonl|csv</c>: every current page with its facts.</summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console, CommonOptions common)
    {
        var format = common.Format("jsonl: one page record per line (facts.md); csv: one row per page.", "jsonl", "csv");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var command = new Command("export", "Export the stored pages and their facts.") { format, output, common.Db };
        command.SetAction(async (parse, ct) => await StoreCommand.RunAsync(console, parse.GetValue(common.Db)!, async store =>
        {
            var kind = parse.GetValue(format) == "csv" ? ExportFormat.Csv : ExportFormat.Jsonl;
            var path = parse.GetValue(output);
            if (path is null)
            {
                await PageExporter.WriteAsync(Pages(store, ct), kind, console.Out, ct).ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: kind == ExportFormat.Csv));
            await using (writer.ConfigureAwait(false))
            {
                var count = await PageExporter.WriteAsync(Pages(store, ct), kind, writer, ct).ConfigureAwait(false);
                await console.Error.WriteLineAsync($"hoptac: wrote {count} pages to {path}").ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        }, ct).ConfigureAwait(false));
        return command;
    }

    private static async IAsyncEnumerable<(long, PageRecord)> Pages(IPageStore store, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var page in store.ListAsync(ct).ConfigureAwait(false))
        {
            yield return (page.Id, page.Record);
        }
    }
}
