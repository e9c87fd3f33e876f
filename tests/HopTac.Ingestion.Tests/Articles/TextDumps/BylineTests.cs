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
}
