using HopTac.Core.Text;

namespace HopTac.Storage.Tests.Sqlite;

public sealed class SqlitePageStoreSearchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(TempStore Temp, long Health, long Trade, long Flood)> SeededAsync()
    {
        var temp = await TempStore.CreateAsync();
        var health = await temp.Store.SaveAsync(Pages.Health(), Ct);
        var trade = await temp.Store.SaveAsync(Pages.Trade(), Ct);
        var flood = await temp.Store.SaveAsync(Pages.Flood(), Ct);
        return (temp, health.PageId, trade.PageId, flood.PageId);
    }

    [Theory]
    [InlineData("hợp tác y tế")]
    [InlineData("hop tac y te")]
    [InlineData("HỢP TÁC Y TẾ")]
    [InlineData("Hop Tac Y Te")]
    public async Task Search_finds_the_page_with_or_without_marks(string query)
    {
        var (temp, health, _, _) = await SeededAsync();
        await using var _1 = temp;

        var hits = await temp.Store.SearchAsync(new SearchQuery(query), Ct);

        Assert.Equal([health], hits.Select(h => h.PageId));
        Assert.Equal("tin/y-te-sec.txt", hits[0].Source);
        Assert.Equal("Thúc đẩy hợp tác y tế Việt Nam - Séc", hits[0].Title);
        Assert.Equal("2024-03-14T09:30", hits[0].Published);
    }

    [Fact]
    public async Task Words_are_anded()
    {
        var (temp, _, trade, _) = await SeededAsync();
        await using var _1 = temp;

        Assert.Equal([trade], (await temp.Store.SearchAsync(new SearchQuery("hợp tác dệt may"), Ct)).Select(h => h.PageId));
        Assert.Empty(await temp.Store.SearchAsync(new SearchQuery("dệt may ghép tạng"), Ct));
    }

    [Fact]
    public async Task A_quoted_phrase_must_appear_in_order()
    {
        var (temp, health, _, _) = await SeededAsync();
        await using var _1 = temp;

        Assert.Equal([health], (await temp.Store.SearchAsync(new SearchQuery("\"chuyen giao ky thuat\""), Ct)).Select(h => h.PageId));
        Assert.Empty(await temp.Store.SearchAsync(new SearchQuery("\"ky thuat chuyen giao\""), Ct));
    }

    [Fact]
    public async Task Pages_that_say_more_about_the_query_rank_higher()
    {
        await using var temp = await TempStore.CreateAsync();
        var passing = await temp.Store.SaveAsync(Pages.Flood("mot-lan.txt") with
        {
            Title = "Tin trong nước",
            Text = "Nhiều hoạt động diễn ra trong tuần. Trong đó có một cuộc gặp về vắc xin cho trẻ em, cùng nhiều tin kinh tế, "
                + "thể thao, văn hóa và giáo dục khác được người dân quan tâm theo dõi suốt cả tuần qua.",
        }, Ct);
        var focused = await temp.Store.SaveAsync(Pages.Flood("nhieu-lan.txt") with
        {
            Title = "Việt Nam tiếp nhận vắc xin",
            Text = "Lô vắc xin thứ hai đã về đến Hà Nội. Vắc xin sẽ được phân bổ cho các tỉnh. Bộ Y tế cho biết vắc xin được bảo quản đúng quy trình.",
        }, Ct);

        var hits = await temp.Store.SearchAsync(new SearchQuery("vắc xin"), Ct);

        Assert.Equal([focused.PageId, passing.PageId], hits.Select(h => h.PageId));
        Assert.True(hits[0].Rank > hits[1].Rank);
    }

    [Fact]
    public async Task Snippet_highlights_cover_the_original_words_that_fold_to_the_query()
    {
        var (temp, _, _, _) = await SeededAsync();
        await using var _1 = temp;

        var hit = (await temp.Store.SearchAsync(new SearchQuery("ghep tang benh vien"), Ct)).Single();

        var words = hit.Snippet.Highlights.Select(s => hit.Snippet.Text.Substring(s.Start, s.Length)).ToList();
        Assert.Equal(["ghép", "tạng", "Bệnh", "viện"], words);
        Assert.Contains(hit.Snippet.Text, Pages.HealthText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Old_versions_are_not_searchable()
    {
        await using var temp = await TempStore.CreateAsync();
        await temp.Store.SaveAsync(Pages.Health(), Ct);
        var second = await temp.Store.SaveAsync(Pages.Health() with { Title = "Tin đã sửa", Text = Pages.FloodText }, Ct);

        Assert.Empty(await temp.Store.SearchAsync(new SearchQuery("ghép tạng"), Ct));
        Assert.Equal([second.PageId], (await temp.Store.SearchAsync(new SearchQuery("ngập sâu"), Ct)).Select(h => h.PageId));
    }

    [Fact]
    public async Task The_title_is_searched_too()
    {
        var (temp, _, _, flood) = await SeededAsync();
        await using var _1 = temp;

        var hit = (await temp.Store.SearchAsync(new SearchQuery("gây ngập"), Ct)).Single();

        Assert.Equal(flood, hit.PageId);
    }

    [Theory]
    [InlineData("2024-03-14", null, new[] { "health", "trade" })]
    [InlineData("2024-04", null, new[] { "trade" })]
    [InlineData(null, "2024-03", new[] { "health" })]
    [InlineData(null, "2024-03-14", new[] { "health" })]
    [InlineData(null, "2024-03-13", new string[0])]
    [InlineData("2024", "2024", new[] { "health", "trade" })]
    [InlineData("2025-01-01", null, new string[0])]
    public async Task Date_filters_compare_iso_prefixes_and_drop_undated_pages(string? from, string? to, string[] expected)
    {
        var (temp, health, trade, _) = await SeededAsync();
        await using var _1 = temp;
        var names = new Dictionary<long, string> { [health] = "health", [trade] = "trade" };

        // Both dated pages say "Việt Nam" in their titles; the undated page is covered by the next test.
        var hits = await temp.Store.SearchAsync(new SearchQuery("Việt Nam", from, to), Ct);

        Assert.Equal(expected.Order(StringComparer.Ordinal), hits.Select(h => names.GetValueOrDefault(h.PageId, "flood")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Undated_pages_are_found_when_no_filter_is_given()
    {
        var (temp, _, _, flood) = await SeededAsync();
        await using var _1 = temp;

        Assert.Equal([flood], (await temp.Store.SearchAsync(new SearchQuery("\"Đà Nẵng\"", " ", ""), Ct)).Select(h => h.PageId));
        Assert.Empty(await temp.Store.SearchAsync(new SearchQuery("\"Đà Nẵng\"", "2000"), Ct));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("\"\"")]
    [InlineData("*")]
    [InlineData("y*")]
    [InlineData("NEAR(")]
    [InlineData("NEAR(hop tac, 5)")]
    [InlineData("-hop")]
    [InlineData("hop OR")]
    [InlineData("AND OR NOT")]
    [InlineData("\"hop tac")]
    [InlineData("title:hop")]
    [InlineData("{title body}: hop")]
    [InlineData("hop ^ tac + (y) te")]
    [InlineData("'; DROP TABLE pages; --")]
    [InlineData("\0\uFFFF\uD800")]
    public async Task Hostile_queries_never_raise_and_never_break_the_store(string query)
    {
        var (temp, _, _, _) = await SeededAsync();
        await using var _1 = temp;

        var hits = await temp.Store.SearchAsync(new SearchQuery(query), Ct);

        Assert.All(hits, h => Assert.True(h.PageId > 0));
        Assert.Equal(3, (await temp.Store.GetStatsAsync(Ct)).Pages);
    }

    [Fact]
    public async Task Operators_in_user_text_are_searched_as_words()
    {
        var (temp, health, _, _) = await SeededAsync();
        await using var _1 = temp;

        // "-" and "*" are not operators: "hợp-tác" is the phrase "hop tac", "y*" the word "y".
        Assert.Equal([health], (await temp.Store.SearchAsync(new SearchQuery("hợp-tác y* tế"), Ct)).Select(h => h.PageId));
        Assert.Equal([health], (await temp.Store.SearchAsync(new SearchQuery("\"ghép tạng"), Ct)).Select(h => h.PageId));
    }

    [Fact]
    public async Task A_huge_query_is_bounded_not_fatal()
    {
        var (temp, _, _, _) = await SeededAsync();
        await using var _1 = temp;

        var hits = await temp.Store.SearchAsync(new SearchQuery(string.Join(' ', Enumerable.Repeat("hợp tác", 20_000))), Ct);

        Assert.Equal(2, hits.Count);
    }

    [Fact]
    public async Task Limit_caps_the_number_of_hits()
    {
        await using var temp = await TempStore.CreateAsync();
        for (var i = 0; i < 5; i++)
        {
            await temp.Store.SaveAsync(Pages.Trade($"lan-{i}.txt") with { Text = $"{Pages.TradeText}\nSố {i}." }, Ct);
        }

        Assert.Equal(3, (await temp.Store.SearchAsync(new SearchQuery("thuong mai", Limit: 3), Ct)).Count);
        Assert.Single(await temp.Store.SearchAsync(new SearchQuery("thuong mai", Limit: -7), Ct));
    }

    [FsCheck.Xunit.Property(MaxTest = 40)]
    public bool A_random_vietnamese_word_is_found_folded_or_not(byte initial, byte vowel, byte tone, byte final)
    {
        var word = RandomWords.Build(initial, vowel, tone, final);
        var ct = CancellationToken.None;
        return Task.Run(async () =>
        {
            await using var temp = await TempStore.CreateAsync();
            var saved = await temp.Store.SaveAsync(Pages.Flood() with { Text = $"Bản tin có từ {word} ở giữa câu." }, ct);
            var marked = await temp.Store.SearchAsync(new SearchQuery(word), ct);
            var folded = await temp.Store.SearchAsync(new SearchQuery(VietnameseText.Fold(word)), ct);
            var upper = await temp.Store.SearchAsync(new SearchQuery(word.ToUpperInvariant()), ct);
            return new[] { marked, folded, upper }.All(hits =>
                hits.Any(h => h.PageId == saved.PageId
                    && h.Snippet.Highlights.Any(s => string.Equals(h.Snippet.Text.Substring(s.Start, s.Length), word, StringComparison.Ordinal))));
        }, ct).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_page_spelling_the_query_with_its_marks_ranks_above_a_fold_collision()
    {
        await using var temp = await TempStore.CreateAsync();
        var collision = await temp.Store.SaveAsync(Pages.Flood("va-cham.txt") with
        {
            Title = "Tin ngắn",
            Text = "Đa số doanh nghiệp nâng giá. Đa phần người dân nâng cao cảnh giác.",
        }, Ct);
        var spelled = await temp.Store.SaveAsync(Pages.Flood("dung-dau.txt") with
        {
            Title = "Tin ngắn",
            Text = "Sáng nay, đoàn đại biểu quốc tế đã đến thăm và làm việc tại nhiều địa phương. "
                + "Tại Đà Nẵng, đoàn tham quan khu công nghệ cao và trao đổi với lãnh đạo thành phố về hợp tác đầu tư.",
        }, Ct);

        var hits = await temp.Store.SearchAsync(new SearchQuery("Đà Nẵng"), Ct);
        var unmarked = await temp.Store.SearchAsync(new SearchQuery("da nang"), Ct);

        Assert.Equal([spelled.PageId, collision.PageId], hits.Select(h => h.PageId));
        Assert.Equal(2, unmarked.Count);
    }

    [Fact]
    public async Task Words_side_by_side_rank_above_the_same_words_apart()
    {
        await using var temp = await TempStore.CreateAsync();
        var apart = await temp.Store.SaveAsync(Pages.Flood("xa-nhau.txt") with
        {
            Title = "Tin tổng hợp",
            Text = "Ngân hàng trung ương công bố số liệu mới. Thế giới theo dõi sát diễn biến thị trường.",
        }, Ct);
        var together = await temp.Store.SaveAsync(Pages.Flood("canh-nhau.txt") with
        {
            Title = "Tin tổng hợp",
            Text = "Ngân hàng Thế giới công bố số liệu mới về tăng trưởng. Thị trường theo dõi sát diễn biến.",
        }, Ct);

        var hits = await temp.Store.SearchAsync(new SearchQuery("ngan hang the gioi"), Ct);

        Assert.Equal([together.PageId, apart.PageId], hits.Select(h => h.PageId));
    }
}
