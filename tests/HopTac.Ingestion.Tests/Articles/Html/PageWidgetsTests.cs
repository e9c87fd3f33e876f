using HopTac.Ingestion.Articles.Html;

namespace HopTac.Ingestion.Tests.Articles.Html;

public sealed class PageWidgetsTests
{
    [Theory]
    [InlineData("Cỡ chữ A- A A+")]
    [InlineData("Bạn thấy bài viết thế nào? 35 lượt thích")]
    [InlineData("Bạn thấy bài viết này thế nào? Hay 18 Chưa hay 2")]
    [InlineData("Bình chọn 24 Lượt xem: 1.203")]
    [InlineData("Thích 56 Chia sẻ")]
    public void Rows_of_controls_and_counters_are_widgets(string text) => Assert.True(PageWidgets.IsWidget(text));

    [Theory]
    [InlineData("Hai bên chia sẻ kinh nghiệm quản lý bệnh viện.")]
    [InlineData("Video đạt 2 triệu lượt xem sau một ngày.")]
    [InlineData("Hay")]
    [InlineData("")]
    public void Sentences_that_use_an_interface_word_are_not_widgets(string text) => Assert.False(PageWidgets.IsWidget(text));
}
