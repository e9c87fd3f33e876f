using HopTac.Ingestion.Articles.Html;

namespace HopTac.Ingestion.Tests.Articles.Html;

public sealed class TitleChoiceTests
{
    private const string Body = """
        <p>Ngày 20/11, tại Hà Nội, Bộ Khoa học và Công nghệ Việt Nam và Bộ Khoa học Hàn Quốc đã ký bản ghi nhớ về hợp tác nghiên cứu bán dẫn, mở ra nhiều cơ hội cho các viện nghiên cứu của hai nước.</p>
        <p>Theo bản ghi nhớ, hai bên sẽ trao đổi chuyên gia, tổ chức các khóa đào tạo chung và cùng tài trợ cho các dự án nghiên cứu trong giai đoạn 2026-2030.</p>
        """;

    [Fact]
    public void Extract_skips_a_logo_h1_that_is_only_the_site_part_of_the_document_title()
    {
        var html = $"""
            <html lang="vi"><head><title>Việt Nam và Hàn Quốc hợp tác nghiên cứu bán dẫn | Nhật ký khoa học</title></head>
            <body><header><h1>Nhật ký khoa học</h1></header><article>{Body}</article></body></html>
            """;
        Assert.Equal("Việt Nam và Hàn Quốc hợp tác nghiên cứu bán dẫn", HtmlArticleExtractor.Extract(html, IngestOptions.Default).Title);
    }

    [Fact]
    public void Extract_prefers_og_title_over_a_blog_name_h1_that_heads_the_document_title()
    {
        var html = $"""
            <html lang="vi"><head><title>Nhật ký khoa học: Việt Nam và Hàn Quốc ký bản ghi nhớ hợp tác nghiên cứu bán dẫn</title>
            <meta property="og:title" content="Việt Nam và Hàn Quốc ký bản ghi nhớ hợp tác nghiên cứu bán dẫn"></head>
            <body><h1>Nhật ký khoa học</h1><article>{Body}</article></body></html>
            """;
        Assert.Equal("Việt Nam và Hàn Quốc ký bản ghi nhớ hợp tác nghiên cứu bán dẫn", HtmlArticleExtractor.Extract(html, IngestOptions.Default).Title);
    }

    [Fact]
    public void Extract_keeps_a_short_h1_headline_that_heads_the_document_title()
    {
        var html = $"""
            <html lang="vi"><head><title>Bán dẫn | Cổng thông tin Bộ Khoa học và Công nghệ</title></head>
            <body><article><h1>Bán dẫn</h1>{Body}</article></body></html>
            """;
        Assert.Equal("Bán dẫn", HtmlArticleExtractor.Extract(html, IngestOptions.Default).Title);
    }

    [Fact]
    public void Extract_writes_full_width_punctuation_in_the_title_as_ascii()
    {
        var html = $"""
            <html lang="vi"><head><title>Vì sao Việt Nam và Nhật Bản nâng cấp quan hệ？</title></head>
            <body><article><h1>Vì sao Việt Nam và Nhật Bản nâng cấp quan hệ？</h1>{Body}</article></body></html>
            """;
        Assert.Equal("Vì sao Việt Nam và Nhật Bản nâng cấp quan hệ?", HtmlArticleExtractor.Extract(html, IngestOptions.Default).Title);
    }
    [Fact]
    public void Extract_takes_the_metadata_title_over_a_short_section_label_in_the_h1()
    {
        var html = $"""
            <html lang="vi"><head><title>Việt Nam và Hàn Quốc ký bản ghi nhớ hợp tác bán dẫn - Tin khoa học</title>
            <meta property="og:title" content="Việt Nam và Hàn Quốc ký bản ghi nhớ hợp tác bán dẫn"></head>
            <body><article><h1>Tin quốc tế</h1>{Body}</article></body></html>
            """;
        Assert.Equal("Việt Nam và Hàn Quốc ký bản ghi nhớ hợp tác bán dẫn", HtmlArticleExtractor.Extract(html, IngestOptions.Default).Title);
    }

    [Fact]
    public void Extract_keeps_a_long_h1_headline_that_the_metadata_words_differently()
    {
        var html = $"""
            <html lang="en"><head><title>Vietnam and Korea sign chip research pact | Science Daily VN</title>
            <meta property="og:title" content="Vietnam and Korea sign chip research pact"></head>
            <body><article><h1>Vietnam, South Korea agree to train semiconductor engineers together</h1>{Body}</article></body></html>
            """;
        Assert.Equal("Vietnam, South Korea agree to train semiconductor engineers together", HtmlArticleExtractor.Extract(html, IngestOptions.Default).Title);
    }
    [Fact]
    public void Extract_takes_the_whole_title_over_a_json_ld_headline_cut_at_a_fixed_length()
    {
        var html = $$$"""
            <html lang="vi"><head><title>Việt Nam và Hàn Quốc ký bản ghi nhớ hợp tác nghiên cứu bán dẫn, trao đổi chuyên gia và đào tạo kỹ sư | Tin khoa học</title>
            <meta property="og:title" content="Việt Nam và Hàn Quốc ký bản ghi nhớ hợp tác nghiên cứu bán dẫn, trao đổi chuyên gia và đào tạo kỹ sư">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Việt Nam và Hàn Quốc ký bản ghi nhớ hợp tác nghiên cứu bán dẫn, trao đổi chuyên gia"}</script></head>
            <body><article>{{{Body}}}</article></body></html>
            """;
        Assert.Equal("Việt Nam và Hàn Quốc ký bản ghi nhớ hợp tác nghiên cứu bán dẫn, trao đổi chuyên gia và đào tạo kỹ sư", HtmlArticleExtractor.Extract(html, IngestOptions.Default).Title);
    }
}
