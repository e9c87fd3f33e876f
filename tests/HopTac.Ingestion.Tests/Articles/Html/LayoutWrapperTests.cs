using HopTac.Ingestion.Articles.Html;

namespace HopTac.Ingestion.Tests.Articles.Html;

public sealed class LayoutWrapperTests
{
    private static readonly string[] Paragraphs =
    [
        "Ngày 12/9, tại Hà Nội, Bộ Công Thương Việt Nam và Bộ Kinh tế Đức đã tổ chức phiên họp lần thứ năm của Ủy ban hỗn hợp về hợp tác kinh tế giữa hai nước.",
        "Tại phiên họp, hai bên đánh giá kim ngạch thương mại song phương tiếp tục tăng trưởng ổn định, đạt hơn mười tỷ đô la Mỹ trong năm vừa qua.",
        "Phía Đức khẳng định sẽ tiếp tục hỗ trợ Việt Nam trong chuyển đổi năng lượng, đặc biệt là phát triển điện gió ngoài khơi và hydro xanh trong thời gian tới.",
        "Hai bên cũng thống nhất đẩy mạnh hợp tác đào tạo nghề theo mô hình kép, đưa thêm nhiều học viên Việt Nam sang học tập và làm việc tại các doanh nghiệp Đức.",
        "Kết thúc phiên họp, hai trưởng đoàn đã ký biên bản ghi nhận các kết quả đạt được và thống nhất tổ chức phiên họp tiếp theo tại Berlin vào năm tới.",
    ];

    [Fact]
    public void Extract_keeps_an_article_inside_a_wrapper_named_after_its_sidebar()
    {
        var body = string.Concat(Paragraphs.Select(p => $"<p>{p}</p>"));
        var html = $"""
            <html lang="vi"><body><section class="gioi-thieu"><p>Báo Mẫu là cơ quan ngôn luận mẫu, ra đời năm 1990, chuyên đưa tin về kinh tế, đối ngoại và hợp tác quốc tế của Việt Nam với các nước trong khu vực và trên thế giới.</p>
            <p>Báo phát hành hằng ngày bản in và bản điện tử, có văn phòng đại diện tại nhiều tỉnh, thành phố và thường trú tại một số nước đối tác quan trọng.</p>
            <p>Mọi ý kiến đóng góp xin gửi về ban biên tập qua thư điện tử hoặc đường dây nóng của tòa soạn để được tiếp nhận và phản hồi kịp thời.</p></section>
            <div class="layout-with-sidebar">
            <div class="col-8">{body}</div>
            <div class="col-4"><a href="/a">Tin mới</a><a href="/b">Tin nổi bật</a></div>
            </div></body></html>
            """;
        var text = HtmlArticleExtractor.Extract(html, IngestOptions.Default).Text;
        Assert.Contains("mô hình kép", text, StringComparison.Ordinal);
        Assert.Contains("Berlin", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_still_drops_a_comment_section_with_long_paragraphs()
    {
        var comments = string.Concat(Paragraphs.Select(p => $"<p>Bạn đọc: {p}</p>"));
        var html = $"""
            <html lang="vi"><body><article><h1>Việt Nam và Đức họp Ủy ban hỗn hợp về kinh tế</h1>
            <p>{Paragraphs[0]}</p><p>{Paragraphs[1]}</p><p>{Paragraphs[2]}</p></article>
            <div class="comment-sidebar">{comments}</div></body></html>
            """;
        var text = HtmlArticleExtractor.Extract(html, IngestOptions.Default).Text;
        Assert.Contains("chuyển đổi năng lượng", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bạn đọc", text, StringComparison.Ordinal);
    }
}
