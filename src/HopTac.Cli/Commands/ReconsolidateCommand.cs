using System.CommandLine;
using System.Diagnostics;
using System.Globalization;

namespace HopTac.Cli.Commands;

/// <summary><c>hoptac reconsolidate</c>: rebuilds the knowledge base from the current pages, re-applying every decision.</summary>
internal static class ReconsolidateCommand
{
    public static Command Create(CliConsole console, CommonOptions common)
    {
        var command = new Command("reconsolidate", "Rebuild every consolidated fact from the current pages; curators' decisions are re-applied.") { common.Db };
        command.SetAction(async (parse, ct) => await StoreCommand.RunAsync(console, parse.GetValue(common.Db)!, async store =>
        {
            var clock = Stopwatch.StartNew();
            await store.Knowledge.ReconsolidateAsync(ct).ConfigureAwait(false);
            var partners = await store.Knowledge.ListPartnersAsync(ct).ConfigureAwait(false);
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"reconsolidated in {clock.Elapsed.TotalSeconds:F1} s: {partners.Sum(p => p.Events)} event and {partners.Sum(p => p.Agreements)} agreement links over {partners.Count} partners")).ConfigureAwait(false);
            return ExitCodes.Ok;
        }, ct).ConfigureAwait(false));
        return command;
    }
}
