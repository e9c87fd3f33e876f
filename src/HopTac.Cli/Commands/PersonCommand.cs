using System.CommandLine;
using Spectre.Console;

namespace HopTac.Cli.Commands;

/// <summary><c>hoptac person NAME</c>: consolidated people by name, with or without diacritics, full or short.</summary>
internal static class PersonCommand
{
    public static Command Create(CliConsole console, CommonOptions common)
    {
        var name = new Argument<string[]>("name") { Description = "A name, with or without diacritics, full or short (\"Đào Hồng Lan\", \"dao hong lan\", \"Putin\").", Arity = ArgumentArity.OneOrMore };
        var format = common.Format("Output: a table for people, json for scripts.", "table", "json");
        var command = new Command("person", "People by name: offices held (first and last seen), events, pages.") { name, format, common.Db };
        command.SetAction(async (parse, ct) => await StoreCommand.RunAsync(console, parse.GetValue(common.Db)!, async store =>
        {
            var query = string.Join(' ', parse.GetValue(name)!);
            var people = await store.Knowledge.FindPeopleAsync(query, ct).ConfigureAwait(false);
            if (parse.GetValue(format) == "json")
            {
                KnowledgeOutput.Json(console, new { query, people });
                return people.Count == 0 ? ExitCodes.InputRejected : ExitCodes.Ok;
            }

            if (people.Count == 0)
            {
                console.Fail($"no person named {query}");
                return ExitCodes.InputRejected;
            }

            var table = new Table().AddColumn("id").AddColumn("name").AddColumn("offices (first – last seen)").AddColumn("events").AddColumn("sources");
            foreach (var p in people)
            {
                var offices = p.Offices.Select(o => $"{o.Title} ({o.FirstSeen ?? "?"} – {o.LastSeen ?? "?"})");
                table.AddRow(
                    new Markup(p.Id),
                    new Markup(Markup.Escape(p.Name + (p.Country is null ? "" : $" ({p.Country})")) + (p.Aliases.Count > 1 ? "\n[dim]" + KnowledgeOutput.List(p.Aliases) + "[/]" : "")),
                    new Markup(Markup.Escape(string.Join('\n', offices))),
                    new Markup(KnowledgeOutput.List(p.EventIds)),
                    new Markup(KnowledgeOutput.Sources(p.Sources, 3)));
            }

            console.Tables.Write(table);
            return ExitCodes.Ok;
        }, ct).ConfigureAwait(false));
        return command;
    }
}
