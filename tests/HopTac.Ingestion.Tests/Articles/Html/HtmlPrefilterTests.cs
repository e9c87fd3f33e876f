using HopTac.Ingestion.Articles.Html;

namespace HopTac.Ingestion.Tests.Articles.Html;

public sealed class HtmlPrefilterTests
{
    [Theory]
    [InlineData("<p>Hà Nội</p><script>var a = '<p>x</p>';</script><p>Viêng Chăn</p>", "<p>Hà Nội</p><p>Viêng Chăn</p>")]
    [InlineData("<STYLE type=\"text/css\">p{color:red}</Style><p>a</p>", "<p>a</p>")]
    [InlineData("<p>a<!-- <script> --></p><p>b</p>", "<p>a<p>b</p>")]
    [InlineData("<p>a<!--></p><p>b<!---></p>", "<p>a<p>b</p>")]
    [InlineData("<svg viewBox=\"0 0 1 1\"><path d=\"M0\"/></svg><p>a</p>", "<p>a</p>")]
    [InlineData("<noscript><img src=\"a.jpg\"></noscript><template><p>t</p></template><p>a</p>", "<p>a</p>")]
    [InlineData("<p>bài viết</p><script>never closed <p>x</p>", "<p>bài viết</p>")]
    public void Strip_removes_scripts_styles_svg_and_comments(string html, string expected) =>
        Assert.Equal(expected, HtmlPrefilter.Strip(html));

    [Fact]
    public void Strip_keeps_json_ld_for_the_metadata_reader()
    {
        const string html = "<script type=\"application/ld+json\">{\"headline\":\"Việt Nam - Lào\"}</script><script>x()</script>";
        Assert.Equal("<script type=\"application/ld+json\">{\"headline\":\"Việt Nam - Lào\"}</script>", HtmlPrefilter.Strip(html));
    }

    [Theory]
    [InlineData("<figure data-src=\"a.jpg\" data-srcset=\"a-2x.jpg 2x\" title=\"Lễ ký\" class=\"anh\">", "<figure class=\"anh\">")]
    [InlineData("<div data-track='{\"a\":\"x>y\"}' id=noi-dung onclick=go()>", "<div id=noi-dung>")]
    [InlineData("<a href=\"/tin/123.html\" title=\"Tin\" rel=author>Lan Anh</a>", "<a href rel=author>Lan Anh</a>")]
    [InlineData("<link rel=\"canonical\" href=\"https://bao.vn/2024/05/01/a.html\"><link rel=preload href=x.css as=style>", "<link rel=\"canonical\" href=\"https://bao.vn/2024/05/01/a.html\">")]
    [InlineData("<meta property=\"og:title\" content=\"Hợp tác Việt - Lào\" data-rh=\"true\">", "<meta property=\"og:title\" content=\"Hợp tác Việt - Lào\">")]
    [InlineData("<div style=\"color:red\"><p style=\"DISPLAY: NONE\" hidden>x</p></div>", "<div><p style=\"DISPLAY: NONE\" hidden>x</div>")]
    [InlineData("<time datetime=\"2024-05-01\" class=d aria-label=\"ngày\">1/5</time><br/>", "<time datetime=\"2024-05-01\" class=d>1/5</time><br/>")]
    [InlineData("<span data-publish-date=\"2024-05-01\" data-x=1 lang=vi>", "<span data-publish-date=\"2024-05-01\" lang=vi>")]
    public void Strip_keeps_only_the_attributes_the_extractor_reads(string html, string expected) =>
        Assert.Equal(expected, HtmlPrefilter.Strip(html));

    [Theory]
    [InlineData("<div>\n  <p>Hà Nội</p>\n</div>\n<ul>\n <li>a</li>\n</ul>", "<div><p>Hà Nội</div><ul><li>a</ul>")]
    [InlineData("<p><span>Hà</span> <a href>Nội</a> <b>và</b>\n<i>Lào</i></p>", "<p><span>Hà</span> <a href>Nội</a> <b>và</b>\n<i>Lào</i></p>")]
    [InlineData("<li>\n  <a href>Hà Nội</a>\n</li>", "<li><a href>Hà Nội</a></li>")]
    public void Strip_drops_white_space_only_next_to_block_tags(string html, string expected) =>
        Assert.Equal(expected, HtmlPrefilter.Strip(html));

    [Theory]
    [InlineData("<nav class=menu><ul><li><a href>Thời sự</a></li><li><nav>Thế giới</nav></li></ul></nav><p>a</p>", "<nav class=menu></nav><p>a</p>")]
    [InlineData("<nav><main><p>Bài viết</p></main></nav>", "<nav><main><p>Bài viết</main></nav>")]
    [InlineData("<nav><article><p>Bài viết", "<nav><article><p>Bài viết")]
    [InlineData("<nav><a href>Trang chủ</a><p>never closed", "<nav><a href>Trang chủ</a><p>never closed")]
    public void Strip_empties_menus_unless_they_hold_the_article(string html, string expected) =>
        Assert.Equal(expected, HtmlPrefilter.Strip(html));

    [Theory]
    [InlineData("<select name=tinh><option>Hà Nội</option><option>Huế</option></select><p>a</p>", "<select name=tinh></select><p>a</p>")]
    [InlineData("<textarea>Viết bình luận</textarea><iframe src=v.html>x</iframe>", "<textarea></textarea><iframe></iframe>")]
    [InlineData("<button class=tac-gia>Lan Anh</button><label>Ngày đăng</label>", "<button class=tac-gia>Lan Anh</button><label>Ngày đăng</label>")]
    public void Strip_empties_form_controls_but_keeps_buttons_and_labels(string html, string expected) =>
        Assert.Equal(expected, HtmlPrefilter.Strip(html));

    [Theory]
    [InlineData("<article><p>a</p><footer class=meta>Đăng ngày 1/5/2025</footer></article><footer><a href>Liên hệ</a></footer>", "<article><p>a<footer class=meta>Đăng ngày 1/5/2025</footer></article><footer></footer>")]
    [InlineData("<div><p>a</p></div><footer><p>Bản quyền</p><footer>x</footer></footer>", "<div><p>a</div><footer></footer>")]
    [InlineData("<footer><article><p>Bài viết</p></article></footer>", "<footer><article><p>Bài viết</article></footer>")]
    [InlineData("<article><article></article><footer>Tác giả</footer></article>", "<article><article></article><footer>Tác giả</footer></article>")]
    public void Strip_empties_the_page_footer_but_not_an_article_footer(string html, string expected) =>
        Assert.Equal(expected, HtmlPrefilter.Strip(html));

    [Theory]
    [InlineData("<p>Lễ ký<img src=\"a.jpg\" alt=\"Lễ ký\"> kết thúc</p>", "<p>Lễ ký kết thúc</p>")]
    [InlineData("<picture><source srcset=a.webp><img src=a.jpg></picture><p>Hà<wbr>Nội</p>", "<picture></picture><p>HàNội</p>")]
    public void Strip_drops_images(string html, string expected) =>
        Assert.Equal(expected, HtmlPrefilter.Strip(html));

    [Theory]
    [InlineData("<p>Hà<span class=\"icon\"></span> Nội<i class=\"fa fa-clock\"></i></p><a href=\"/anh\"><img src=a.jpg></a>", "<p>Hà Nội</p>")]
    [InlineData("<p><span itemprop=\"datePublished\" content=\"2025-04-12\"></span><time datetime=\"2025-04-12\"></time></p>", "<p><span itemprop=\"datePublished\" content=\"2025-04-12\"></span><time datetime=\"2025-04-12\"></time></p>")]
    [InlineData("<p>Hà<span> </span>Nội<div class=x></div></p>", "<p>Hà<span> </span>Nội<div class=x></div></p>")]
    public void Strip_drops_empty_inline_elements_that_carry_nothing_a_reader_looks_at(string html, string expected) =>
        Assert.Equal(expected, HtmlPrefilter.Strip(html));

    [Theory]
    [InlineData("<meta charset=\"utf-8\"><meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\"><title>Tin</title>", "<title>Tin</title>")]
    [InlineData("<meta name=\"viewport\" content=\"width=device-width\"><meta property=\"og:image:width\" content=\"1200\">", "")]
    [InlineData("<meta property=\"article:published_time\" content=\"2025-04-12T08:30:00+07:00\"><meta name=author content=\"Lan Anh\">", "<meta property=\"article:published_time\" content=\"2025-04-12T08:30:00+07:00\"><meta name=author content=\"Lan Anh\">")]
    [InlineData("<div itemscope><meta itemprop=\"datePublished\" content=\"2025-04-12\"></div>", "<div><meta itemprop=\"datePublished\" content=\"2025-04-12\"></div>")]
    public void Strip_drops_meta_tags_the_metadata_reader_cannot_use(string html, string expected) =>
        Assert.Equal(expected, HtmlPrefilter.Strip(html));

    [Theory]
    [InlineData("<ul><li>Hà Nội</li>\n  <li>Huế</li></ul>", "<ul><li>Hà Nội<li>Huế</ul>")]
    [InlineData("<p>Một</p><p>Hai</p><div><p>Ba</p></div>", "<p>Một<p>Hai<div><p>Ba</div>")]
    [InlineData("<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table>", "<table><tr><td>a<td>b<tr><th>c</table>")]
    [InlineData("<dl><dt>Ngày</dt><dd>12/4</dd></dl>", "<dl><dt>Ngày<dd>12/4</dl>")]
    [InlineData("<p>Một</p> chữ <span>x</span><p>a</p><table>", "<p>Một</p> chữ <span>x</span><p>a</p><table>")]
    [InlineData("<li>a</li><p>b</p></aside>", "<li>a</li><p>b</p></aside>")]
    public void Strip_leaves_out_end_tags_the_next_tag_implies(string html, string expected) =>
        Assert.Equal(expected, HtmlPrefilter.Strip(html));

    [Theory]
    [InlineData("<ul><li>Hà <b>Nội</b></li><li>Huế</li></ul><ol><li><p>a</p></li></ol>")]
    [InlineData("<div><p>Một <i>nghiêng</p><p>Hai</p></div><p>Ba</p><h2>Tiêu đề</h2>")]
    [InlineData("<table><tbody><tr><td><p>a</p></td><td>b</td></tr><tr><td>c</td></tr></tbody></table>")]
    [InlineData("<dl><dt>Ngày</dt><dd>12/4</dd><dt>Nơi</dt><dd>Hà Nội</dd></dl><blockquote><p>x</p></blockquote>")]
    public void Leaving_out_implied_end_tags_builds_the_same_tree(string html)
    {
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var stripped = HtmlPrefilter.Strip(html);

        Assert.NotEqual(html, stripped);
        Assert.Equal(parser.ParseDocument(html).Body!.InnerHtml, parser.ParseDocument(stripped).Body!.InnerHtml);
    }

    [Fact]
    public void The_article_footer_still_dates_and_signs_the_article_when_the_page_footer_is_emptied()
    {
        const string html = """
            <html lang="vi"><body>
            <article><h1>Việt Nam và Nhật Bản mở rộng hợp tác đào tạo nhân lực</h1>
            <p>Ngày 12/4, tại Tokyo, Bộ Lao động - Thương binh và Xã hội Việt Nam và Bộ Y tế, Lao động và Phúc lợi Nhật Bản đã trao đổi về chương trình thực tập sinh kỹ năng.</p>
            <p>Hai bên thống nhất tăng số lượng điều dưỡng viên được đào tạo tại Nhật Bản và công nhận chứng chỉ nghề của nhau trong thời gian tới.</p>
            <footer class="entry-meta">Đăng ngày <time datetime="2025-04-12T08:30:00+07:00">12/04/2025</time></footer></article>
            <footer class="site-footer"><p>Liên hệ tòa soạn: 0123 456 789</p><p>Cập nhật 01/01/2020</p></footer>
            </body></html>
            """;
        var article = HtmlArticleExtractor.Extract(html, IngestOptions.Default);
        Assert.StartsWith("2025-04-12", article.Published ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("điều dưỡng viên", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Liên hệ tòa soạn", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Strip_fits_kept_attributes_written_without_a_space_between_them()
    {
        var html = string.Concat(Enumerable.Repeat("<p id=\"\"id=\"\"id=\"\"x>", 1000));
        var buffer = new char[HtmlPrefilter.MaxOutputLength(html.Length)];

        var length = HtmlPrefilter.Strip(html, buffer);

        Assert.True(length > html.Length);
        Assert.StartsWith("<p id=\"\" id=\"\" id=\"\"><p id=", new string(buffer, 0, length), StringComparison.Ordinal);
    }

    private static readonly string[] Fragments =
    [
        "<div", " class=\"a\"", "id=''", " data-x=1", ">", "</div>", "<p>", "Hà Nội", " ", "\n", "<!--", "-->", "<script>", "</script>",
        "<nav>", "</nav>", "<footer>", "</footer>", "<article>", "</article>", "<img src=a>", "<select>", "<a href=x", "/>", "\"", "<",
    ];

    [FsCheck.Xunit.Property]
    public bool Strip_never_writes_past_its_bound_and_never_throws(byte[] picks)
    {
        var html = string.Concat(picks.Select(b => Fragments[b % Fragments.Length]));
        var buffer = new char[HtmlPrefilter.MaxOutputLength(html.Length)];
        var length = HtmlPrefilter.Strip(html, buffer);
        return length <= buffer.Length && HtmlPrefilter.Strip(html).Length == length;
    }

    [Fact]
    public void Strip_leaves_thousands_of_unclosed_menus_to_the_parser()
    {
        var html = string.Concat(Enumerable.Repeat("<nav><a href>x</a>", 20_000));
        Assert.Equal(html, HtmlPrefilter.Strip(html));
    }

    [Fact]
    public void The_dateline_search_stops_at_a_menu_below_the_headline()
    {
        const string html = """
            <html lang="vi"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Việt Nam và Lào ký biên bản hợp tác thương mại","datePublished":"2025-03-10T09:00:00+07:00"}</script></head>
            <body><header><h1>Việt Nam và Lào ký biên bản hợp tác thương mại</h1></header>
            <nav><a href>Thời sự</a> <a href>Kinh tế</a></nav>
            <div>19/12/2025</div>
            <article><p>Ngày 10/3, tại Viêng Chăn, Bộ Công Thương hai nước đã ký biên bản hợp tác nhằm nâng kim ngạch thương mại song phương trong những năm tới, đồng thời tháo gỡ khó khăn cho doanh nghiệp.</p>
            <p>Hai bên cũng thống nhất tổ chức diễn đàn doanh nghiệp thường niên, luân phiên tại mỗi nước, để kết nối đầu tư và quảng bá sản phẩm.</p></article>
            </body></html>
            """;
        var article = HtmlArticleExtractor.Extract(html, IngestOptions.Default);
        Assert.StartsWith("2025-03-10", article.Published ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("Kinh tế", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div class=\"a\" title=\"never closed")]
    [InlineData("<div class=a title=")]
    [InlineData("<img src=x")]
    public void Strip_leaves_a_tag_cut_off_by_the_end_of_the_page_to_the_parser(string html) =>
        Assert.Same(html, HtmlPrefilter.Strip(html));

    [Theory]
    [InlineData("<p>scripts and styles</p><scripted>x</scripted>")]
    [InlineData("<svg")]
    [InlineData("<svg><p>unclosed svg</p>")]
    [InlineData("")]
    [InlineData("<")]
    public void Strip_leaves_pages_without_those_elements_alone(string html) =>
        Assert.Same(html, HtmlPrefilter.Strip(html));

    [FsCheck.Xunit.Property]
    public bool Strip_never_grows_the_page_and_never_throws(string? html)
    {
        html ??= string.Empty;
        return HtmlPrefilter.Strip(html).Length <= html.Length;
    }

    [Fact]
    public void Extract_still_reads_the_title_and_date_from_json_ld_and_drops_script_text()
    {
        const string html = """
            <html lang="vi"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Việt Nam và Lào tăng cường hợp tác giáo dục","datePublished":"2025-03-14T08:00:00+07:00"}</script>
            <script>window.tracker = "Không được xuất hiện trong bài";</script><style>.a{}</style></head>
            <body><article><h1>Việt Nam và Lào tăng cường hợp tác giáo dục</h1><!-- quảng cáo -->
            <p>Ngày 14/3, tại Hà Nội, Bộ Giáo dục và Đào tạo Việt Nam và Bộ Giáo dục và Thể thao Lào đã ký kế hoạch hợp tác giai đoạn 2025-2030, trong đó hai bên thống nhất tăng số suất học bổng.</p>
            <svg><text>biểu tượng</text></svg>
            <p>Theo kế hoạch, mỗi năm Việt Nam sẽ tiếp nhận thêm nhiều lưu học sinh Lào sang học tập tại các trường đại học, cao đẳng trong cả nước.</p>
            </article></body></html>
            """;
        var article = HtmlArticleExtractor.Extract(html, IngestOptions.Default);
        Assert.Equal("Việt Nam và Lào tăng cường hợp tác giáo dục", article.Title);
        Assert.StartsWith("2025-03-14", article.Published ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("lưu học sinh Lào", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Không được", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("biểu tượng", article.Text, StringComparison.Ordinal);
    }
}
