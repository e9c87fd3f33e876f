using System.CommandLine;
using System.Globalization;
using HopTac.Storage.Knowledge;
using Spectre.Console;

namespace HopTac.Cli.Commands;

/// <summary><c>hoptac timeline CODE</c>: a partner's consolidated events, agreements and figures in date order.</summary>
internal static class TimelineCommand
{
    public static Command Create(CliConsole console, CommonOptions common)
    {
        var partner = new Argument<string>("partner") { Description = "A state code (RU, LA, CN) or a bloc (ASEAN, EU)." };
        var from = new Option<string?>("--from") { Description = "Only facts dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD); undated facts are left out." };
        var to = new Option<string?>("--to") { Description = "Only facts dated on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)." };
        var area = new Option<string?>("--area") { Description = "Only facts reported by pages of this area (e.g. vaccines, health, trade)." };
        var type = new Option<string?>("--type") { Description = "Only events or agreements of this type (e.g. visit, talks, signing, memorandum)." };
        var format = common.Format("Output: a table for people, json for scripts.", "table", "json");
        var command = new Command("timeline", "A partner's events, agreements and figures in date order, each with its sources.")
        {
            partner, from, to, area, type, format, common.Db,
        };
        command.SetAction(async (parse, ct) => await StoreCommand.RunAsync(console, parse.GetValue(common.Db)!, async store =>
        {
            var query = new TimelineQuery(parse.GetValue(partner)!, parse.GetValue(from), parse.GetValue(to), parse.GetValue(area), parse.GetValue(type));
            var timeline = await store.Knowledge.GetTimelineAsync(query, ct).ConfigureAwait(false);
            if (parse.GetValue(format) == "json")
            {
                KnowledgeOutput.Json(console, timeline);
            }
            else
            {
                Render(console.Tables, timeline);
            }

            return ExitCodes.Ok;
        }, ct).ConfigureAwait(false));
        return command;
    }

    private static void Render(IAnsiConsole console, Timeline timeline)
    {
        if (timeline.Events.Count + timeline.Agreements.Count + timeline.Figures.Count == 0)
        {
            console.WriteLine($"No consolidated facts name {timeline.Partner}.");
            return;
        }

        if (timeline.Events.Count > 0)
        {
            var table = new Table().Title($"Events with {Markup.Escape(timeline.Partner)}").AddColumn("id").AddColumn("date").AddColumn("type")
                .AddColumn("actors / participants").AddColumn("sources");
            foreach (var e in timeline.Events)
            {
                table.AddRow(
                    new Markup(e.Id + (e.Status == FactStatus.Machine ? "" : $"\n[dim]{e.Status}[/]")),
                    new Markup(KnowledgeOutput.Date(e.Date, e.Conflict, e.DateVariants)),
                    new Markup(KnowledgeOutput.Cell(e.Type)),
                    new Markup(KnowledgeOutput.List(e.Actors) + (e.Participants.Count > 0 ? "\n" + KnowledgeOutput.List(e.Participants) : "")),
                    new Markup(KnowledgeOutput.Sources(e.Sources)));
            }

            console.Write(table);
        }

        if (timeline.Agreements.Count > 0)
        {
            var table = new Table().Title("Agreements").AddColumn("id").AddColumn("date").AddColumn("type").AddColumn("title").AddColumn("sources");
            foreach (var a in timeline.Agreements)
            {
                table.AddRow(
                    new Markup(a.Id),
                    new Markup(KnowledgeOutput.Date(a.Date, a.Conflict, a.DateVariants)),
                    new Markup(KnowledgeOutput.Cell(a.Type)),
                    new Markup(KnowledgeOutput.Cell(a.Title)),
                    new Markup(KnowledgeOutput.Sources(a.Sources)));
            }

            console.Write(table);
        }

        if (timeline.Figures.Count > 0)
        {
            var table = new Table().Title("Figures").AddColumn("id").AddColumn("date").AddColumn("figure").AddColumn("sources");
            foreach (var f in timeline.Figures)
            {
                var text = f.Conflict ? $"{f.Text} (values: {string.Join(", ", f.ValueVariants.Select(v => v.ToString(CultureInfo.InvariantCulture)))})" : f.Text;
                table.AddRow(new Markup(f.Id), new Markup(KnowledgeOutput.Cell(f.Date)), new Markup(KnowledgeOutput.Cell(text)), new Markup(KnowledgeOutput.Sources(f.Sources, 3)));
            }

            console.Write(table);
        }
    }
}
