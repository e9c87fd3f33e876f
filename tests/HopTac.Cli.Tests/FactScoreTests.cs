using System.Text.Json;
using HopTac.Tests.Common;

namespace HopTac.Cli.Tests;

/// <summary>
/// The fact bounds of the issues, measured by ../shared/eval/score.py over `hoptac extract` output on the seed pages
/// and the ViMs pages that have gold. The C# side never reads the gold; the scorer does.
/// </summary>
public sealed class FactScoreTests
{
    [Fact]
    public async Task Seeds_meet_the_people_figures_and_relevance_bounds()
    {
        var seeds = SharedData.Path("corpus", "seeds");
        var pages = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
        var (_, jsonl, _) = await CliRunner.RunAsync(["extract", .. pages]);

        var (exit, report) = await SeedScoreTests.ScoreAsync(jsonl, "--gold", SharedData.Path("gold", "dev"), "--corpus", seeds,
            "--min", "people=0.90", "--min", "people.title=0.85", "--min", "figures=0.90", "--min", "relevant=1");

        Assert.True(exit == 0, report);
    }

    [Fact]
    public async Task ViMs_gold_pages_meet_the_people_figures_and_relevance_bounds()
    {
        var (exit, report) = await ScoreVimsAsync("--min", "people=0.85", "--min", "figures=0.85", "--min", "relevant=1", "--min", "text=0.97");
        Assert.True(exit == 0, report);
    }

    [Fact]
    public async Task Seeds_meet_the_event_agreement_and_area_bounds()
    {
        var seeds = SharedData.Path("corpus", "seeds");
        var pages = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
        var (_, jsonl, _) = await CliRunner.RunAsync(["extract", .. pages]);

        var (exit, report) = await SeedScoreTests.ScoreAsync(jsonl, "--gold", SharedData.Path("gold", "dev"), "--corpus", seeds,
            "--min", "events=0.85", "--min", "events.participants=0.80", "--min", "agreements=0.80", "--min", "areas=0.75");

        Assert.True(exit == 0, report);
    }

    [Fact]
    public async Task ViMs_gold_pages_meet_the_event_agreement_and_area_bounds()
    {
        var (exit, report) = await ScoreVimsAsync("--min", "events=0.75", "--min", "agreements=0.70", "--min", "areas=0.70");
        Assert.True(exit == 0, report);
    }

    internal static async Task<(int Exit, string Report)> ScoreVimsAsync(params string[] bounds)
    {
        var gold = SharedData.Path("gold", "dev-vims");
        var corpus = SharedData.Path("corpus");
        var pages = Directory.GetFiles(gold, "*.json").Order(StringComparer.Ordinal)
            .Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("source").GetString()!)
            .Select(source => Path.Combine(corpus, source))
            .ToArray();
        var (_, jsonl, _) = await CliRunner.RunAsync(["extract", .. pages]);
        return await SeedScoreTests.ScoreAsync(jsonl, ["--gold", gold, "--corpus", corpus, .. bounds]);
    }
}
