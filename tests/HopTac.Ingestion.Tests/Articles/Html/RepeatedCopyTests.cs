using HopTac.Ingestion.Articles.Html;

namespace HopTac.Ingestion.Tests.Articles.Html;

/// <summary>Layouts that print the article twice (a mobile and a desktop copy).</summary>
public sealed class RepeatedCopyTests
{
    private const string Copy = """
        <p>Ngày 3/6, tại Viêng Chăn, Việt Nam và Lào đã ký kết thỏa thuận hợp tác về giáo dục và đào tạo giai đoạn 2026-2030.</p>
        <p>Theo thỏa thuận, mỗi năm Việt Nam dành cho Lào khoảng 1.100 suất học bổng dài hạn, ngắn hạn ở các trình độ.</p>
        <p>Hai bên cũng thống nhất đẩy mạnh dạy và học tiếng Việt tại Lào, tiếng Lào tại Việt Nam trong các trường phổ thông.</p>
        <p>Bộ trưởng hai nước nhất trí giao các cơ quan chức năng xây dựng kế hoạch triển khai, sơ kết định kỳ hằng năm.</p>
        <p>Lễ ký diễn ra trong khuôn khổ chuyến thăm chính thức Lào của đoàn đại biểu cấp cao Bộ Giáo dục và Đào tạo.</p>
        """;

    private static string Extract(string html) => HtmlArticleExtractor.Extract(html, IngestOptions.Default).Text;

    [Fact]
    public void Extract_writes_an_article_printed_twice_only_once()
    {
        var html = $"""<html lang="vi"><body><h1>Việt Nam và Lào hợp tác giáo dục</h1><div class="entry"><div class="m">{Copy}</div><div class="d">{Copy}</div></div></body></html>""";
        var text = Extract(html);
        Assert.Equal(5, text.Split('\n').Length);
        Assert.Single(text.Split('\n'), l => l.StartsWith("Ngày 3/6", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_keeps_short_lines_that_recur_in_a_table()
    {
        const string html = """
            <html lang="vi"><body><h1>So sánh</h1><div class="entry"><p>Bảng dưới đây so sánh các gói dịch vụ công trực tuyến mà các địa phương đang cung cấp cho người dân và doanh nghiệp trong năm nay.</p>
            <table><tr><td>Có</td></tr><tr><td>Không</td></tr><tr><td>Có</td></tr><tr><td>Không</td></tr><tr><td>Có</td></tr><tr><td>Không</td></tr><tr><td>Có</td></tr><tr><td>Không</td></tr><tr><td>Có</td></tr><tr><td>Không</td></tr><tr><td>Có</td></tr><tr><td>Không</td></tr></table></div></body></html>
            """;
        var lines = Extract(html).Split('\n');
        Assert.Equal(13, lines.Length);
    }
}
