using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using HopTac.Ingestion.Articles.Html;
using HopTac.Ingestion.Decoding;
using HopTac.Tests.Common;

namespace HopTac.Ingestion.Tests.Articles.Html;

/// <summary>Real pages from ../shared: properties that must hold, never their sentences.</summary>
public sealed class SharedPagesTests
{
    [Fact]
    public void Extract_reads_the_vnexpress_page_metadata_and_lead()
    {
        var path = SharedData.Path("corpus", "html-vi", "vnexpress-2023-11-02.html");
        var html = TextDecoder.Decode(File.ReadAllBytes(path)).Text!.Text;
        var article = HtmlArticleExtractor.Extract(html, IngestOptions.Default);

        Assert.False(string.IsNullOrWhiteSpace(article.Title));
        Assert.DoesNotContain("VnExpress", article.Title, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("2023-11-02T", article.Published, StringComparison.Ordinal);
        Assert.NotEmpty(article.Authors);
        Assert.DoesNotContain(article.Authors, a => a.Contains("VnExpress", StringComparison.OrdinalIgnoreCase));

        var lines = article.Text.Split('\n');
        Assert.True(lines.Length >= 8, $"only {lines.Length} blocks");
        Assert.DoesNotContain(article.Title!, article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("GMT+7", article.Text, StringComparison.Ordinal);

        // The lead (p.description) opens the text.
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var lead = document.QuerySelector("p.description")?.TextContent.Trim();
        Assert.False(string.IsNullOrEmpty(lead));
        Assert.Equal(string.Join(' ', lead.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), lines[0]);
    }

    [Fact]
    public void Extract_scores_above_the_bar_on_the_wcxb_dev_articles()
    {
        var root = SharedData.Path("corpus", "wcxb-dev-articles");
        var scorer = SharedData.Path("eval", "score_text.py");
        var files = Directory.GetFiles(Path.Combine(root, "html"), "*.html.gz");
        Assert.NotEmpty(files);
        var lines = new string[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            using var gz = new GZipStream(File.OpenRead(files[i]), CompressionMode.Decompress);
            using var bytes = new MemoryStream();
            gz.CopyTo(bytes);
            var html = TextDecoder.Decode(bytes.ToArray()).Text?.Text ?? string.Empty;
            var a = HtmlArticleExtractor.Extract(html, IngestOptions.Default);
            lines[i] = JsonSerializer.Serialize(new { source = Path.GetFileName(files[i]), title = a.Title, published = a.Published, authors = a.Authors, text = a.Text });
        });

        var pred = Path.Combine(Path.GetTempPath(), $"hoptac-wcxb-{Environment.ProcessId}.jsonl");
        File.WriteAllLines(pred, lines);
        try
        {
            var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { scorer, "--gold", root, "--pred", pred, "--json" })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
            using var result = JsonDocument.Parse(output.Split('\n')[0]);
            var f1 = result.RootElement.GetProperty("f1").GetDouble();
            Assert.True(f1 >= 0.93, $"word F1 {f1:F3} below 0.93: {output}");
            Assert.True(result.RootElement.GetProperty("title").GetDouble() >= 0.80, output);
            Assert.True(result.RootElement.GetProperty("date").GetDouble() >= 0.80, output);
        }
        finally
        {
            File.Delete(pred);
        }
    }
}
