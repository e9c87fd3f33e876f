using HopTac.Ingestion.Articles.Html;

namespace HopTac.Ingestion.Tests.Articles.Html;

public sealed class ListItemTests
{
    [Fact]
    public void Extract_marks_each_list_item_line_with_a_dash()
    {
        const string html = """
            <html lang="vi"><body><article><h1>Việt Nam và Australia mở rộng hợp tác nông nghiệp</h1>
            <p>Ngày 5/12, tại Canberra, Bộ Nông nghiệp và Môi trường Việt Nam và Bộ Nông nghiệp Australia đã thống nhất nhiều nội dung hợp tác mới trong giai đoạn tới, với các trọng tâm sau:</p>
            <ul><li>Mở cửa thị trường cho trái cây tươi của hai nước</li><li><p>Chia sẻ kinh nghiệm về kiểm dịch động thực vật</p></li><li></li></ul>
            <p>Hai bên cũng nhất trí tổ chức phiên họp tiếp theo tại Hà Nội vào năm 2026 nhằm rà soát tiến độ thực hiện các cam kết đã đạt được.</p>
            </article></body></html>
            """;
        var lines = HtmlArticleExtractor.Extract(html, IngestOptions.Default).Text.Split('\n');
        Assert.Contains("- Mở cửa thị trường cho trái cây tươi của hai nước", lines);
        Assert.Contains("- Chia sẻ kinh nghiệm về kiểm dịch động thực vật", lines);
        Assert.StartsWith("Hai bên", lines[^1], StringComparison.Ordinal);
    }
}
