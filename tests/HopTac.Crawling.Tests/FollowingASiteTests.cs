using HopTac.Crawling.Tests.Fixtures;

namespace HopTac.Crawling.Tests;

/// <summary>The done-when checks of following a 1,000-article site (see <see cref="FollowedSite"/>).</summary>
public sealed class FollowingASiteTests(FollowedSite run) : IClassFixture<FollowedSite>
{
    [Fact]
    public void Sources_are_discovered_from_the_home_page_and_added()
    {
        Assert.Equal(0, run.SourcesAdded.Exit);
        Assert.Contains("feed " + run.Site.Root + "/rss/tin-moi.rss", run.SourcesAdded.Out, StringComparison.Ordinal);
        Assert.Contains("feed " + run.Site.Root + "/atom.xml", run.SourcesAdded.Out, StringComparison.Ordinal);
        Assert.Contains("sitemap " + run.Site.Root + "/sitemap.xml", run.SourcesAdded.Out, StringComparison.Ordinal);
        Assert.Contains("section " + run.Site.Root + "/chuyen-muc/the-gioi", run.SourcesAdded.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_killed_crawl_died_in_the_middle_and_the_restart_finished()
    {
        Assert.NotEqual(0, run.KilledRun.Exit);
        Assert.Equal(FollowedSite.KillAt - 1, run.Killed.Count(FollowedSite.IsArticle));
        Assert.True(run.RestartRun.Exit == 0, run.RestartRun.Err);
        Assert.Equal(FixtureSite.Articles - FollowedSite.KillAt + 1, run.Restarted.Count(FollowedSite.IsArticle));
    }

    [Fact]
    public void All_one_thousand_articles_are_crawled_and_stored()
    {
        for (var i = 0; i < FixtureSite.Articles; i++)
        {
            Assert.True(run.Crawled.ContainsKey(run.Site.Root + FixtureSite.ArticlePath(i)), $"article {i} is not stored");
        }

        Assert.Contains("hai bên nhất trí", run.Crawled[run.Site.Root + FixtureSite.ArticlePath(7)].Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Windows_1258_articles_are_read_as_Vietnamese()
    {
        var legacy = run.Crawled[run.Site.Root + FixtureSite.ArticlePath(17)].Text;
        Assert.Contains("Thứ trưởng Bộ Ngoại giao đã tiếp Đại sứ", legacy, StringComparison.Ordinal);
        var headerless = run.Crawled[run.Site.Root + FixtureSite.ArticlePath(27)].Text;
        Assert.Contains("đoàn công tác số 27", headerless, StringComparison.Ordinal);
    }

    [Fact]
    public void No_article_is_requested_twice_across_the_kill_and_the_restart()
    {
        var articles = run.Killed.Concat(run.Restarted).Where(FollowedSite.IsArticle).GroupBy(r => r.Path).ToList();
        Assert.Equal(FixtureSite.Articles, articles.Count);
        Assert.Empty(articles.Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void No_disallowed_url_is_requested()
    {
        Assert.DoesNotContain(run.All, r => r.Path.StartsWith("/rieng-tu/", StringComparison.Ordinal));
    }

    [Fact]
    public void Requests_carry_the_products_user_agent()
    {
        Assert.All(run.All, r => Assert.StartsWith("HopTac/", r.UserAgent, StringComparison.Ordinal));
    }

    [Fact]
    public void The_gap_between_two_requests_to_the_host_is_never_below_the_crawl_delay()
    {
        var gaps = new List<double>();
        foreach (var phase in new[] { run.Discovery, run.Killed, run.Restarted, run.HourLater })
        {
            for (var i = 1; i < phase.Count; i++)
            {
                gaps.Add(FollowedSite.Millis(phase[i - 1].Timestamp, phase[i].Timestamp));
            }
        }

        Assert.True(gaps.Count > 2000, $"only {gaps.Count} gaps measured");
        Assert.True(gaps.Min() >= FollowedSite.CrawlDelaySeconds * 1000, $"smallest gap {gaps.Min():0.0} ms");
    }

    [Fact]
    public void An_hour_later_every_article_is_asked_conditionally()
    {
        var articles = run.HourLater.Where(FollowedSite.IsArticle).ToList();
        Assert.Equal(FixtureSite.Articles, articles.Count);
        Assert.All(articles, r => Assert.True(r.Conditional, $"{r.Path} was asked without validators"));
        Assert.Equal(FixtureSite.Articles - FollowedSite.Changed.Length, articles.Count(r => r.Status == 304));
    }

    [Fact]
    public void An_hour_later_only_the_changed_pages_become_new_versions()
    {
        Assert.Equal(FollowedSite.Changed.Length, run.HourReport.NewVersions);
        Assert.Equal(0, run.HourReport.NewPages);
        var versioned = run.AfterHour.Where(p => p.Value.Version > 1).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(FollowedSite.Changed.Select(i => run.Site.Root + FixtureSite.ArticlePath(i)).Order(StringComparer.Ordinal), versioned);
        Assert.Contains("cập nhật lần thứ 2", run.AfterHour[run.Site.Root + FixtureSite.ArticlePath(100)].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_web_archive_is_read_by_warcio_with_a_response_and_a_request_record_per_answer()
    {
        var warcio = Warcio.Require();
        var files = Directory.GetFiles(run.Warc, "*.warc.gz").Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(files);
        var index = await Warcio.RunAsync(warcio, ["index", .. files]);
        Assert.True(index.Exit == 0, index.Err);
        var records = index.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement).ToList();
        var answered = run.Killed.Count + run.Restarted.Count;
        Assert.Equal(answered, records.Count(r => r.GetProperty("warc-type").GetString() == "response"));
        Assert.Equal(answered, records.Count(r => r.GetProperty("warc-type").GetString() == "request"));
        Assert.Equal(files.Length, records.Count(r => r.GetProperty("warc-type").GetString() == "warcinfo"));

        var cdx = await Warcio.RunAsync(warcio, ["cdx-index", .. files]);
        Assert.True(cdx.Exit == 0, cdx.Err);
        var statuses = cdx.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => System.Text.Json.JsonDocument.Parse(line[line.IndexOf('{', StringComparison.Ordinal)..]).RootElement)
            .Where(r => r.TryGetProperty("status", out _))
            .Count(r => r.GetProperty("status").GetString() == "200");
        Assert.Equal(run.Killed.Concat(run.Restarted).Count(r => r.Status == 200), statuses);
    }

    [Fact]
    public void Reextract_reads_every_stored_article_again_from_the_archive()
    {
        Assert.True(run.Reextracted.Exit == 0, run.Reextracted.Err);
        var counts = System.Text.RegularExpressions.Regex.Match(run.Reextracted.Out, @"(\d+) updated, (\d+) unchanged, (\d+) whose article text changed");
        Assert.True(counts.Success, run.Reextracted.Out);
        Assert.Equal(FixtureSite.Articles, int.Parse(counts.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + int.Parse(counts.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0", counts.Groups[3].Value);
    }

    [Fact]
    public void Reingesting_the_web_archive_gives_the_same_pages()
    {
        Assert.True(run.Reingest.Exit is 0 or 2, run.Reingest.Err);
        foreach (var (source, (text, _)) in run.Crawled)
        {
            Assert.True(run.Reingested.TryGetValue(source, out var again), $"{source} is not in the archive");
            Assert.Equal(text, again.Text);
        }

        // Beyond the articles the archive holds only the site's own pages (home, section pages), never another page.
        Assert.All(run.Reingested.Keys.Except(run.Crawled.Keys), source =>
            Assert.True(source.EndsWith('/') || source.Contains("/chuyen-muc/", StringComparison.Ordinal), source));
    }
}
