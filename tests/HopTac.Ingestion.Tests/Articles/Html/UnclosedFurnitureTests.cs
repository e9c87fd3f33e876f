using HopTac.Ingestion.Articles.Html;

namespace HopTac.Ingestion.Tests.Articles.Html;

public sealed class UnclosedFurnitureTests
{
    [Fact]
    public void Extract_reads_an_article_that_an_unclosed_aside_swallowed()
    {
        // The banner's closing tag is missing, so the parser nests main (and the article) inside the aside.
        const string html = """
            <html lang="vi"><head><title>Việt Nam và Pháp hợp tác đào tạo y khoa - Báo Mẫu</title></head><body>
            <aside class="banner"><a href="/dang-ky">Đăng ký nhận bản tin</a>
            <main><article><h1>Việt Nam và Pháp hợp tác đào tạo y khoa</h1>
            <p>Ngày 8/10, tại Paris, Trường Đại học Y Hà Nội và Đại học Sorbonne đã ký thỏa thuận hợp tác đào tạo bác sĩ nội trú, theo đó mỗi năm hai trường sẽ trao đổi khoảng hai mươi học viên.</p>
            <p>Phát biểu tại lễ ký, đại diện phía Pháp cho biết chương trình sẽ được mở rộng sang lĩnh vực nghiên cứu lâm sàng và y tế công cộng trong những năm tới.</p>
            </article></main>
            <footer>Báo Mẫu - Cơ quan ngôn luận mẫu</footer></body></html>
            """;
        var article = HtmlArticleExtractor.Extract(html, IngestOptions.Default);
        Assert.Equal("Việt Nam và Pháp hợp tác đào tạo y khoa", article.Title);
        Assert.Contains("Trường Đại học Y Hà Nội", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Cơ quan ngôn luận", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_still_drops_a_closed_aside()
    {
        const string html = """
            <html lang="vi"><body><main><article><h1>Việt Nam và Pháp hợp tác đào tạo y khoa</h1>
            <p>Ngày 8/10, tại Paris, Trường Đại học Y Hà Nội và Đại học Sorbonne đã ký thỏa thuận hợp tác đào tạo bác sĩ nội trú, theo đó mỗi năm hai trường sẽ trao đổi khoảng hai mươi học viên.</p>
            <aside><p>Tin cùng chuyên mục: Hội nghị hợp tác y tế ASEAN khai mạc tại Jakarta với sự tham dự của nhiều bộ trưởng.</p></aside>
            <p>Phát biểu tại lễ ký, đại diện phía Pháp cho biết chương trình sẽ được mở rộng sang lĩnh vực nghiên cứu lâm sàng và y tế công cộng trong những năm tới.</p>
            </article></main></body></html>
            """;
        var text = HtmlArticleExtractor.Extract(html, IngestOptions.Default).Text;
        Assert.Contains("Sorbonne", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Jakarta", text, StringComparison.Ordinal);
    }
}
