using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using HopTac.Core.Pages;
using Spectre.Console;

namespace HopTac.Cli.Commands;

/// <summary>
/// <c>hoptac stats</c>: what the store holds. The first rows are the dashboard's cards, counted the same way and
/// named the same: pages, relevant pages, and consolidated events, agreements and figures involving a partner (each
/// real-world fact once). What the pages mention, fact by fact and page by page, follows under its own labels
/// ("figure mentions"): the two differ by design (4,744 figure mentions can be 102 consolidated figures).
/// </summary>
internal static class StatsCommand
{
    public static Command Create(CliConsole console, CommonOptions common)
    {
        var format = common.Format("Output: a table, or json.", "table", "json");
        var command = new Command("stats", "Count the pages, versions, sources, facts, events by type and agreements in the store.") { format, common.Db };
        command.SetAction(async (parse, ct) => await StoreCommand.RunAsync(console, parse.GetValue(common.Db)!, async store =>
        {
            var stats = await store.GetStatsAsync(ct).ConfigureAwait(false);
            var counts = await store.Knowledge.GetCountsAsync(ct).ConfigureAwait(false);
            if (parse.GetValue(format) == "json")
            {
                var node = JsonSerializer.SerializeToNode(stats, PageRecordJson.Options)!.AsObject();
                node["knowledge_base"] = new JsonObject
                {
                    ["events"] = counts.Events,
                    ["agreements"] = counts.Agreements,
                    ["figures"] = counts.Figures,
                };
                await console.Out.WriteLineAsync(node.ToJsonString(PageRecordJson.Options)).ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            var inv = CultureInfo.InvariantCulture;
            var table = new Table().AddColumn("what").AddColumn(new TableColumn("count").RightAligned());
            table.AddRow("[bold]as on the dashboard[/]", "");
            table.AddRow("pages", stats.Pages.ToString("N0", inv));
            table.AddRow("relevant pages", stats.RelevantPages.ToString("N0", inv));
            table.AddRow("events (consolidated, with a partner)", counts.Events.ToString("N0", inv));
            table.AddRow("agreements (consolidated, with a partner)", counts.Agreements.ToString("N0", inv));
            table.AddRow("figures (consolidated, with a partner)", counts.Figures.ToString("N0", inv));
            table.AddRow("people", stats.People.ToString("N0", inv));
            table.AddRow("[bold]the stored pages[/]", "");
            table.AddRow("versions", stats.Versions.ToString("N0", inv));
            table.AddRow("sources", stats.Sources.ToString("N0", inv));
            table.AddRow("characters of text", stats.Characters.ToString("N0", inv));
            foreach (var (encoding, count) in stats.ByEncoding.OrderByDescending(kv => kv.Value))
            {
                table.AddRow($"  encoding {Markup.Escape(encoding)}", count.ToString("N0", inv));
            }

            table.AddRow("organisation mentions", stats.Organizations.ToString("N0", inv));
            table.AddRow("figure mentions", stats.Figures.ToString("N0", inv));
            table.AddRow("event mentions", stats.EventsByType.Values.Sum().ToString("N0", inv));
            foreach (var (type, count) in stats.EventsByType.OrderByDescending(kv => kv.Value))
            {
                table.AddRow($"  event mentions {Markup.Escape(type)}", count.ToString("N0", inv));
            }

            table.AddRow("agreement mentions", stats.AgreementsByType.Values.Sum().ToString("N0", inv));
            foreach (var (type, count) in stats.AgreementsByType.OrderByDescending(kv => kv.Value))
            {
                table.AddRow($"  agreement mentions {Markup.Escape(type)}", count.ToString("N0", inv));
            }

            console.Tables.Write(table);
            return ExitCodes.Ok;
        }, ct).ConfigureAwait(false));
        return command;
    }
}
