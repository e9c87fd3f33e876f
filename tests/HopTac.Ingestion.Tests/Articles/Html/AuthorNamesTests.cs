using HopTac.Ingestion.Articles.Html;

namespace HopTac.Ingestion.Tests.Articles.Html;

public sealed class AuthorNamesTests
{
    [Theory]
    [InlineData("By Nguyễn Hồng", "Nguyễn Hồng")]
    [InlineData("Bài: Phương Hà", "Phương Hà")]
    [InlineData("Text by Lan Anh | 3 phút đọc", "Lan Anh")]
    [InlineData("Written by Jane Doe, Senior Editor", "Jane Doe")]
    public void FromByline_takes_the_name_out_of_the_byline(string byline, string expected) =>
        Assert.Equal(expected, AuthorNames.FromByline(byline, siteName: "Báo Mẫu"));

    [Theory]
    [InlineData("VnExpress", "VnExpress")]
    [InlineData("Báo Sức Khỏe Mẫu", "Báo Sức Khỏe Mẫu")]
    [InlineData("https://example.vn/tac-gia/lan", null)]
    [InlineData("@lananh", null)]
    public void Accept_refuses_sites_urls_and_handles(string value, string? siteName) =>
        Assert.Null(AuthorNames.Accept(value, siteName));

    [Fact]
    public void Accept_keeps_a_person_whose_name_is_also_the_site_name() =>
        Assert.Equal("Sam Bossley", AuthorNames.Accept("Sam Bossley", "Sam Bossley"));
}
