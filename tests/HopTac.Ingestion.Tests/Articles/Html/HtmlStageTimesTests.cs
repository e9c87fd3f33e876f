using HopTac.Ingestion.Articles.Html;

namespace HopTac.Ingestion.Tests.Articles.Html;

public sealed class HtmlStageTimesTests
{
    private const string Page = """
        <html lang="vi"><head><title>Việt Nam và Cuba ký thỏa thuận hợp tác y tế | Báo Mẫu</title></head>
        <body><article><h1>Việt Nam và Cuba ký thỏa thuận hợp tác y tế</h1>
        <p>Ngày 5/6, tại Hà Nội, Bộ Y tế Việt Nam và Bộ Y tế Cuba đã ký thỏa thuận hợp tác trong lĩnh vực y tế giai đoạn 2025-2028, tập trung vào đào tạo bác sĩ và sản xuất thuốc.</p>
        <p>Hai bên nhất trí tăng cường trao đổi chuyên gia, chia sẻ kinh nghiệm phòng chống dịch bệnh và nghiên cứu công nghệ sinh học.</p>
        </article></body></html>
        """;

    [Fact]
    public void Timed_extraction_gives_the_same_article_as_the_plain_one()
    {
        Assert.True(HtmlArticleExtractor.TryExtract(Page, IngestOptions.Default, out var timed, out _, out var times));
        var plain = HtmlArticleExtractor.Extract(Page, IngestOptions.Default);

        Assert.Equal(plain.Title, timed.Title);
        Assert.Equal(plain.Authors, timed.Authors);
        Assert.Equal(plain.Text, timed.Text);
        Assert.Contains("Cuba", timed.Text, StringComparison.Ordinal);
        Assert.All(times.Ticks, t => Assert.True(t >= 0));
        Assert.True(times.Parse > 0);
        Assert.Equal(HtmlStageTimes.Names.Count, times.Ticks.Count);
    }

    [Fact]
    public void A_refused_page_spends_nothing_on_the_stages_it_never_reached()
    {
        var deep = string.Concat(Enumerable.Repeat("<div>", 5000));

        Assert.False(HtmlArticleExtractor.TryExtract(deep, IngestOptions.Default, out _, out var rejection, out var times));
        Assert.NotNull(rejection);
        Assert.Equal(0, times.Parse);
        Assert.Equal(0, times.Metadata);
        Assert.Equal(0, times.Content);
    }
}
