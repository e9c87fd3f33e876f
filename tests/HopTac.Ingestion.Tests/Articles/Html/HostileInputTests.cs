using System.Text;
using HopTac.Ingestion.Articles.Html;

namespace HopTac.Ingestion.Tests.Articles.Html;

public sealed class HostileInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("<")]
    [InlineData("<html><body></body></html>")]
    [InlineData("\0\0\0<<<>>>&&&;;")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[[[[</script>")]
    public void Extract_returns_an_article_for_malformed_input(string html)
    {
        var article = HtmlArticleExtractor.Extract(html, IngestOptions.Default);
        Assert.NotNull(article.Text);
        Assert.NotNull(article.Authors);
    }

    [Fact]
    public void Extract_survives_nesting_far_deeper_than_the_bound()
    {
        var sb = new StringBuilder("<html><body>");
        for (var i = 0; i < 20_000; i++)
        {
            sb.Append("<div>");
        }

        sb.Append("<p>Nội dung nằm rất sâu trong trang, được viết thành một câu đủ dài để được giữ lại.</p>");
        // Past MaxDomDepth the walk flattens; the refusal bounds (nesting, parser work) are raised so that flattening is what runs.
        var article = HtmlArticleExtractor.Extract(sb.ToString(), IngestOptions.Default with { MaxDomDepth = 64, MaxHtmlNesting = 25_000, MaxHtmlParserWork = long.MaxValue });
        Assert.Contains("Nội dung nằm rất sâu", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_bounds_the_input_size()
    {
        var paragraph = "<p>Một đoạn văn bản dài, lặp lại nhiều lần, để thử giới hạn kích thước của trang.</p>";
        var html = "<html><body><article>" + string.Concat(Enumerable.Repeat(paragraph, 5_000)) + "</article></body></html>";
        var article = HtmlArticleExtractor.Extract(html, IngestOptions.Default with { MaxBytes = 50_000 });
        Assert.InRange(article.Text.Length, 1, 50_000);
    }
}
