using System.CommandLine;
using HopTac.Core.Pages;
using HopTac.Ingestion;
using Microsoft.Extensions.Logging;

namespace HopTac.Cli.Commands;

/// <summary><c>hoptac extract PATH… --format jsonl</c>: page records to standard output, in input order, nothing stored.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliConsole console, CommonOptions common)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders (read recursively) or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = common.Format("Output format: one JSON page record per line (facts.md).", "jsonl");
        var textOnly = new Option<bool>("--no-facts") { Description = "Extract the article only (title, date, authors, text), not the facts." };

        var command = new Command("extract", "Extract page records (article and facts) to standard output without storing them.")
        {
            paths, format, common.Published, textOnly, common.PageTimeout, common.Symlinks,
        };
        command.SetAction((parse, ct) => RunAsync(
            console, parse.GetValue(paths)!, common.Reading(parse) with { ExtractFacts = !parse.GetValue(textOnly) }, parse.GetValue(common.Verbose), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string[] paths, IngestOptions options, bool verbose, CancellationToken ct)
    {
        using var loggers = Logging.Create(verbose);
        var reader = new PageReader(options);
        var batch = new PageBatch(reader, loggers.CreateLogger<PageBatch>())
        {
            // As ingest: a file of a folder that is not read is named with the reason (hidden ones with --verbose).
            Skipped = (path, why) =>
            {
                if (verbose || !why.StartsWith("a hidden", StringComparison.Ordinal))
                {
                    console.Fail($"skipped {path}: {why}");
                }
            },
        };
        var rejected = 0;
        await foreach (var result in batch.ReadAllAsync(paths, console.In, ct).ConfigureAwait(false))
        {
            if (result is IngestResult.Rejected r)
            {
                rejected++;
                console.Fail($"{r.Source}: {r.Reason}");
            }

            await console.Out.WriteLineAsync(PageRecordJson.Serialize(result.ToRecord()).AsMemory(), ct).ConfigureAwait(false);
        }

        await console.Out.FlushAsync(ct).ConfigureAwait(false);
        return rejected > 0 ? ExitCodes.InputRejected : ExitCodes.Ok;
    }
}
