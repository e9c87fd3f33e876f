using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HopTac.Core.Text;
using HopTac.Ingestion.Articles.TextDumps;
using HopTac.Tests.Common;

namespace HopTac.Ingestion.Tests.Articles.TextDumps;

/// <summary>
/// Runs the extractor over the shared seed pages and lets the project's scorer (shared/eval/score.py) judge them.
/// The gold is never read here: the scorer's exit code is the verdict.
/// </summary>
public sealed class SeedScoreTests(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void Seed_pages_meet_the_scorer_bounds_for_text_title_date_and_authors()
    {
        var seeds = SharedData.Path("corpus", "seeds");
        var predictions = Path.Combine(Path.GetTempPath(), $"hoptac-text-seeds-{Guid.NewGuid():N}.jsonl");
        try
        {
            var lines = Directory.EnumerateFiles(seeds, "*.txt").Order(StringComparer.Ordinal).Select(Line);
            File.WriteAllText(predictions, string.Join('\n', lines) + "\n", new UTF8Encoding(false));

            var (exit, stdout) = Score(
                "--gold", SharedData.Path("gold", "dev"), "--corpus", seeds, "--pred", predictions,
                "--min", "text=0.97", "--min", "title=1", "--min", "published=1", "--min", "authors=1");
            output.WriteLine(stdout);
            Assert.Equal(0, exit);
        }
        finally
        {
            File.Delete(predictions);
        }
    }

    internal static string Line(string file)
    {
        var article = TextDumpExtractor.Extract(VietnameseText.Normalize(File.ReadAllText(file)));
        return JsonSerializer.Serialize(
            new
            {
                source = Path.GetFileName(file),
                title = article.Title,
                published = article.Published,
                authors = article.Authors,
                text = article.Text,
            },
            Json);
    }

    private static (int Exit, string Output) Score(params string[] arguments)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(SharedData.Path("eval", "score.py"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw;
            }

            Assert.Skip($"python3 is not available: {e.Message}");
            return (-1, string.Empty);
        }

        using (process)
        {
            Assert.NotNull(process);
            var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            var stdout = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "score.py did not finish in two minutes");
            return (process.ExitCode, stdout + stderr.GetAwaiter().GetResult());
        }
    }
}
