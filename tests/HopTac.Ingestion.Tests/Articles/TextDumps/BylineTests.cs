using HopTac.Ingestion.Articles.TextDumps;

namespace HopTac.Ingestion.Tests.Articles.TextDumps;

public sealed class BylineTests
{
    [Theory]
    [InlineData("Phương Hà")]
    [InlineData("Nguyễn Hồng")]
    [InlineData("Trần Thị Minh Nguyệt")]
    [InlineData("NGUYỄN HỒNG")]
    [InlineData("- Anh Minh")]
    public void Short_capitalised_names_are_bylines(string line) => Assert.True(Byline.IsPersonName(line));

    [Theory]
    [InlineData("Ảnh: Moh")]
    [InlineData("TTXVN")]
    [InlineData("Theo VnExpress")]
    [InlineData("Hà Nội")]
    [InlineData("Việt Nam")]
    [InlineData("Bộ Y tế")]
    [InlineData("Thể Thao")]
    [InlineData("ĐÁNH GỤC TÊN BẮT CÓC TẠI CHỖ")]
    [InlineData("Hội nghị ASEAN")]
    [InlineData("Hai bên nhất trí tăng cường hợp tác.")]
    public void Agencies_places_credits_and_sentences_are_not(string line) => Assert.False(Byline.IsPersonName(line));

    [Theory]
    [InlineData("Phương Hà/TTXVN", "Phương Hà")]
    [InlineData("Bài và ảnh: Minh Anh", "Minh Anh")]
    [InlineData("Nguyễn Hồng (VOV)", "Nguyễn Hồng")]
    [InlineData("Phương Hà - Minh Anh", "Phương Hà|Minh Anh")]
    [InlineData("Thu Trang, Hoàng Long", "Thu Trang|Hoàng Long")]
    public void A_byline_yields_its_names_without_label_or_agency(string line, string expected)
    {
        Assert.True(Byline.TryRead(line, out var names));
        Assert.Equal(expected.Split('|'), names);
    }

    [Theory]
    [InlineData("Ảnh: Minh Anh")]
    [InlineData("Theo TTXVN")]
    [InlineData("Việt Nam - Hàn Quốc")]
    public void Credits_and_pairs_of_places_are_not_bylines(string line) => Assert.False(Byline.TryRead(line, out _));
}
