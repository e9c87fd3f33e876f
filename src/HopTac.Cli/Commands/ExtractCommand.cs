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

        // On a loaded machine (an evaluation beside other jobs) a page can need more than the default budget; the bound
        // on hostile input stays, only its length is chosen.
        var timeout = new Option<double>("--page-timeout")
        {
            Description = "Seconds one page may take before it is rejected (default 5).",
            DefaultValueFactory = _ => IngestOptions.Default.PageTimeout.TotalSeconds,
        };
        timeout.Validators.Add(r =>
        {
            var seconds = r.GetValueOrDefault<double>();
            if (!(seconds > 0 && seconds <= 3600))
            {
                r.AddError("--page-timeout must be between 0 and 3600 seconds.");
            }
        });
        var command = new Command("extract", "Extract page records (article and facts) to standard output without storing them.")
        {
            paths, format, common.Published, textOnly, timeout,
        };
        command.SetAction((parse, ct) => RunAsync(
            console, parse.GetValue(paths)!, parse.GetValue(common.Published), !parse.GetValue(textOnly),
            TimeSpan.FromSeconds(parse.GetValue(timeout)), parse.GetValue(common.Verbose), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string[] paths, string? published, bool facts, TimeSpan pageTimeout, bool verbose, CancellationToken ct)
    {
        using var loggers = Logging.Create(verbose);
        var reader = new PageReader(IngestOptions.Default with { DefaultPublished = published, ExtractFacts = facts, PageTimeout = pageTimeout });
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
