using HopTac.Ingestion.Articles.Html;

namespace HopTac.Ingestion.Tests.Articles.Html;

/// <summary>Sign-up and demo boxes inside the article body, and prose lists that carry the article.</summary>
public sealed class CallToActionTests
{
    private const string Paragraphs = """
        <p>Ngày 20/5, tại Hà Nội, Bộ Ngoại giao phối hợp với Đại sứ quán Nhật Bản tổ chức hội thảo về hợp tác phát triển nguồn nhân lực, thu hút hơn 200 đại biểu từ các bộ, ngành và doanh nghiệp.</p>
        <p>Các đại biểu đánh giá chương trình thực tập sinh kỹ năng đã giúp hàng chục nghìn lao động Việt Nam nâng cao tay nghề, đồng thời đề xuất mở rộng sang lĩnh vực điều dưỡng, cơ khí và nông nghiệp công nghệ cao.</p>
        """;

    private static string Extract(string html) => HtmlArticleExtractor.Extract(html, IngestOptions.Default).Text;

    [Fact]
    public void Extract_drops_a_newsletter_box_with_its_heading_and_pitch()
    {
        var html = $"""
            <html lang="vi"><body><h1>Hội thảo hợp tác nhân lực Việt Nam - Nhật Bản</h1><div class="entry">{Paragraphs}
            <div class="box-7"><h3>Đăng ký nhận bản tin</h3><p>Tin tức đối ngoại mới nhất gửi tới hộp thư của bạn mỗi sáng.</p><a href="/dang-ky">Nhận tin</a></div>
            <p>Hai bên thống nhất sẽ tổ chức diễn đàn tiếp theo tại Tokyo vào quý IV năm nay, với sự tham gia của các hiệp hội doanh nghiệp và cơ sở đào tạo.</p></div></body></html>
            """;
        var text = Extract(html);
        Assert.DoesNotContain("Đăng ký nhận bản tin", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hộp thư", text, StringComparison.Ordinal);
        Assert.Contains("diễn đàn tiếp theo tại Tokyo", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_drops_an_english_demo_pitch_and_its_button()
    {
        var html = $"""
            <html lang="en"><body><h1>Training remote teams</h1><div class="post-body">
            <p>Remote teams learn best in short sessions spread over several weeks, with a quick quiz after each one so that managers can see where people get stuck and adjust the plan.</p>
            <div class="grid-3"><h2>Scale your training with one simple tool</h2><a href="/demo" class="rounded">Book a demo</a></div>
            <p>Record each session as well, so that people in distant time zones can catch up, and keep the recordings short enough to watch on a phone during a commute.</p></div></body></html>
            """;
        var text = Extract(html);
        Assert.DoesNotContain("Book a demo", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Scale your training", text, StringComparison.Ordinal);
        Assert.Contains("distant time zones", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_keeps_a_list_about_subscribers_and_a_lone_paragraph_about_signing_up()
    {
        var html = $"""
            <html lang="en"><body><h1>What our newsletter data showed</h1><div class="post-body">
            <p>After a year of sending a weekly letter, the numbers told a clear story about who stays and who drifts away, and which posts bring new readers in.</p>
            <ul><li>New subscribers open almost every issue</li><li>Subscribers who miss a month rarely come back</li><li>Long guides bring the most sign ups</li></ul>
            <p>To sign up, students must bring an identity card and a photo to the school office before the end of March, and pay the fee in cash.</p></div></body></html>
            """;
        var text = Extract(html);
        Assert.Contains("- Subscribers who miss a month rarely come back", text, StringComparison.Ordinal);
        Assert.Contains("To sign up, students must bring", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_scores_a_list_of_prose_steps_as_the_article()
    {
        var steps = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<li><strong>Bước {i}:</strong> Doanh nghiệp chuẩn bị hồ sơ theo mẫu, nộp trực tuyến qua cổng dịch vụ công và theo dõi kết quả xử lý trong vòng năm ngày làm việc, sau đó bổ sung giấy tờ nếu được yêu cầu.</li>"));
        var html = $"""
            <html lang="vi"><body><h1>Thủ tục xin cấp chứng nhận xuất xứ hàng hóa</h1>
            <div class="w1"><div class="w2"><p>Hướng dẫn ngắn.</p></div></div>
            <div class="w3"><div class="w4"><ul>{steps}</ul></div></div>
            <div class="w5"><p>Bài viết khác: Giá xăng hôm nay tăng nhẹ, Thời tiết Hà Nội chuyển lạnh.</p></div></body></html>
            """;
        var text = Extract(html);
        Assert.Contains("- Bước 1: Doanh nghiệp chuẩn bị hồ sơ", text, StringComparison.Ordinal);
        Assert.Contains("- Bước 6:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Giá xăng", text, StringComparison.Ordinal);
    }
}
