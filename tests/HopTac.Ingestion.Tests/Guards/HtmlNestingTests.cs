using System.Text;
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
