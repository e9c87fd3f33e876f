using System.CommandLine;
using System.Globalization;
using HopTac.Storage.Knowledge;

namespace HopTac.Cli.Commands;

/// <summary>
/// <c>hoptac curate accept|reject|edit|merge|split FACT …</c>: a curator's decision, stored as a new revision with
/// who, when and why, and re-applied after every re-consolidation.
/// </summary>
internal static class CurateCommand
{
    public static Command Create(CliConsole console, CommonOptions common)
    {
        var command = new Command("curate", "Accept, reject, correct, merge or split a consolidated fact (a new revision; nothing is overwritten).");
        command.Subcommands.Add(Simple(console, common, "accept", "Mark a fact as checked and right."));
        command.Subcommands.Add(Simple(console, common, "reject", "Mark a fact as wrong: timelines leave it out."));
        command.Subcommands.Add(Edit(console, common));
        command.Subcommands.Add(Merge(console, common));
        command.Subcommands.Add(Split(console, common));
        return command;
    }

    private static Argument<string> Fact() => new("fact") { Description = "A fact id: E12 (event), A3 (agreement), F7 (figure), P5 (person)." };

    private static Option<string> By() => new("--by")
    {
        Description = "Who decides (defaults to the user name).",
        DefaultValueFactory = _ => Environment.UserName,
    };

    private static Option<string?> Why() => new("--why") { Description = "Why: a source, a reason." };

    private static Command Simple(CliConsole console, CommonOptions common, string action, string description)
    {
        var fact = Fact();
        var by = By();
        var why = Why();
        var format = Format(common);
        var command = new Command(action, description) { fact, by, why, format, common.Db };
        command.SetAction((parse, ct) => RunAsync(console, parse.GetValue(common.Db)!, parse.GetValue(format) == "json",
            new CurationRequest(parse.GetValue(fact)!, action, parse.GetValue(by)!, parse.GetValue(why)), ct));
        return command;
    }

    private static Command Edit(CliConsole console, CommonOptions common)
    {
        var fact = Fact();
        var by = By();
        var why = Why();
        var set = new Option<string[]>("--set")
        {
            Description = "A field to set, as name=value (date, type, title, value, unit, actors, participants, place, period, per, text, name, country); repeatable.",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = true,
            Required = true,
        };
        var format = Format(common);
        var command = new Command("edit", "Correct a fact's fields.") { fact, set, by, why, format, common.Db };
        command.SetAction(async (parse, ct) =>
        {
            var changes = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var pair in parse.GetValue(set) ?? [])
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0)
                {
                    console.Fail($"--set takes name=value, not '{pair}'");
                    return ExitCodes.Usage;
                }

                changes[pair[..eq].Trim()] = pair[(eq + 1)..];
            }

            return await RunAsync(console, parse.GetValue(common.Db)!, parse.GetValue(format) == "json",
                new CurationRequest(parse.GetValue(fact)!, "edit", parse.GetValue(by)!, parse.GetValue(why), Changes: changes), ct).ConfigureAwait(false);
        });
        return command;
    }

    private static Command Merge(CliConsole console, CommonOptions common)
    {
        var fact = Fact();
        var other = new Argument<string>("other") { Description = "The fact to merge into it (same kind)." };
        var by = By();
        var why = Why();
        var format = Format(common);
        var command = new Command("merge", "Two facts are one: they stay together from now on.") { fact, other, by, why, format, common.Db };
        command.SetAction((parse, ct) => RunAsync(console, parse.GetValue(common.Db)!, parse.GetValue(format) == "json",
            new CurationRequest(parse.GetValue(fact)!, "merge", parse.GetValue(by)!, parse.GetValue(why), OtherFactId: parse.GetValue(other)), ct));
        return command;
    }

    private static Command Split(CliConsole console, CommonOptions common)
    {
        var fact = Fact();
        var pages = new Option<long[]>("--page")
        {
            Description = "A page id whose mentions leave the fact (repeatable).",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = true,
            Required = true,
        };
        var by = By();
        var why = Why();
        var format = Format(common);
        var command = new Command("split", "Take some pages' reports out of a fact: they never join it again.") { fact, pages, by, why, format, common.Db };
        command.SetAction((parse, ct) => RunAsync(console, parse.GetValue(common.Db)!, parse.GetValue(format) == "json",
            new CurationRequest(parse.GetValue(fact)!, "split", parse.GetValue(by)!, parse.GetValue(why), SplitPages: parse.GetValue(pages)), ct));
        return command;
    }

    private static Option<string> Format(CommonOptions common) => common.Format("Output: a line for people, json for scripts.", "table", "json");

    private static Task<int> RunAsync(CliConsole console, string db, bool json, CurationRequest request, CancellationToken ct) =>
        StoreCommand.RunAsync(console, db, async store =>
        {
            var outcome = await store.Knowledge.CurateAsync(request, ct).ConfigureAwait(false);
            if (json)
            {
                KnowledgeOutput.Json(console, outcome);
            }

            if (outcome.Result != CurationResult.Ok)
            {
                console.Fail(outcome.Error ?? outcome.Result.ToString());
                return ExitCodes.InputRejected;
            }

            if (!json)
            {
                await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{request.Action} {request.FactId}: revision {outcome.RevisionId}, fact now {outcome.FactId}")).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        }, ct);
}
