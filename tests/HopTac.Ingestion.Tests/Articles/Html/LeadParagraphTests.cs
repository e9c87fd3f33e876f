using HopTac.Ingestion.Articles.Html;

namespace HopTac.Ingestion.Tests.Articles.Html;

/// <summary>The lead paragraph that sits in the headline's box, apart from the body the scorer chooses.</summary>
public sealed class LeadParagraphTests
{
    private const string Body = """
        <div class="grid-col"><p>Theo thỏa thuận, hai bên sẽ phối hợp đào tạo kỹ sư, chia sẻ dữ liệu nghiên cứu và cùng tổ chức các hội thảo chuyên đề về bán dẫn, trí tuệ nhân tạo và năng lượng sạch trong ba năm tới.</p>
        <p>Phát biểu tại lễ ký, Thứ trưởng cho biết đây là bước cụ thể hóa quan hệ Đối tác chiến lược toàn diện giữa hai nước, mở ra nhiều cơ hội cho doanh nghiệp công nghệ Việt Nam.</p>
        <p>Phía Hàn Quốc cam kết hỗ trợ 20 triệu USD cho các chương trình học bổng, trao đổi chuyên gia và xây dựng phòng thí nghiệm dùng chung tại Hà Nội và Thành phố Hồ Chí Minh.</p>
        <p>Hai bên nhất trí giao cho các cơ quan chức năng xây dựng kế hoạch hành động chi tiết, rà soát tiến độ định kỳ hằng năm và báo cáo lãnh đạo hai bộ.</p></div>
        """;

    private static string Extract(string html) => HtmlArticleExtractor.Extract(html, IngestOptions.Default).Text;

    [Fact]
    public void Extract_keeps_a_lead_that_sits_beside_the_headline_outside_the_body()
    {
        var html = $"""
            <html lang="vi"><head><title>Việt Nam và Hàn Quốc ký kết hợp tác khoa học công nghệ</title></head><body>
            <div class="top-box"><h1>Việt Nam và Hàn Quốc ký kết hợp tác khoa học công nghệ</h1>
            <div class="intro-wrap"><p class="intro">Sáng 12/3, tại Seoul, Bộ Khoa học và Công nghệ Việt Nam và Bộ Khoa học Hàn Quốc đã ký bản ghi nhớ hợp tác giai đoạn 2025-2028.</p></div></div>
            <div class="layout"><div class="col-8">{Body}</div><div class="col-4"><a href="/a">Giá vàng hôm nay</a></div></div>
            </body></html>
            """;
        var lines = Extract(html).Split('\n');
        Assert.StartsWith("Sáng 12/3, tại Seoul", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Theo thỏa thuận", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("ký kết hợp tác khoa học công nghệ", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_keeps_an_english_standfirst_but_not_the_byline_or_the_disclosure_beside_it()
    {
        const string html = """
            <html lang="en"><head><title>How to choose a heat pump for an old house</title></head><body>
            <header class="hero"><h1>How to choose a heat pump for an old house</h1>
            <p class="dek">Heat pumps now work well in cold climates, but older homes need a little planning first.</p>
            <p class="byline">By Jane Miller</p>
            <p class="note">We may earn a commission when you buy through links on our site.</p></header>
            <main><div class="wrap"><p>Start with an energy audit. Drafty windows, thin insulation and leaky ducts all change the size of the unit you need, and fixing them first often lets you buy a smaller, cheaper system.</p>
            <p>Next, compare ducted and ductless designs. Ductless mini-splits suit houses without existing ductwork, while ducted units fit homes that already have a forced-air furnace.</p>
            <p>Finally, ask installers for a Manual J load calculation rather than a rule of thumb, and check which rebates apply in your state before you sign a contract.</p></div></main>
            </body></html>
            """;
        var text = Extract(html);
        Assert.StartsWith("Heat pumps now work well in cold climates", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Jane Miller", text, StringComparison.Ordinal);
        Assert.DoesNotContain("commission", text, StringComparison.Ordinal);
        Assert.Contains("Manual J load calculation", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_takes_no_lead_from_a_crowded_span_of_teasers_before_the_body()
    {
        var teasers = string.Concat(Enumerable.Range(1, 9).Select(i =>
            $"<div class=\"card\"><p>Bản tin số {i} về cải cách thủ tục hành chính tại các địa phương.</p></div>"));
        var html = $"""
            <html lang="vi"><head><title>Việt Nam và Hàn Quốc ký kết hợp tác khoa học công nghệ</title></head><body>
            <div class="top"><h1>Việt Nam và Hàn Quốc ký kết hợp tác khoa học công nghệ</h1><div class="strip">{teasers}</div></div>
            <div class="layout">{Body}</div></body></html>
            """;
        var text = Extract(html);
        Assert.DoesNotContain("Bản tin số", text, StringComparison.Ordinal);
        Assert.StartsWith("Theo thỏa thuận", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_keeps_a_named_subheading_that_does_not_end_like_a_sentence()
    {
        var html = $$"""
            <html lang="vi"><head><title>Việt Nam và Hàn Quốc ký kết hợp tác khoa học công nghệ</title></head><body>
            <div class="top-box"><h1>Việt Nam và Hàn Quốc ký kết hợp tác khoa học công nghệ</h1>
            <p class="article-subheading">Ba trụ cột: bán dẫn, trí tuệ nhân tạo, năng lượng sạch</p>
            <p class="note">Chia sẻ bài viết</p></div>
            <div class="layout"><div class="col-8">{{Body}}</div></div>
            </body></html>
            """;
        var lines = Extract(html).Split('\n');
        Assert.Equal("Ba trụ cột: bán dẫn, trí tuệ nhân tạo, năng lượng sạch", lines[0]);
        Assert.DoesNotContain("Chia sẻ bài viết", lines);
    }

    [Fact]
    public void Extract_drops_an_affiliate_notice_inside_the_body()
    {
        var html = $"""
            <html lang="en"><body><h1>Best budget laptops</h1><div class="post">
            <p><em>This post contains affiliate links; as an associate we earn from qualifying purchases.</em></p>{Body}</div></body></html>
            """;
        var text = Extract(html);
        Assert.DoesNotContain("affiliate", text, StringComparison.Ordinal);
        Assert.Contains("Theo thỏa thuận", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_writes_a_table_row_as_one_line_of_cells()
    {
        var html = $"""
            <html lang="vi"><body><article><h1>Kim ngạch thương mại</h1>{Body.Replace("</p></div>", "</p>", StringComparison.Ordinal)}
            <table><tr><th>Thị trường</th><th>Kim ngạch</th></tr><tr><td>Hàn Quốc<br></td><td>87 tỷ USD</td></tr><tr><td>Nhật Bản</td><td>46 tỷ USD</td></tr></table></div>
            </article></body></html>
            """;
        var lines = Extract(html).Split('\n');
        Assert.Contains("Thị trường | Kim ngạch", lines);
        Assert.Contains("Hàn Quốc | 87 tỷ USD", lines);
        Assert.Contains("Nhật Bản | 46 tỷ USD", lines);
    }
}
