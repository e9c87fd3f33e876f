using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using HopTac.Core.Pages;
using Spectre.Console;

namespace HopTac.Cli.Commands;

/// <summary><c>hoptac stats</c>: what the store holds.</summary>
internal static class StatsCommand
{
    public static Command Create(CliConsole console, CommonOptions common)
    {
        var format = common.Format("Output: a table, or json.", "table", "json");
        var command = new Command("stats", "Count the pages, versions, sources, facts, events by type and agreements in the store.") { format, common.Db };
        command.SetAction(async (parse, ct) => await StoreCommand.RunAsync(console, parse.GetValue(common.Db)!, async store =>
        {
            var stats = await store.GetStatsAsync(ct).ConfigureAwait(false);
            if (parse.GetValue(format) == "json")
            {
                await console.Out.WriteLineAsync(JsonSerializer.Serialize(stats, PageRecordJson.Options)).ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            var inv = CultureInfo.InvariantCulture;
            var table = new Table().AddColumn("what").AddColumn(new TableColumn("count").RightAligned());
            table.AddRow("pages (current)", stats.Pages.ToString("N0", inv));
            table.AddRow("versions", stats.Versions.ToString("N0", inv));
            table.AddRow("sources", stats.Sources.ToString("N0", inv));
            table.AddRow("characters of text", stats.Characters.ToString("N0", inv));
            foreach (var (encoding, count) in stats.ByEncoding.OrderByDescending(kv => kv.Value))
            {
                table.AddRow($"  encoding {Markup.Escape(encoding)}", count.ToString("N0", inv));
            }

            table.AddRow("relevant pages", stats.RelevantPages.ToString("N0", inv));
            table.AddRow("people", stats.People.ToString("N0", inv));
            table.AddRow("organisations", stats.Organizations.ToString("N0", inv));
            table.AddRow("figures", stats.Figures.ToString("N0", inv));
            table.AddRow("events", stats.EventsByType.Values.Sum().ToString("N0", inv));
            foreach (var (type, count) in stats.EventsByType.OrderByDescending(kv => kv.Value))
            {
                table.AddRow($"  event {Markup.Escape(type)}", count.ToString("N0", inv));
            }

            table.AddRow("agreements", stats.AgreementsByType.Values.Sum().ToString("N0", inv));
            foreach (var (type, count) in stats.AgreementsByType.OrderByDescending(kv => kv.Value))
            {
                table.AddRow($"  agreement {Markup.Escape(type)}", count.ToString("N0", inv));
            }

            console.Tables.Write(table);
            return ExitCodes.Ok;
        }, ct).ConfigureAwait(false));
        return command;
    }
}
