using System.CommandLine;
using System.Globalization;
using HopTac.Core.Partners;
using HopTac.Storage.Knowledge;
using Spectre.Console;

namespace HopTac.Cli.Commands;

/// <summary><c>hoptac timeline CODE</c>: a partner's consolidated events, agreements and figures in date order.</summary>
internal static class TimelineCommand
{
    public static Command Create(CliConsole console, CommonOptions common)
    {
        var partner = new Argument<string>("partner") { Description = "A state or organisation by name (Nga, Belarus, Liên minh châu Âu, Russia) or code (RU, LA, ASEAN)." };
        var from = common.DateFilter("--from", "Only facts that may be dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD); facts whose year is not known are shown in their own group.");
        var to = common.DateFilter("--to", "Only facts that may be dated on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).");
        var area = common.AreaFilter("Only facts reported by pages of this area (e.g. vaccines, health, trade).");
        var type = common.TypeFilter("Only events or agreements of this type (e.g. visit, talks, signing, memorandum).");
        var format = common.Format("Output: a table for people, json for scripts.", "table", "json");
        var command = new Command("timeline", "A partner's events, agreements and figures in date order, each with its sources.")
        {
            partner, from, to, area, type, format, common.Db,
        };
        command.SetAction(async (parse, ct) => await StoreCommand.RunAsync(console, parse.GetValue(common.Db)!, async store =>
        {
            if (PartnerArgument.Resolve(console, parse.GetValue(partner)!) is not { } code)
            {
                return ExitCodes.InputRejected;
            }

            var query = new TimelineQuery(code, parse.GetValue(from), parse.GetValue(to), parse.GetValue(area), parse.GetValue(type));
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
            console.WriteLine($"No consolidated facts name {PartnerDirectory.Shared.Label(timeline.Partner, english: true)}.");
            return;
        }

        // Facts whose year is not known are neither dropped nor sorted among the years: they get their own table.
        var events = timeline.Events.Where(e => e.YearKnown).ToList();
        var agreements = timeline.Agreements.Where(a => a.YearKnown).ToList();
        if (events.Count > 0)
        {
            var table = new Table().Title($"Events with {Markup.Escape(PartnerDirectory.Shared.Label(timeline.Partner, english: true))}").AddColumn("id").AddColumn("date").AddColumn("type")
                .AddColumn("actors / participants").AddColumn("sources");
            foreach (var e in events)
            {
                table.AddRow(EventCells(e));
            }

            console.Write(table);
        }

        if (agreements.Count > 0)
        {
            var table = new Table().Title("Agreements").AddColumn("id").AddColumn("date").AddColumn("type").AddColumn("title").AddColumn("sources");
            foreach (var a in agreements)
            {
                table.AddRow(AgreementCells(a));
            }

            console.Write(table);
        }

        var yearless = timeline.Events.Where(e => !e.YearKnown).Select(EventCells)
            .Concat(timeline.Agreements.Where(a => !a.YearKnown).Select(AgreementCells)).ToList();
        if (yearless.Count > 0)
        {
            var table = new Table().Title("Year not known").AddColumn("id").AddColumn("date").AddColumn("type")
                .AddColumn("actors / participants / title").AddColumn("sources");
            foreach (var row in yearless)
            {
                table.AddRow(row);
            }

            console.Write(table);
        }

        if (timeline.Figures.Count > 0)
        {
            var table = new Table().Title("Figures").AddColumn("id").AddColumn("date").AddColumn("figure").AddColumn("sources");
            foreach (var f in timeline.Figures)
            {
                var text = f.Conflict ? $"{f.Text} (values: {string.Join(", ", f.ValueVariants.Select(v => v.ToString(CultureInfo.InvariantCulture)))})" : f.Text;
                table.AddRow(new Markup(f.Id), new Markup(KnowledgeOutput.Date(f.Date, false, [], null)), new Markup(KnowledgeOutput.Cell(text)), new Markup(KnowledgeOutput.Sources(f.Sources, 3)));
            }

            console.Write(table);
        }
    }

    private static Markup[] EventCells(TimelineEvent e) =>
    [
        new(e.Id + (e.Status == FactStatus.Machine ? "" : $"\n[dim]{e.Status}[/]")),
        new(KnowledgeOutput.Date(e.Date, e.Conflict, e.DateVariants, e.YearFrom)),
        new(KnowledgeOutput.Cell(e.Type)),
        new(KnowledgeOutput.List(e.Actors) + (e.Participants.Count > 0 ? "\n" + KnowledgeOutput.List(e.Participants) : "")),
        new(KnowledgeOutput.Sources(e.Sources)),
    ];

    private static Markup[] AgreementCells(TimelineAgreement a) =>
    [
        new(a.Id),
        new(KnowledgeOutput.Date(a.Date, a.Conflict, a.DateVariants, a.YearFrom)),
        new(KnowledgeOutput.Cell(a.Type)),
        new(KnowledgeOutput.Cell(a.Title)),
        new(KnowledgeOutput.Sources(a.Sources)),
    ];
}
