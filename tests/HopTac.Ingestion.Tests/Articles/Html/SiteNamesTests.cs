using HopTac.Ingestion.Articles.Html;

namespace HopTac.Ingestion.Tests.Articles.Html;

public sealed class SiteNamesTests
{
    [Theory]
    [InlineData("Hai nước ký thỏa thuận - VnExpress", "https://vnexpress.net/hai-nuoc-ky-4700001.html", "VnExpress")]
    [InlineData("Hai nước ký thỏa thuận | Báo Nhân Dân điện tử", "https://nhandan.vn/hai-nuoc-ky-post1.html", "Báo Nhân Dân điện tử")]
    [InlineData("Hai nước ký thỏa thuận | Vietnam+ (VietnamPlus)", "https://www.vietnamplus.vn/hai-nuoc-post1.vnp", "Vietnam+ (VietnamPlus)")]
    [InlineData("Tuổi Trẻ Online - Hai nước ký thỏa thuận", "https://tuoitre.vn/hai-nuoc-ky.htm", "Tuổi Trẻ Online")]
    public void The_title_segment_that_spells_the_host_is_the_site_name(string title, string url, string expected) =>
        Assert.Equal(expected, SiteNames.FromTitle(title, url));

    [Theory]
    [InlineData("Việt Nam - Lào ký thỏa thuận về rừng", "https://www.vietnamplus.vn/viet-nam-lao-post1.vnp")]
    [InlineData("Việt Nam - Nhật Bản ký thỏa thuận về năng lượng sạch", "https://tuoitre.vn/viet-nam-nhat-ban.htm")]
    [InlineData("Hai nước ký thỏa thuận - VnExpress", null)]
    [InlineData("Hai nước ký thỏa thuận - VnExpress", "https://m.example.vn/bai")]
    public void A_headline_that_only_shares_a_word_with_the_host_has_no_site_name(string title, string? url) =>
        Assert.Null(SiteNames.FromTitle(title, url));
}
