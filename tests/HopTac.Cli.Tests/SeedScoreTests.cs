using System.Diagnostics;
using HopTac.Tests.Common;

namespace HopTac.Cli.Tests;

/// <summary>
/// Runs `hoptac extract` over the real pages in ../shared and scores the output with the project's scorer
/// (../shared/eval/score.py), failing when a bound of the issues is not met. Nothing here compares to gold in C#.
/// </summary>
public sealed class SeedScoreTests
{
    [Fact]
    public async Task Seeds_meet_the_article_bounds_of_the_scorer()
    {
        var seeds = SharedData.Path("corpus", "seeds");
        var pages = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
        var (_, jsonl, _) = await CliRunner.RunAsync(["extract", .. pages]);

        var (exit, report) = await ScoreAsync(jsonl, "--gold", SharedData.Path("gold", "dev"), "--corpus", seeds,
            "--min", "text=0.97", "--min", "title=1", "--min", "published=1", "--min", "authors=1");

        Assert.True(exit == 0, report);
    }

    internal static async Task<(int Exit, string Report)> ScoreAsync(string predictions, params string[] args)
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, predictions, TestContext.Current.CancellationToken);
        try
        {
            var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(SharedData.Path("eval", "score.py"));
            foreach (var a in args)
            {
                start.ArgumentList.Add(a);
            }

            start.ArgumentList.Add("--pred");
            start.ArgumentList.Add(file);
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            return (process.ExitCode, output + error);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
