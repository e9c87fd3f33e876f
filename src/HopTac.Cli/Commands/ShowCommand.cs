using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using HopTac.Core.Pages;
using HopTac.Storage;
using Spectre.Console;

namespace HopTac.Cli.Commands;

/// <summary><c>hoptac show ID</c>: one stored page with its article and its facts, each with its evidence.</summary>
internal static class ShowCommand
{
    public static Command Create(CliConsole console, CommonOptions common)
    {
        var id = CliIds.Page();
        var format = common.Format("Output: readable text, or the page record as json.", "table", "json");
        var command = new Command("show", "Show a stored page: title, date, authors, text and facts with their evidence.") { id, format, common.Db };
        command.SetAction(async (parse, ct) => await StoreCommand.RunAsync(console, parse.GetValue(common.Db)!, async store =>
        {
            var pageId = CliIds.TryPage(parse.GetValue(id))!.Value;
            var page = await store.GetAsync(pageId, ct).ConfigureAwait(false);
            if (page is null)
            {
                console.Fail($"no page with id {pageId} in this store (hoptac search or hoptac export list the pages)");
                return ExitCodes.InputRejected;
            }

            if (parse.GetValue(format) == "json")
            {
                var node = JsonNode.Parse(PageRecordJson.Serialize(page.Record))!.AsObject();
                node.Insert(0, "id", page.Id);
                node.Insert(1, "version", page.Version);
                await console.Out.WriteLineAsync(node.ToJsonString(PageRecordJson.Options)).ConfigureAwait(false);
            }
            else
            {
                Render(console.Tables, page);
            }

            return ExitCodes.Ok;
        }, ct).ConfigureAwait(false));
        return command;
    }

    private static void Render(IAnsiConsole console, StoredPage page)
    {
        var r = page.Record;
        var inv = CultureInfo.InvariantCulture;
        var header = new Grid().AddColumn().AddColumn();
        header.AddRow("[bold]id[/]", $"{page.Id} (version {page.Version}, ingested {page.IngestedAt.ToString("yyyy-MM-dd HH:mm", inv)})");
        header.AddRow("[bold]source[/]", Markup.Escape(r.Source));
        header.AddRow("[bold]title[/]", Markup.Escape(r.Title ?? "(none)"));
        header.AddRow("[bold]published[/]", Markup.Escape(r.Published ?? "(not shown)"));
        header.AddRow("[bold]authors[/]", Markup.Escape(r.Authors.Count == 0 ? "(none)" : string.Join(", ", r.Authors)));
        header.AddRow("[bold]relevant[/]", r.Relevant ? "yes: international cooperation" : "no");
        if (r.Encoding is not null)
        {
            header.AddRow("[bold]encoding[/]", Markup.Escape(r.Encoding));
        }

        if (r.Areas.Count > 0)
        {
            header.AddRow("[bold]areas[/]", Markup.Escape(string.Join(", ", r.Areas)));
        }

        console.Write(header);
        console.WriteLine();
        console.Write(new Panel(new Text(r.Text)).Header("article").Expand());

        Facts(console, "people", ["name", "title", "country", "evidence"],
            r.People.Select(p => new[] { p.Name, p.Title ?? "", p.Country ?? "", p.Evidence }));
        Facts(console, "organisations", ["name", "country", "evidence"],
            r.Organizations.Select(o => new[] { o.Name, o.Country ?? "", o.Evidence }));
        Facts(console, "events", ["type", "date", "actors", "participants", "evidence"],
            r.Events.Select(e => new[] { e.Type, e.Date ?? "", string.Join(", ", e.Actors), string.Join(", ", e.Participants), e.Evidence }));
        Facts(console, "agreements", ["type", "title", "actors", "date", "period", "evidence"],
            r.Agreements.Select(a => new[] { a.Type, a.Title, string.Join(", ", a.Actors), a.Date ?? "", a.Period ?? "", a.Evidence }));
        Facts(console, "figures", ["value", "unit", "per", "as written", "evidence"],
            r.Figures.Select(f => new[] { f.Value.ToString(inv), f.Unit, f.Per ?? "", f.Text, f.Evidence }));
    }

    private static void Facts(IAnsiConsole console, string name, string[] columns, IEnumerable<string[]> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        var table = new Table().Title($"[bold]{name}[/] ({list.Count})");
        foreach (var column in columns)
        {
            table.AddColumn(column);
        }

        foreach (var row in list)
        {
            table.AddRow(row.Select(cell => Markup.Escape(cell)).ToArray());
        }

        console.Write(table);
    }
}
