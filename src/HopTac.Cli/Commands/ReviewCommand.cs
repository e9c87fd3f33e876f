using System.CommandLine;
using System.Globalization;
using HopTac.Storage.Knowledge;
using Spectre.Console;

namespace HopTac.Cli.Commands;

/// <summary>
/// <c>hoptac review</c>: the review queue, facts no curator has decided on yet, the best supported and most recent
/// first; each is then accepted, rejected or corrected with <c>hoptac curate</c>. The web app's /review shows the same
/// queue with keyboard shortcuts and bulk decisions.
/// </summary>
internal static class ReviewCommand
{
    public static Command Create(CliConsole console, CommonOptions common)
    {
        var kind = new Option<string?>("--kind") { Description = "Only one kind of fact: event, agreement, figure or person." };
        kind.Validators.Add(result =>
        {
            if (!ReviewQuery.TryKind(result.GetValueOrDefault<string?>(), out _))
            {
                result.AddError($"--kind is one of event, agreement, figure, person, not '{result.GetValueOrDefault<string?>()}'.");
            }
        });
        var limit = new Option<int>("--limit", "-n") { Description = $"Most facts to list (1 to {ReviewQuery.MaxLimit}).", DefaultValueFactory = _ => 20 };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > ReviewQuery.MaxLimit)
            {
                result.AddError($"--limit must be between 1 and {ReviewQuery.MaxLimit}, not {result.GetValueOrDefault<int>()}.");
            }
        });
        var offset = new Option<int>("--offset") { Description = "Facts to skip, to page through the queue.", DefaultValueFactory = _ => 0 };
        offset.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--offset cannot be negative.");
            }
        });
        var format = common.Format("Output: a table for people, json for scripts.", "table", "json");
        var command = new Command("review", "The review queue: facts not yet accepted, rejected or corrected, most supporting pages and most recent first.")
        {
            kind, limit, offset, format, common.Db,
        };
        command.SetAction(async (parse, ct) => await StoreCommand.RunAsync(console, parse.GetValue(common.Db)!, async store =>
        {
            var queue = await store.Knowledge.GetReviewQueueAsync(
                new ReviewQuery(parse.GetValue(kind), parse.GetValue(offset), parse.GetValue(limit)), ct).ConfigureAwait(false);
            if (parse.GetValue(format) == "json")
            {
                KnowledgeOutput.Json(console, queue);
                return ExitCodes.Ok;
            }

            Render(console, queue);
            return ExitCodes.Ok;
        }, ct).ConfigureAwait(false));
        return command;
    }

    private static void Render(CliConsole console, ReviewQueuePage queue)
    {
        var inv = CultureInfo.InvariantCulture;
        if (queue.Items.Count == 0)
        {
            console.Tables.WriteLine(queue.Total == 0 ? "Nothing to review: every fact has a curator's decision." : "No facts at this offset.");
            return;
        }

        var table = new Table().AddColumn("id").AddColumn(new TableColumn("pages").RightAligned()).AddColumn("latest").AddColumn("fact").AddColumn("evidence");
        foreach (var item in queue.Items)
        {
            table.AddRow(
                KnowledgeOutput.Cell(item.Id),
                item.Pages.ToString(inv),
                KnowledgeOutput.Cell(item.Latest),
                KnowledgeOutput.Cell(item.Label) + (item.Conflict ? " [yellow](sources disagree)[/]" : string.Empty),
                $"[dim]#{item.Page}[/] " + KnowledgeOutput.Cell(item.Evidence.Length > 160 ? item.Evidence[..160] + "…" : item.Evidence));
        }

        console.Tables.Write(table);
        console.Tables.WriteLine(string.Create(inv,
            $"{queue.Offset + 1}-{queue.Offset + queue.Items.Count} of {queue.Total:N0} facts to review. Decide with: hoptac curate accept|reject ID --by NAME, hoptac curate edit ID --set field=value --by NAME"));
    }
}
