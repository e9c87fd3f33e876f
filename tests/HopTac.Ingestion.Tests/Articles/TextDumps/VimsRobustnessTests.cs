using HopTac.Core.Text;
using HopTac.Ingestion.Articles.TextDumps;
using HopTac.Tests.Common;

namespace HopTac.Ingestion.Tests.Articles.TextDumps;

/// <summary>Every raw ViMs page (1,893 news articles) extracts quickly, without exception and with text.</summary>
public sealed class VimsRobustnessTests
{
    [Fact]
    public void Every_vims_page_extracts_with_text_and_nearly_all_with_a_title()
    {
        var files = Directory.EnumerateFiles(SharedData.Path("corpus", "vims"), "*.txt", SearchOption.AllDirectories).ToList();
        Assert.True(files.Count >= 1800, $"expected the ViMs corpus, found {files.Count} pages");
        var pages = files.Select(f => (File: f, Text: VietnameseText.Normalize(File.ReadAllText(f)))).ToList();

        var empty = new List<string>();
        var titled = 0;
        foreach (var (file, text) in pages)
        {
            var article = TextDumpExtractor.Extract(text);
            if (string.IsNullOrWhiteSpace(article.Text))
            {
                empty.Add(file);
            }

            titled += article.Title is null ? 0 : 1;
        }

        Assert.Empty(empty);
        // Line 1 of a ViMs page is its headline; nearly all must be found.
        Assert.True(titled >= files.Count * 0.99, $"{titled} of {files.Count} pages have a title");
    }
}
