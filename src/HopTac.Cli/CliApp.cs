using System.CommandLine;
using HopTac.Cli.Commands;

namespace HopTac.Cli;

/// <summary>The <c>hoptac</c> command line: a thin host over ingestion, the store and exports.</summary>
internal static class CliApp
{
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        var root = Build(console);
        var parse = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error };
        try
        {
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            console.Fail("cancelled");
            return 130;
        }
    }

    public static RootCommand Build(CliConsole console)
    {
        var common = new CommonOptions();
        var root = new RootCommand("HopTac: Vietnamese news pages about international cooperation into a searchable, curated knowledge base.");
        root.Options.Add(common.Verbose);
        root.Subcommands.Add(IngestCommand.Create(console, common));
        root.Subcommands.Add(EnqueueCommand.Create(console, common));
        root.Subcommands.Add(WorkerCommand.Create(console, common));
        root.Subcommands.Add(ExtractCommand.Create(console, common));
        root.Subcommands.Add(SearchCommand.Create(console, common));
        root.Subcommands.Add(ShowCommand.Create(console, common));
        root.Subcommands.Add(ExportCommand.Create(console, common));
        root.Subcommands.Add(DossierCommand.Create(console, common));
        root.Subcommands.Add(StatsCommand.Create(console, common));
        root.Subcommands.Add(PartnerCommand.Create(console, common));
        root.Subcommands.Add(TimelineCommand.Create(console, common));
        root.Subcommands.Add(PersonCommand.Create(console, common));
        root.Subcommands.Add(CurateCommand.Create(console, common));
        root.Subcommands.Add(ReviewCommand.Create(console, common));
        root.Subcommands.Add(HistoryCommand.Create(console, common));
        root.Subcommands.Add(ReconsolidateCommand.Create(console, common));
        root.Subcommands.Add(CopyCommand.Create(console));
        root.Subcommands.Add(ReextractCommand.Create(console, common));
        root.Subcommands.Add(ServeCommand.Create(console, common));
        root.Subcommands.Add(SourcesCommand.Create(console, common));
        root.Subcommands.Add(CrawlCommand.Create(console, common, "crawl"));
        root.Subcommands.Add(CrawlCommand.Create(console, common, "watch"));
        return root;
    }
}
