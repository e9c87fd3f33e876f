using System.CommandLine;
using System.Globalization;
using HopTac.Storage.Knowledge;
using HopTac.Storage;

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

    /// <summary>The environment variable that names the curator when --by is not given.</summary>
    public const string CuratorVariable = "HOPTAC_CURATOR";

    private static Argument<string> Fact() => CliIds.Fact();

    // No default from the operating system: "root" signs nothing. The name is resolved in RunAsync (--by, then HOPTAC_CURATOR).
    private static Option<string?> By()
    {
        var option = new Option<string?>("--by") { Description = $"Who decides (required, or set {CuratorVariable})." };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } name && (string.IsNullOrWhiteSpace(name) || name.Length > 100))
            {
                result.AddError("--by needs the curator's name (at most 100 characters).");
            }
        });
        return option;
    }

    private static Option<string?> Why() => new("--why") { Description = "Why: a source, a reason." };

    private static Command Simple(CliConsole console, CommonOptions common, string action, string description)
    {
        var fact = Fact();
        var by = By();
        var why = Why();
        var format = Format(common);
        var command = new Command(action, description) { fact, by, why, format, common.Db };
        command.SetAction((parse, ct) => RunAsync(console, parse.GetValue(common.Db)!, parse.GetValue(format) == "json",
            new CurationRequest(CliIds.Normal(parse.GetValue(fact)!), action, parse.GetValue(by) ?? string.Empty, parse.GetValue(why)), ct));
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
                new CurationRequest(CliIds.Normal(parse.GetValue(fact)!), "edit", parse.GetValue(by) ?? string.Empty, parse.GetValue(why), Changes: changes), ct).ConfigureAwait(false);
        });
        return command;
    }

    private static Command Merge(CliConsole console, CommonOptions common)
    {
        var fact = Fact();
        var other = CliIds.Fact("other", "The fact to merge into it (same kind).");
        var by = By();
        var why = Why();
        var format = Format(common);
        var command = new Command("merge", "Two facts are one: they stay together from now on.") { fact, other, by, why, format, common.Db };
        command.SetAction((parse, ct) => RunAsync(console, parse.GetValue(common.Db)!, parse.GetValue(format) == "json",
            new CurationRequest(CliIds.Normal(parse.GetValue(fact)!), "merge", parse.GetValue(by) ?? string.Empty, parse.GetValue(why), OtherFactId: CliIds.Normal(parse.GetValue(other)!)), ct));
        return command;
    }

    private static Command Split(CliConsole console, CommonOptions common)
    {
        var fact = Fact();
        var pages = new Option<string[]>("--page")
        {
            Description = "A page id whose mentions leave the fact (repeatable).",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = true,
            Required = true,
        };
        pages.Validators.Add(result =>
        {
            foreach (var page in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (CliIds.TryPage(page) is null)
                {
                    result.AddError($"'{page}' is not a page id: {CliIds.PageHelp}.");
                }
            }
        });
        var by = By();
        var why = Why();
        var format = Format(common);
        var command = new Command("split", "Take some pages' reports out of a fact: they never join it again.") { fact, pages, by, why, format, common.Db };
        command.SetAction((parse, ct) => RunAsync(console, parse.GetValue(common.Db)!, parse.GetValue(format) == "json",
            new CurationRequest(CliIds.Normal(parse.GetValue(fact)!), "split", parse.GetValue(by) ?? string.Empty, parse.GetValue(why), SplitPages: [.. (parse.GetValue(pages) ?? []).Select(p => CliIds.TryPage(p)!.Value)]), ct));
        return command;
    }

    private static Option<string> Format(CommonOptions common) => common.Format("Output: a line for people, json for scripts.", "table", "json");

    /// <summary>The curator: --by, else HOPTAC_CURATOR; null when neither names one.</summary>
    internal static string? Curator(CliConsole console, string? by) =>
        !string.IsNullOrWhiteSpace(by) ? by.Trim()
        : console.Environment(CuratorVariable) is { } named && !string.IsNullOrWhiteSpace(named) ? named.Trim()
        : null;

    private static Task<int> RunAsync(CliConsole console, string db, bool json, CurationRequest request, CancellationToken ct)
    {
        if (Curator(console, request.Who) is not { } who)
        {
            console.Fail($"say who decides: --by NAME, or set {CuratorVariable} (a curation is signed by a person, never by the system account)");
            return Task.FromResult(ExitCodes.Usage);
        }

        request = request with { Who = who };
        return StoreCommand.RunAsync(console, db, async store =>
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

            // The same audit entry as a curation from the web app or the API.
            var accounts = Stores.OpenAccounts(db, TimeProvider.System);
            try
            {
                await CurationAudit.RecordAsync(accounts, request, outcome, CurationAudit.Cli, ct).ConfigureAwait(false);
            }
            finally
            {
                if (accounts is IAsyncDisposable owned)
                {
                    await owned.DisposeAsync().ConfigureAwait(false);
                }
            }

            if (!json)
            {
                await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{request.Action} {request.FactId} by {request.Who}: revision {outcome.RevisionId}, fact now {outcome.FactId}")).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        }, ct);
    }
}
