using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using HopTac.Core.Pages;
using HopTac.Ingestion.Articles.Html;
using HopTac.Tests.Common;

namespace HopTac.Ingestion.Tests.Articles.Html;

/// <summary>
/// Pages composed for these tests in the markup of six Vietnamese news sites (VnExpress, Tuổi Trẻ, Thanh Niên,
/// VietnamPlus, Báo Quốc tế, Nhân Dân), with their expected text in WCXB's layout (tests/testdata/sites-vi), so
/// that <c>../shared/eval/score_text.py</c> scores them as it scores the WCXB pages. Each page carries the furniture
/// the issue names: bylines and "Theo …" lines, teasers with summaries, "&gt;&gt;" links, font-size, share and vote
/// widgets inside the article's wrapper, a two-digit-year dateline, a slogan in h1, site names after titles.
/// </summary>
public sealed partial class VietnameseSitesTests
{
    private static string Folder => Path.Combine(SharedData.RepoRoot(), "tests", "testdata", "sites-vi");

    public static TheoryData<string> Pages() => [.. Ids()];

    private static IEnumerable<string> Ids() =>
        Directory.GetFiles(Path.Combine(Folder, "html"), "*.html").Order(StringComparer.Ordinal).Select(f => Path.GetFileNameWithoutExtension(f));

    [Fact]
    public void Main_text_scores_at_least_0_97_word_f1_on_the_six_sites()
    {
        var ids = Ids().ToList();
        Assert.True(ids.Count >= 6, $"only {ids.Count} site pages");
        var f1 = ids.Average(id => WordF1(Extract(id).Text, Gold(id).GetProperty("main_content").GetString()!));
        Assert.True(f1 >= 0.97, $"word F1 {f1.ToString("F3", CultureInfo.InvariantCulture)} below 0.97");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_title_date_and_byline_are_read_and_the_byline_leaves_the_text(string id)
    {
        var article = Extract(id);
        var gold = Gold(id);
        Assert.Equal(gold.GetProperty("title").GetString(), article.Title);
        Assert.StartsWith(gold.GetProperty("publish_date").GetString()!, article.Published, StringComparison.Ordinal);
        var author = gold.GetProperty("author").GetString()!;
        Assert.Contains(article.Authors, a => string.Equals(a, author, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(author, article.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Teasers_widgets_and_source_lines_stay_out_and_the_sapo_stays_in(string id)
    {
        var article = Extract(id);
        var gold = Gold(id);
        foreach (var kept in gold.GetProperty("with").EnumerateArray())
        {
            Assert.Contains(kept.GetString()!, article.Text, StringComparison.OrdinalIgnoreCase);
        }

        foreach (var left in gold.GetProperty("without").EnumerateArray())
        {
            Assert.DoesNotContain(left.GetString()!, article.Text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void A_site_name_that_is_only_the_meta_author_is_not_an_author()
    {
        // VnExpress names itself in <meta name="author">; the writer is in the closing byline.
        Assert.DoesNotContain("VnExpress", Extract("0001").Authors);
    }

    private static Article Extract(string id) =>
        HtmlArticleExtractor.Extract(File.ReadAllText(Path.Combine(Folder, "html", id + ".html")), IngestOptions.Default);

    private static JsonElement Gold(string id) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "ground-truth", id + ".json"))).RootElement;

    /// <summary>WCXB's body metric, as score_text.py computes it: lower-cased word tokens as a bag, F1 of the overlap.</summary>
    private static double WordF1(string predicted, string gold)
    {
        var p = Words(predicted);
        var g = Words(gold);
        var overlap = p.Sum(kv => Math.Min(kv.Value, g.GetValueOrDefault(kv.Key)));
        if (overlap == 0)
        {
            return 0;
        }

        var precision = (double)overlap / p.Values.Sum();
        var recall = (double)overlap / g.Values.Sum();
        return 2 * precision * recall / (precision + recall);
    }

    private static Dictionary<string, int> Words(string text) =>
        WordPattern().Matches(text.Normalize().ToLowerInvariant()).GroupBy(m => m.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
