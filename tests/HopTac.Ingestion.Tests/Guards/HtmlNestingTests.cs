using System.Text;
using HopTac.Ingestion.Articles.Html;
using HopTac.Ingestion.Guards;

namespace HopTac.Ingestion.Tests.Guards;

public sealed class HtmlNestingTests
{
    [Fact]
    public void Counts_nested_containers()
    {
        Assert.Equal(3, HtmlNesting.EstimateMaxDepth("<div><section><article>x</article></section></div><div></div>"));
    }

    [Fact]
    public void Ignores_void_self_closing_and_optional_end_elements()
    {
        var sloppy = new StringBuilder("<html><body><div>");
        for (var i = 0; i < 10_000; i++)
        {
            sloppy.Append("<p>Đoạn văn không đóng thẻ<br><img src=a.jpg><li>mục<td>ô<meta charset=utf-8><x-icon/>");
        }

        Assert.Equal(1, HtmlNesting.EstimateMaxDepth(sloppy.ToString()));
    }

    [Fact]
    public void Ignores_markup_inside_scripts_and_comments()
    {
        const string html = "<div><script>var s = '<div><div><div>';</script><!-- <div><div> --><span>a</span></div>";
        Assert.Equal(2, HtmlNesting.EstimateMaxDepth(html));
    }

    [Fact]
    public void Sees_a_hundred_thousand_unclosed_divs()
    {
        var deep = string.Concat(Enumerable.Repeat("<div>", 100_000));
        Assert.Equal(100_000, HtmlNesting.EstimateMaxDepth(deep));
    }

    [Theory]
    [InlineData("")]
    [InlineData("<")]
    [InlineData("<<<>>>")]
    [InlineData("</div></div>")]
    [InlineData("<div")]
    [InlineData("<!-- never closed")]
    public void Broken_markup_gives_a_small_number(string html) =>
        Assert.InRange(HtmlNesting.EstimateMaxDepth(html), 0, 1);

    [Fact]
    public void The_prefilter_measures_the_nesting_the_guard_sees_in_its_output()
    {
        const string html = """
            <html><head><script type="application/ld+json">{"a":"<div><div><div>"}</script><style>p{}</style></head>
            <body><div class=khung><header><nav><ul><li><a href=/>Trang chủ</a></ul></nav></header>
            <main><article><h1>Hợp tác Việt - Lào</h1><div><p>Đoạn <b>một</b><p>Đoạn hai<br><img src=a.jpg></div>
            <footer class=meta><span>Lan Anh</span></footer></article></main>
            <!-- <div><div> --><footer><div><div><p>Bản quyền</div></div></footer></div></body></html>
            """;
        var buffer = new char[HtmlPrefilter.MaxOutputLength(html.Length)];

        var length = HtmlPrefilter.Strip(html, buffer, out var nesting);

        Assert.Equal(HtmlNesting.EstimateMaxDepth(buffer.AsSpan(0, length)), nesting);
        Assert.Equal(5, nesting);
    }

    private static readonly string[] Fragments =
    [
        "<div>", "</div>", "<p>", "<span class=a>", "</span>", "<nav>", "</nav>", "<footer>", "</footer>", "<article>", "</article>",
        "<svg>", "</svg>", "<script>", "</script>", "<script type=application/ld+json>", "<!--", "-->", "<img src=a>", "<br/>", "x", "<", ">", "\"",
    ];

    [Theory]
    [InlineData("<<!---->x</div>")]
    public void The_prefilter_sees_no_less_nesting_than_the_guard_on_a_stray_angle_before_a_comment(string html)
    {
        var buffer = new char[HtmlPrefilter.MaxOutputLength(html.Length)];
        var length = HtmlPrefilter.Strip(html, buffer, out var nesting);
        var output = new string(buffer, 0, length);
        Assert.True(nesting >= HtmlNesting.EstimateMaxDepth(output), $"{nesting} < {HtmlNesting.EstimateMaxDepth(output)} in [{output}]");
    }

    [FsCheck.Xunit.Property]
    public bool The_prefilter_never_sees_less_nesting_than_the_guard_would_in_its_output(byte[] picks)
    {
        var html = string.Concat(picks.Select(b => Fragments[b % Fragments.Length]));
        var buffer = new char[HtmlPrefilter.MaxOutputLength(html.Length)];
        var length = HtmlPrefilter.Strip(html, buffer, out var nesting);
        return nesting >= HtmlNesting.EstimateMaxDepth(buffer.AsSpan(0, length));
    }

    [Theory]
    [InlineData("<div><svg>")]
    [InlineData("<div><template>")]
    [InlineData("<div><script type=\"application/ld+json\">")]
    [InlineData("<div><span title=\"")]
    public void Nesting_after_where_the_prefilter_stops_still_counts(string opening)
    {
        var html = opening + string.Concat(Enumerable.Repeat("<div>", 5000));
        var buffer = new char[HtmlPrefilter.MaxOutputLength(html.Length)];

        HtmlPrefilter.Strip(html, buffer, out var nesting);

        Assert.True(nesting >= HtmlNesting.EstimateMaxDepth(html) - 2, $"{nesting}");
    }

    [Fact]
    public void A_page_nested_past_the_limit_is_rejected_with_a_reason()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 50_000)) + "<p>Hai bên ký kết bản ghi nhớ.</p></body></html>";
        var result = new PageReader(IngestOptions.Default).Read(new Reading.RawPage("deep.html", Encoding.UTF8.GetBytes(html), Core.Pages.PageKind.Html));
        var rejected = Assert.IsType<IngestResult.Rejected>(result);
        Assert.Contains("4096", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_nested_just_under_the_limit_is_read_on_a_pool_thread()
    {
        var html = "<html><body><article><h1>Hợp tác</h1>" + string.Concat(Enumerable.Repeat("<div>", 4_000))
            + "<p>Hai bên ký kết bản ghi nhớ hợp tác y tế tại Hà Nội, mở ra giai đoạn hợp tác mới giữa hai nước.</p></article></body></html>";
        var result = await Task.Run(() => new PageReader(IngestOptions.Default).Read(
            new Reading.RawPage("deep.html", Encoding.UTF8.GetBytes(html), Core.Pages.PageKind.Html)), TestContext.Current.CancellationToken);
        var accepted = Assert.IsType<IngestResult.Accepted>(result);
        Assert.Contains("bản ghi nhớ", accepted.Record.Text, StringComparison.Ordinal);
    }
}
