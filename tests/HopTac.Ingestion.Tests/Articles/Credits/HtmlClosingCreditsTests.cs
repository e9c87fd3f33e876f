using HopTac.Ingestion.Articles.Html;

namespace HopTac.Ingestion.Tests.Articles.Credits;

public sealed class HtmlClosingCreditsTests
{
    private const string Paragraph =
        "Hai bên nhất trí thúc đẩy trao đổi chuyên gia, chuyển giao kỹ thuật ghép tạng và hợp tác nghiên cứu lâm sàng trong năm tới giữa các bệnh viện.";

    private static string Page(params string[] closing) =>
        "<html><head><title>Hợp tác y tế Việt Nam - Hàn Quốc</title></head><body><article><h1>Hợp tác y tế Việt Nam - Hàn Quốc</h1>"
        + string.Concat(Enumerable.Repeat($"<p>{Paragraph}</p>", 4))
        + string.Concat(closing.Select(c => $"<p>{c}</p>"))
        + "</article></body></html>";

    [Fact]
    public void A_byline_and_an_agency_line_closing_a_vietnamese_article_leave_its_text()
    {
        var article = HtmlArticleExtractor.Extract(Page("Minh Châu - Đức Anh", "Theo TTXVN"), IngestOptions.Default);

        Assert.Equal(["Minh Châu", "Đức Anh"], article.Authors);
        Assert.DoesNotContain("Minh Châu", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("TTXVN", article.Text, StringComparison.Ordinal);
        Assert.Contains(Paragraph, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closing_line_of_an_english_page_is_not_read_as_a_byline()
    {
        const string html = "<html><body><article><h1>Health cooperation</h1>"
            + "<p>The two ministries agreed to exchange experts and to train surgeons together over the coming year.</p>"
            + "<p>They will also share research on transplant medicine and open a joint laboratory in the capital.</p>"
            + "<p>Read More</p></article></body></html>";

        Assert.DoesNotContain("Read More", HtmlArticleExtractor.Extract(html, IngestOptions.Default).Authors);
    }
}
