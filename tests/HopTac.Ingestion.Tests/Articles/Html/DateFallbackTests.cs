using HopTac.Ingestion.Articles.Html;

namespace HopTac.Ingestion.Tests.Articles.Html;

public sealed class DateFallbackTests
{
    private const string Body = """
        <p>Ngày 14/3, tại Hà Nội, Bộ Y tế Việt Nam và Tổ chức Y tế Thế giới đã ký kế hoạch hợp tác về phòng chống bệnh không lây nhiễm, tập trung vào y tế cơ sở.</p>
        <p>Theo kế hoạch, hai bên sẽ đào tạo 2.000 nhân viên y tế tuyến xã và triển khai chương trình sàng lọc tăng huyết áp tại 15 tỉnh miền núi phía Bắc.</p>
        """;

    private static string? PublishedOf(string html) => HtmlArticleExtractor.Extract(html, IngestOptions.Default).Published;

    [Fact]
    public void ParseMachine_reads_the_year_month_name_day_of_citation_metadata() =>
        Assert.Equal("2023-01-07", DateText.ParseMachine("2023 Jan 7"));

    [Fact]
    public void ParseVisible_does_not_read_a_citation_style_date_in_running_text() =>
        Assert.Null(DateText.ParseVisible("Received 2022 Oct 12", dayFirst: false));

    [Fact]
    public void Extract_reads_a_labelled_post_time_at_the_end_of_the_article()
    {
        var filler = string.Concat(Enumerable.Repeat("<p>Các chuyên gia đánh giá chương trình sẽ giúp giảm gánh nặng cho bệnh viện tuyến trên.</p>", 40));
        var html = $"""
            <html lang="vi"><head><title>Việt Nam và WHO hợp tác phòng chống bệnh không lây nhiễm</title></head>
            <body><article><h1>Việt Nam và WHO hợp tác phòng chống bệnh không lây nhiễm</h1>{Body}{filler}
            <div style="text-align:right">Ngày đăng: 14-03-2025</div></article></body></html>
            """;
        Assert.Equal("2025-03-14", PublishedOf(html));
    }

    [Fact]
    public void Extract_reads_the_date_under_a_written_by_label_far_from_the_headline()
    {
        var filler = string.Concat(Enumerable.Repeat("<p>Experts expect the programme to ease the load on provincial hospitals in the coming years.</p>", 40));
        var html = $"""
            <html lang="en"><head><title>Vietnam and WHO sign a plan on chronic disease</title></head>
            <body><h1>Vietnam and WHO sign a plan on chronic disease</h1>{filler}
            <div><p>Written by <a href="/team/lan">Tran Thi Lan</a></p><p>March 14, 2025</p></div>{Body}</body></html>
            """;
        Assert.Equal("2025-03-14", PublishedOf(html));
    }

    [Fact]
    public void Extract_does_not_date_the_page_by_a_date_in_its_running_text()
    {
        // Far from the headline, where only the labelled-date search looks.
        var filler = string.Concat(Enumerable.Repeat("<p>Experts expect the programme to ease the load on provincial hospitals in the coming years.</p>", 40));
        var html = $"""
            <html lang="en"><head><title>Vietnam and WHO sign a plan on chronic disease</title></head>
            <body><article><h1>Vietnam and WHO sign a plan on chronic disease</h1>{Body}{filler}
            <p>The first plan, signed on March 3, 2019, covered only six provinces.</p></article></body></html>
            """;
        Assert.Null(PublishedOf(html));
    }
}
