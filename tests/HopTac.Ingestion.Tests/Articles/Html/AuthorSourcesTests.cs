using HopTac.Ingestion.Articles.Html;

namespace HopTac.Ingestion.Tests.Articles.Html;

public sealed class AuthorSourcesTests
{
    private const string Body = """
        <p>Ngày 14/3, tại Hà Nội, Bộ Y tế Việt Nam và Tổ chức Y tế Thế giới đã ký kế hoạch hợp tác về phòng chống bệnh không lây nhiễm giai đoạn 2026-2028, tập trung vào y tế cơ sở.</p>
        <p>Theo kế hoạch, hai bên sẽ đào tạo 2.000 nhân viên y tế tuyến xã và triển khai chương trình sàng lọc tăng huyết áp tại 15 tỉnh miền núi phía Bắc.</p>
        """;

    private static IReadOnlyList<string> AuthorsOf(string html) => HtmlArticleExtractor.Extract(html, IngestOptions.Default).Authors;

    [Fact]
    public void Extract_lists_every_writer_of_a_paper_that_repeats_citation_author()
    {
        var html = $"""
            <html lang="en"><head><title>Hypertension screening in northern Vietnam</title>
            <meta name="citation_author" content="Nguyen Thi Lan"><meta name="citation_author" content="Tran Van Minh">
            <meta name="citation_author" content="Pham Quoc Bao"></head>
            <body><article><h1>Hypertension screening in northern Vietnam</h1>{Body}</article></body></html>
            """;
        Assert.Equal(["Nguyen Thi Lan", "Tran Van Minh", "Pham Quoc Bao"], AuthorsOf(html));
    }

    [Fact]
    public void Extract_reads_a_person_author_hung_on_the_json_ld_web_page_node()
    {
        var html = $$$"""
            <html lang="vi"><head><title>Việt Nam và WHO hợp tác phòng chống bệnh không lây nhiễm</title>
            <meta name="author" content="Bản tin Y tế">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Bản tin","author":{"@type":"Person","name":"Lê Minh Châu"}}</script></head>
            <body><article><h1>Việt Nam và WHO hợp tác phòng chống bệnh không lây nhiễm</h1>{{{Body}}}</article></body></html>
            """;
        Assert.Equal(["Lê Minh Châu"], AuthorsOf(html));
    }

    [Fact]
    public void Extract_ignores_an_untyped_author_on_a_web_page_node()
    {
        var html = $$$"""
            <html lang="vi"><head><title>Việt Nam và WHO hợp tác phòng chống bệnh không lây nhiễm</title>
            <script type="application/ld+json">{"@type":"WebPage","author":"Ban biên tập"}</script></head>
            <body><article><h1>Việt Nam và WHO hợp tác phòng chống bệnh không lây nhiễm</h1>{{{Body}}}</article></body></html>
            """;
        Assert.Empty(AuthorsOf(html));
    }

    [Fact]
    public void Extract_finds_a_written_by_label_in_an_author_box_after_the_article()
    {
        var filler = string.Concat(Enumerable.Repeat("<p>Các chuyên gia đánh giá chương trình sẽ giúp giảm gánh nặng cho bệnh viện tuyến trên trong những năm tới.</p>", 40));
        var html = $"""
            <html lang="vi"><head><title>Việt Nam và WHO hợp tác phòng chống bệnh không lây nhiễm</title></head>
            <body><article><h1>Việt Nam và WHO hợp tác phòng chống bệnh không lây nhiễm</h1>{Body}{filler}</article>
            <section class="box"><div class="label">Written by</div><div class="name">Hoàng Thu Trang</div><p>Phóng viên mảng y tế.</p></section></body></html>
            """;
        Assert.Equal(["Hoàng Thu Trang"], AuthorsOf(html));
    }

    [Fact]
    public void Extract_takes_a_rel_author_link_in_the_article_footer_but_not_in_the_page_footer()
    {
        var inArticle = $"""
            <html lang="en"><head><title>Vietnam and WHO sign a plan on chronic disease</title></head>
            <body><article><h1>Vietnam and WHO sign a plan on chronic disease</h1>{Body}
            <footer class="meta"><p class="name"><a href="/people/dang-huy/" rel="author">Dang Quoc Huy</a></p></footer></article></body></html>
            """;
        var inPage = $"""
            <html lang="en"><head><title>Vietnam and WHO sign a plan on chronic disease</title></head>
            <body><article><h1>Vietnam and WHO sign a plan on chronic disease</h1>{Body}</article>
            <footer><a href="/people/webmaster/" rel="author">Site Keeper</a></footer></body></html>
            """;
        Assert.Equal(["Dang Quoc Huy"], AuthorsOf(inArticle));
        Assert.Empty(AuthorsOf(inPage));
    }

    [Fact]
    public void Extract_reads_the_writer_from_a_link_to_the_author_archive()
    {
        var html = $"""
            <html lang="en"><head><title>Vietnam and WHO sign a plan on chronic disease</title></head>
            <body><article><h1>Vietnam and WHO sign a plan on chronic disease</h1>
            <div class="meta"><span>by </span><p><a href="/articles/authors/mai-anh-tuan">Mai Anh Tuan</a></p></div>{Body}</article></body></html>
            """;
        Assert.Equal(["Mai Anh Tuan"], AuthorsOf(html));
    }

    [Fact]
    public void Extract_prefers_a_named_writer_to_a_login_and_keeps_the_login_when_alone()
    {
        var withName = $"""
            <html lang="en"><head><title>Vietnam and WHO sign a plan on chronic disease</title><meta name="author" content="thu.nguyen"></head>
            <body><article><h1>Vietnam and WHO sign a plan on chronic disease</h1>{Body}
            <div class="tags"><strong>Contributors:</strong> Nguyen Thu Ha</div></article></body></html>
            """;
        var alone = $"""
            <html lang="en"><head><title>Vietnam and WHO sign a plan on chronic disease</title><meta name="author" content="thu.nguyen"></head>
            <body><article><h1>Vietnam and WHO sign a plan on chronic disease</h1>{Body}</article></body></html>
            """;
        Assert.Equal(["Nguyen Thu Ha"], AuthorsOf(withName));
        Assert.Equal(["thu.nguyen"], AuthorsOf(alone));
    }
    [Fact]
    public void Extract_skips_an_organisation_typed_author_and_keeps_plain_names_beside_it()
    {
        var html = $$$"""
            <html lang="vi"><head><title>Việt Nam và WHO hợp tác phòng chống bệnh không lây nhiễm</title>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Việt Nam và WHO hợp tác phòng chống bệnh không lây nhiễm","author":[{"@type":"Organization","name":"Trung tâm Truyền thông Y tế"},"Phạm Gia Huy"]}</script></head>
            <body><article><h1>Việt Nam và WHO hợp tác phòng chống bệnh không lây nhiễm</h1>{{{Body}}}</article></body></html>
            """;
        Assert.Equal(["Phạm Gia Huy"], AuthorsOf(html));
    }
}
