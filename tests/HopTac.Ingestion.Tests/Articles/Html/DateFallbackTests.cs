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
    [Fact]
    public void Extract_does_not_take_a_date_from_a_sentence_right_under_the_headline()
    {
        var html = $"""
            <html lang="en"><head><title>Vietnam and WHO sign a plan on chronic disease</title>
            <meta property="article:published_time" content="2025-03-14T09:00:00+07:00"></head>
            <body><article><h1>Vietnam and WHO sign a plan on chronic disease</h1>
            <p>The screening campaign in the northern provinces runs until <a href="/x">June 30, 2025</a>, when the first results are due.</p>{Body}</article></body></html>
            """;
        Assert.Equal("2025-03-14", PublishedOf(html)?[..10]);
    }

    [Fact]
    public void Extract_does_not_date_the_page_by_an_embedded_post_under_the_headline()
    {
        var html = $"""
            <html lang="vi"><head><title>Việt Nam và WHO hợp tác phòng chống bệnh không lây nhiễm</title>
            <meta property="article:published_time" content="2025-03-14T09:00:00+07:00"></head>
            <body><article><h1>Việt Nam và WHO hợp tác phòng chống bệnh không lây nhiễm</h1>
            <blockquote class="embedded-post"><p>Một năm hợp tác hiệu quả.</p>— Bộ Y tế <a href="/p/1">16/10/2024</a></blockquote>{Body}</article></body></html>
            """;
        Assert.Equal("2025-03-14", PublishedOf(html)?[..10]);
    }

    [Theory]
    [InlineData("2025-03-14", "August 28, 2024", "2025-03-14")]
    [InlineData("2025-03-15T01:30:00Z", "March 14, 2025", "2025-03-14")]
    public void Extract_trusts_the_time_element_value_over_its_text_only_when_they_are_days_apart(string machine, string shown, string expected)
    {
        var html = $"""
            <html lang="en"><head><title>Vietnam and WHO sign a plan on chronic disease</title></head>
            <body><article><h1>Vietnam and WHO sign a plan on chronic disease</h1>
            <div class="info"><time datetime="{machine}">{shown}</time></div>{Body}</article></body></html>
            """;
        Assert.Equal(expected, PublishedOf(html)?[..10]);
    }

    [Fact]
    public void Extract_prefers_a_date_after_the_headline_to_one_in_a_post_list_before_it()
    {
        var html = $"""
            <html lang="en"><head><title>Vietnam and WHO sign a plan on chronic disease</title></head>
            <body><div class="recent"><h2><a href="/older">Older story</a></h2><p class="post-meta"><span class="published">Nov 18, 2024</span></p></div>
            <nav><a href="/">Home</a></nav><main><h1>Vietnam and WHO sign a plan on chronic disease</h1>{Body}
            <p class="post-meta"><span class="published">Mar 14, 2025</span></p></main></body></html>
            """;
        Assert.Equal("2025-03-14", PublishedOf(html)?[..10]);
    }
}
