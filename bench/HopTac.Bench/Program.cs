using System.Text;
using HopTac.Bench.Corpus;
using HopTac.Bench.Html;
using HopTac.Bench.Load;
using HopTac.Bench.Partners;
using HopTac.Ingestion;

namespace HopTac.Bench;

/// <summary>Entry point: <c>html</c> measures main-text extraction over a folder of saved pages; <c>search-load</c> loads a
/// running server's search API with concurrent clients; <c>partner-page</c> times a partner page's first visit on copies
/// of stores against the session-5 queries; <c>recombine</c> makes a large store for the search benchmarks from an ingested one.</summary>
internal static class Program
{
    private const int ChunkSize = 250;

    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && string.Equals(args[0], "search-load", StringComparison.Ordinal))
        {
            return await SearchLoadCommand.RunAsync(args[1..], Console.Out, Console.Error).ConfigureAwait(false);
        }

        if (args.Length > 0 && string.Equals(args[0], "partner-page", StringComparison.Ordinal))
        {
            return await PartnerPageCommand.RunAsync(args[1..], Console.Out, Console.Error).ConfigureAwait(false);
        }

        if (args.Length > 0 && string.Equals(args[0], "recombine", StringComparison.Ordinal))
        {
            return await RecombineCommand.RunAsync(args[1..], Console.Out, Console.Error).ConfigureAwait(false);
        }

        if (args.Length > 0 && string.Equals(args[0], "stages", StringComparison.Ordinal))
        {
            return HtmlStageBench.Run(args[1..], Console.Out, Console.Error);
        }

        if (args.Length == 0 || !string.Equals(args[0], "html", StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync(HtmlBenchOptions.Usage).ConfigureAwait(false);
            return 1;
        }

        var options = HtmlBenchOptions.Parse(args[1..], out var error);
        if (options is null)
        {
            await Console.Error.WriteLineAsync($"{error}\n{HtmlBenchOptions.Usage}").ConfigureAwait(false);
            return 1;
        }

        if (!Directory.Exists(options.Pages))
        {
            await Console.Error.WriteLineAsync($"no folder {options.Pages}").ConfigureAwait(false);
            return 2;
        }

        var files = PageFolder.List(options.Pages, options.Limit);
        if (files.Count == 0)
        {
            await Console.Error.WriteLineAsync($"no .html or .html.gz pages in {options.Pages}").ConfigureAwait(false);
            return 2;
        }

        var ingest = IngestOptions.Default;
        IHtmlExtractor extractor = string.Equals(options.Extractor, "hoptac", StringComparison.Ordinal)
            ? new HopTacHtmlExtractor(ingest)
            : new SmartReaderHtmlExtractor();
        var bench = new HtmlBench(extractor, options.Threads, ChunkSize, ingest.MaxBytes);
        HtmlBenchResult result;
        var writer = new StreamWriter(options.Out, append: false, new UTF8Encoding(false));
        await using (writer.ConfigureAwait(false))
        {
            result = await bench.RunAsync(files, writer, CancellationToken.None).ConfigureAwait(false);
        }

        await Console.Error.WriteLineAsync(result.ToText()).ConfigureAwait(false);
        await Console.Out.WriteLineAsync(result.ToJson()).ConfigureAwait(false);
        return 0;
    }
}
