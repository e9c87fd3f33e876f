using System.CommandLine;
using System.Runtime.CompilerServices;
using System.Text;
using HopTac.Core.Pages;
using HopTac.Export;
using HopTac.Export.Facts;
using HopTac.Storage;
using HopTac.Storage.Facts;

namespace HopTac.Cli.Commands;

/// <summary>
/// <c>hoptac export --format jsonl|csv</c>: every current page with its facts as the machine read them;
/// <c>hoptac export --facts --format csv|jsonl|xlsx [--all]</c>: the consolidated facts after curation.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console, CommonOptions common)
    {
        var format = common.Format(
            "jsonl: one record per line; csv: one row per page or fact (UTF-8 with BOM); xlsx: one sheet per fact kind (--facts, needs -o).",
            "jsonl", "csv", "xlsx");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var facts = new Option<bool>("--facts") { Description = "Export the consolidated facts after curation (accepted, edited) instead of the pages." };
        var all = new Option<bool>("--all") { Description = "With --facts: keep the facts curators rejected (their status says so)." };
        var partner = new Option<string?>("--partner") { Description = "With --facts: only facts naming this partner (RU, ASEAN) or people of that country." };
        var area = common.AreaFilter("With --facts: only facts of pages about this area (health, education).");
        var command = new Command("export", "Export the stored pages and their facts, or the curated consolidated facts.") { format, output, facts, all, partner, area, common.Db };
        command.SetAction(async (parse, ct) =>
        {
            var kind = parse.GetValue(format) switch
            {
                "csv" => ExportFormat.Csv,
                "xlsx" => ExportFormat.Xlsx,
                _ => ExportFormat.Jsonl,
            };
            var path = parse.GetValue(output);
            var factExport = parse.GetValue(facts);
            if (kind == ExportFormat.Xlsx && (!factExport || path is null))
            {
                console.Fail("--format xlsx needs --facts and --output FILE");
                return ExitCodes.Usage;
            }

            // The fact filters mean nothing for an export of pages: refused rather than ignored in silence.
            if (!factExport && (parse.GetValue(all) || parse.GetValue(partner) is not null || parse.GetValue(area) is not null))
            {
                console.Fail("--all, --partner and --area filter the facts: add --facts");
                return ExitCodes.Usage;
            }

            // A partner by name as `timeline` takes it (Nga, Belarus); a word naming none is refused with close names.
            var named = parse.GetValue(partner);
            var code = named is null ? null : PartnerArgument.Resolve(console, named);
            if (named is not null && code is null)
            {
                return ExitCodes.InputRejected;
            }

            return await StoreCommand.RunAsync(console, parse.GetValue(common.Db)!, async store =>
            {
                var query = new FactQuery { IncludeRejected = parse.GetValue(all), Partner = code, Area = parse.GetValue(area) };
                var what = factExport ? "facts" : "pages";
                if (kind == ExportFormat.Xlsx)
                {
                    var file = File.Create(path!);
                    await using (file.ConfigureAwait(false))
                    {
                        var written = FactExporter.WriteXlsx(k => store.Facts.ReadAsync(query with { Kinds = [k] }, ct), file, ct);
                        await console.Error.WriteLineAsync($"hoptac: wrote {written} facts to {path}").ConfigureAwait(false);
                    }

                    return ExitCodes.Ok;
                }

                if (path is null)
                {
                    await WriteAsync(store, factExport, query, kind, console.Out, ct).ConfigureAwait(false);
                    return ExitCodes.Ok;
                }

                // The BOM is what makes Excel read a CSV as UTF-8: without it Vietnamese comes out as mojibake.
                var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: kind == ExportFormat.Csv));
                await using (writer.ConfigureAwait(false))
                {
                    var count = await WriteAsync(store, factExport, query, kind, writer, ct).ConfigureAwait(false);
                    await console.Error.WriteLineAsync($"hoptac: wrote {count} {what} to {path}").ConfigureAwait(false);
                }

                return ExitCodes.Ok;
            }, ct).ConfigureAwait(false);
        });
        return command;
    }

    private static Task<long> WriteAsync(IPageStore store, bool facts, FactQuery query, ExportFormat kind, TextWriter writer, CancellationToken ct) =>
        facts
            ? FactExporter.WriteTextAsync(store.Facts.ReadAsync(query, ct), kind, writer, ct)
            : PageExporter.WriteAsync(Pages(store, ct), kind, writer, ct);

    private static async IAsyncEnumerable<(long, PageRecord)> Pages(IPageStore store, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var page in store.ListAsync(ct).ConfigureAwait(false))
        {
            yield return (page.Id, page.Record);
        }
    }
}
