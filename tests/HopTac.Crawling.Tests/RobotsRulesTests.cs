using HopTac.Crawling.Robots;

namespace HopTac.Crawling.Tests;

public sealed class RobotsRulesTests
{
    private const string Text = """
        # a site's rules
        User-agent: otherbot
        Disallow: /

        User-agent: *
        Disallow: /rieng-tu/
        Disallow: /*.pdf$
        Allow: /rieng-tu/cong-khai/
        Crawl-delay: 3

        Sitemap: https://example.vn/sitemap.xml
        """;

    [Theory]
    [InlineData("/tin/bai-viet.html", true)]
    [InlineData("/rieng-tu/bao-cao.html", false)]
    [InlineData("/rieng-tu/cong-khai/thong-bao.html", true)]
    [InlineData("/tai-lieu/van-ban.pdf", false)]
    [InlineData("/tai-lieu/van-ban.pdf?tai=1", true)]
    [InlineData("/robots.txt", true)]
    public void The_longest_matching_rule_decides(string path, bool allowed) =>
        Assert.Equal(allowed, RobotsRules.Parse(Text, "hoptac").IsAllowed(new Uri("https://example.vn" + path)));

    [Fact]
    public void A_group_naming_the_crawler_wins_over_the_star_group()
    {
        var rules = RobotsRules.Parse(Text, "otherbot");
        Assert.False(rules.IsAllowed(new Uri("https://example.vn/tin/bai-viet.html")));
        Assert.Null(rules.CrawlDelay);
    }

    [Fact]
    public void Crawl_delay_and_sitemaps_are_read()
    {
        var rules = RobotsRules.Parse(Text, "hoptac");
        Assert.Equal(TimeSpan.FromSeconds(3), rules.CrawlDelay);
        Assert.Equal(["https://example.vn/sitemap.xml"], rules.Sitemaps);
    }
}
