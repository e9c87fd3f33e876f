using System.Text.Encodings.Web;
using System.Text.Json;
using HopTac.Core.Text;
using HopTac.Ingestion.Articles.TextDumps;
using HopTac.Tests.Common;

namespace HopTac.Ingestion.Tests.Articles.TextDumps;

/// <summary>
/// Pages composed for these tests (tests/testdata/pages/text/*.txt) against their expected article. On a mismatch the
/// extractor's answer is written beside the page as *.received.json so the difference is easy to read.
/// </summary>
public sealed class TextDumpGoldenTests
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder(), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Extract_matches_the_expected_article(string page)
    {
        var text = VietnameseText.Normalize(File.ReadAllText(Path.Combine(Folder(), page + ".txt")));
        var expected = JsonSerializer.Deserialize<Expected>(File.ReadAllText(Path.Combine(Folder(), page + ".expected.json")), Json);
        Assert.NotNull(expected);

        var article = TextDumpExtractor.Extract(text);
        var received = new Expected(article.Title, article.Published, [.. article.Authors], article.Text);
        var receivedPath = Path.Combine(Folder(), page + ".received.json");
        var same = string.Equals(received.Title, expected.Title, StringComparison.Ordinal)
            && string.Equals(received.Published, expected.Published, StringComparison.Ordinal)
            && received.Authors.SequenceEqual(expected.Authors, StringComparer.Ordinal)
            && string.Equals(received.Text, expected.Text, StringComparison.Ordinal);
        if (same)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, JsonSerializer.Serialize(received, Json) + "\n");
        Assert.Equal(expected.Title, received.Title);
        Assert.Equal(expected.Published, received.Published);
        Assert.Equal(expected.Authors, received.Authors);
        Assert.Equal(expected.Text, received.Text);
    }

    private static string Folder() => Path.Combine(SharedData.RepoRoot(), "tests", "testdata", "pages", "text");

    private sealed record Expected(string? Title, string? Published, string[] Authors, string Text);
}
