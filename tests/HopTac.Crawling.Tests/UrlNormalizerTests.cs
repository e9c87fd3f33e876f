using HopTac.Crawling.Urls;

namespace HopTac.Crawling.Tests;

public sealed class UrlNormalizerTests
{
    [Theory]
    [InlineData("HTTP://Example.VN:80/tin/bai-viet.html?utm_source=fb&fbclid=x#binh-luan", "http://example.vn/tin/bai-viet.html")]
    [InlineData("https://example.vn/tin?b=2&a=1&gidzl=abc&zarsrc=30", "https://example.vn/tin?a=1&b=2")]
    [InlineData("https://example.vn", "https://example.vn/")]
    public void Normalize_drops_tracking_parameters_fragments_and_default_ports(string given, string expected) =>
        Assert.Equal(expected, UrlNormalizer.Normalize(given));

    [Theory]
    [InlineData("mailto:toa-soan@example.vn")]
    [InlineData("javascript:void(0)")]
    [InlineData("")]
    public void Normalize_refuses_what_is_not_http(string given) => Assert.Null(UrlNormalizer.Normalize(given));

    [Fact]
    public void Normalize_resolves_relative_links_against_the_page() =>
        Assert.Equal("https://example.vn/the-gioi/bai-moi.html", UrlNormalizer.Normalize("../the-gioi/bai-moi.html", new Uri("https://example.vn/thoi-su/trang-2.html")));
}
