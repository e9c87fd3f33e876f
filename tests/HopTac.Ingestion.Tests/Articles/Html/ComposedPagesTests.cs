using HopTac.Core.Pages;
using HopTac.Ingestion.Articles.Html;
using HopTac.Tests.Common;

namespace HopTac.Ingestion.Tests.Articles.Html;

/// <summary>Vietnamese site shapes on pages composed for these tests (tests/testdata/pages/html).</summary>
public sealed class ComposedPagesTests
{
    private static Article Load(string name)
    {
        var path = Path.Combine(SharedData.RepoRoot(), "tests", "testdata", "pages", "html", name);
        return HtmlArticleExtractor.Extract(File.ReadAllText(path), IngestOptions.Default);
    }

    [Fact]
    public void Extract_keeps_the_sapo_paragraphs_and_captions()
    {
        var article = Load("vi-sapo-tin-lien-quan.html");
        Assert.Contains("Chiều 2/11, tại Hà Nội, Bộ Y tế Việt Nam và Bộ Y tế Lào đã ký bản ghi nhớ", article.Text, StringComparison.Ordinal);
        Assert.Contains("mỗi năm phía Việt Nam sẽ tiếp nhận khoảng 100 học viên Lào", article.Text, StringComparison.Ordinal);
        Assert.Contains("Đại diện hai bộ trao đổi văn kiện tại lễ ký. Ảnh: Minh Anh", article.Text, StringComparison.Ordinal);
        Assert.Contains("Các đại biểu chụp ảnh lưu niệm sau buổi làm việc.", article.Text, StringComparison.Ordinal);
        Assert.Contains("đặc biệt trong giai đoạn phòng chống dịch Covid-19", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_drops_related_news_menus_comments_and_footer()
    {
        var text = Load("vi-sapo-tin-lien-quan.html").Text;
        string[] furniture =
        [
            "Tin liên quan", "Bệnh viện Bạch Mai hỗ trợ trang thiết bị", "Thời sự", "Trang chủ", "Bình luận của bạn đọc",
            "Giá vàng hôm nay", "Xem nhiều", "Cơ quan chủ quản", "Giấy phép số",
        ];
        Assert.All(furniture, f => Assert.DoesNotContain(f, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_keeps_headline_dateline_and_byline_out_of_the_text()
    {
        var article = Load("vi-sapo-tin-lien-quan.html");
        Assert.Equal("Việt Nam và Lào ký kết bản ghi nhớ hợp tác y tế", article.Title);
        Assert.Equal("2023-11-02T19:20", article.Published);
        Assert.DoesNotContain("Việt Nam và Lào ký kết bản ghi nhớ hợp tác y tế", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("GMT+7", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Báo Sức Khỏe Mẫu", article.Authors);
    }

    [Fact]
    public void Extract_reads_an_amp_page_with_json_ld()
    {
        var article = Load("vi-amp.html");
        Assert.Equal("Thủ tướng hội đàm với Thủ tướng Belarus", article.Title);
        Assert.Equal("2024-10-08T17:06", article.Published);
        Assert.Equal(["Phương Hà"], article.Authors);
        Assert.StartsWith("Hai Thủ tướng nhất trí thúc đẩy hợp tác", article.Text, StringComparison.Ordinal);
        Assert.Contains("chứng kiến lễ ký kết nhiều văn kiện hợp tác", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Đọc thêm", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Phiên bản đầy đủ", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("08/10/2024", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_writes_one_block_per_line()
    {
        var lines = Load("vi-amp.html").Text.Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.All(lines, l => Assert.Equal(l.Trim(), l));
    }
}
