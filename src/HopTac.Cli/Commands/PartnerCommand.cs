using System.CommandLine;
using System.Globalization;
using HopTac.Core.Partners;
using HopTac.Storage.Knowledge;
using Spectre.Console;

namespace HopTac.Cli.Commands;

/// <summary><c>hoptac partner [CODE]</c>: counts per year, area and type and the people of one partner; all partners without a code.</summary>
internal static class PartnerCommand
{
    public static Command Create(CliConsole console, CommonOptions common)
    {
        var code = new Argument<string?>("code") { Description = "A state or organisation by name (Nga, Belarus, Russia) or code (RU, ASEAN); none lists every partner.", Arity = ArgumentArity.ZeroOrOne };
        var format = common.Format("Output: a table for people, json for scripts.", "table", "json");
        var command = new Command("partner", "A partner's overview: events per year, area and type, agreements, figures, people.") { code, format, common.Db };
        command.SetAction(async (parse, ct) => await StoreCommand.RunAsync(console, parse.GetValue(common.Db)!, async store =>
        {
            var json = parse.GetValue(format) == "json";
            var wanted = parse.GetValue(code);
            if (string.IsNullOrWhiteSpace(wanted))
            {
                var partners = await store.Knowledge.ListPartnersAsync(ct).ConfigureAwait(false);
                if (json)
                {
                    KnowledgeOutput.Json(console, new { partners });
                }
                else
                {
                    var table = new Table().AddColumn("partner").AddColumn("name").AddColumn("events").AddColumn("agreements");
                    foreach (var p in partners)
                    {
                        table.AddRow(Markup.Escape(p.Code), Markup.Escape(PartnerDirectory.Shared.Name(p.Code, english: false)), p.Events.ToString(CultureInfo.InvariantCulture), p.Agreements.ToString(CultureInfo.InvariantCulture));
                    }

                    console.Tables.Write(table);
                }

                return ExitCodes.Ok;
            }

            if (PartnerArgument.Resolve(console, wanted) is not { } resolved)
            {
                return ExitCodes.InputRejected;
            }

            var overview = await store.Knowledge.GetPartnerAsync(resolved, ct).ConfigureAwait(false);
            if (overview is null)
            {
                console.Fail($"no consolidated fact names {PartnerDirectory.Shared.Label(resolved, english: true)}");
                return ExitCodes.InputRejected;
            }

            if (json)
            {
                KnowledgeOutput.Json(console, overview);
            }
            else
            {
                Render(console.Tables, overview);
            }

            return ExitCodes.Ok;
        }, ct).ConfigureAwait(false));
        return command;
    }

    private static void Render(IAnsiConsole console, PartnerOverview o)
    {
        console.MarkupLine($"[bold]{Markup.Escape(PartnerDirectory.Shared.Label(o.Code, english: true))}[/]: {o.Events} events, {o.Agreements} agreements, {o.Figures} figures");
        var counts = new Table().AddColumn("by year").AddColumn("by area").AddColumn("by type");
        // "unknown" is the key in JSON; a person reads the group's name, and it comes after the years.
        var years = o.EventsByYear.OrderBy(p => p.Key == "unknown" ? 1 : 0).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{(p.Key == "unknown" ? "year not known" : p.Key)}: {p.Value}").ToList();
        var areas = o.EventsByArea.OrderByDescending(p => p.Value).Select(p => $"{p.Key}: {p.Value}").ToList();
        var types = o.EventsByType.OrderByDescending(p => p.Value).Select(p => $"{p.Key}: {p.Value}").ToList();
        counts.AddRow(Markup.Escape(string.Join('\n', years)), Markup.Escape(string.Join('\n', areas)), Markup.Escape(string.Join('\n', types)));
        console.Write(counts);
        if (o.People.Count > 0)
        {
            var people = new Table().AddColumn("id").AddColumn("person").AddColumn("offices").AddColumn("pages");
            foreach (var p in o.People)
            {
                people.AddRow(
                    p.Id,
                    Markup.Escape(p.Name),
                    Markup.Escape(string.Join('\n', p.Offices.Select(x => x.Title))),
                    p.Sources.Count.ToString(CultureInfo.InvariantCulture));
            }

            console.Write(people);
        }
    }
}
