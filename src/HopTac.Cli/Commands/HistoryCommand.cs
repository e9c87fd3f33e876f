using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace HopTac.Cli.Commands;

/// <summary><c>hoptac history FACT</c>: a fact's current values and every revision (machine and curators), oldest first.</summary>
internal static class HistoryCommand
{
    public static Command Create(CliConsole console, CommonOptions common)
    {
        var fact = CliIds.Fact();
        var format = common.Format("Output: a table for people, json for scripts.", "table", "json");
        var command = new Command("history", "A fact's values, sources and audit history (who, when, why).") { fact, format, common.Db };
        command.SetAction(async (parse, ct) => await StoreCommand.RunAsync(console, parse.GetValue(common.Db)!, async store =>
        {
            var id = parse.GetValue(fact)!;
            var detail = await store.Knowledge.GetFactAsync(id, ct).ConfigureAwait(false);
            if (detail is null)
            {
                console.Fail($"no fact {CliIds.Normal(id)} in this store (a fact merged away keeps no id; hoptac review lists the facts)");
                return ExitCodes.InputRejected;
            }

            if (parse.GetValue(format) == "json")
            {
                KnowledgeOutput.Json(console, detail);
                return ExitCodes.Ok;
            }

            var t = console.Tables;
            t.MarkupLine($"[bold]{detail.Id}[/] {detail.Kind}, {detail.Status}{(detail.Conflict ? ", [yellow]sources disagree[/]" : "")}");
            var fields = new Table().AddColumn("field").AddColumn("value").AddColumn("machine");
            foreach (var (name, value) in detail.Fields)
            {
                var machine = detail.MachineFields.GetValueOrDefault(name);
                fields.AddRow(Markup.Escape(name), Markup.Escape(value ?? ""), Markup.Escape(string.Equals(machine, value, StringComparison.Ordinal) ? "" : machine ?? ""));
            }

            t.Write(fields);
            t.Write(new Markup(KnowledgeOutput.Sources(detail.Sources, 20) + "\n"));
            var history = new Table().AddColumn("rev").AddColumn("at").AddColumn("who").AddColumn("action").AddColumn("changes").AddColumn("why");
            foreach (var r in detail.History)
            {
                history.AddRow(
                    r.Id.ToString(CultureInfo.InvariantCulture),
                    r.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    Markup.Escape(r.Who),
                    Markup.Escape(r.Action + (r.FactId == detail.Id ? "" : $" ({r.FactId})")),
                    Markup.Escape(string.Join(", ", r.Changes.Select(c => $"{c.Key}={c.Value}"))),
                    Markup.Escape(r.Why ?? ""));
            }

            t.Write(history);
            return ExitCodes.Ok;
        }, ct).ConfigureAwait(false));
        return command;
    }
}
