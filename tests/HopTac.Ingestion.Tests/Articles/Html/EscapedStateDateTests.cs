using HopTac.Ingestion.Articles.Html;

namespace HopTac.Ingestion.Tests.Articles.Html;

public sealed class EscapedStateDateTests
{
    [Fact]
    public void Extract_reads_the_date_from_application_state_escaped_inside_an_attribute()
    {
        const string html = """
            <html lang="vi"><body><div data-props="{&quot;datePublished&quot;:&quot;2025-06-03T09:00:00+07:00&quot;,&quot;id&quot;:7}"></div>
            <article><h1>Việt Nam và Singapore hợp tác phát triển kinh tế số</h1>
            <p>Ngày 3/6, tại Singapore, hai nước đã ký thỏa thuận khung về hợp tác kinh tế số, tập trung vào thanh toán xuyên biên giới và bảo vệ dữ liệu cá nhân.</p>
            <p>Theo thỏa thuận, các doanh nghiệp nhỏ và vừa của hai nước sẽ được hỗ trợ tham gia thương mại điện tử với chi phí thấp hơn trong những năm tới.</p>
            </article></body></html>
            """;
        Assert.StartsWith("2025-06-03", HtmlArticleExtractor.Extract(html, IngestOptions.Default).Published ?? string.Empty, StringComparison.Ordinal);
    }
}
