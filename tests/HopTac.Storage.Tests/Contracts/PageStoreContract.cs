using HopTac.Core.Facts;
using HopTac.Storage.Tests.Sqlite;

namespace HopTac.Storage.Tests.Contracts;

/// <summary>
/// What every <see cref="IPageStore"/> must do, written against the interface only. An implementation's test class
/// inherits this and says how to make an empty store.
/// </summary>
public abstract class PageStoreContract : StoreContract
{
    /// <summary>A new, empty store; the suite disposes it.</summary>
    protected abstract Task<IPageStore> CreateStoreAsync();

    private async Task<IPageStore> EmptyStoreAsync() => Track(await CreateStoreAsync());

    [Fact]
    public async Task A_page_saved_twice_is_unchanged_and_other_text_at_its_source_is_a_new_version()
    {
        var store = await EmptyStoreAsync();

        var first = await store.SaveAsync(Pages.Health(), Ct);
        var again = await store.SaveAsync(Pages.Health(), Ct);
        var edited = await store.SaveAsync(Pages.Health() with { Text = Pages.HealthText + "\nBài viết được cập nhật." }, Ct);

        Assert.Equal((SaveOutcome.New, 1), (first.Outcome, first.Version));
        Assert.Equal((SaveOutcome.Unchanged, first.PageId), (again.Outcome, again.PageId));
        Assert.Equal((SaveOutcome.NewVersion, 2), (edited.Outcome, edited.Version));
        Assert.NotEqual(first.PageId, edited.PageId);
    }

    [Fact]
    public async Task A_copy_of_a_page_is_found_once_and_takes_its_place_in_search_when_the_original_changes()
    {
        var store = await EmptyStoreAsync();
        var original = await store.SaveAsync(Pages.Flood("tin/goc.txt"), Ct);
        var copy = await store.SaveAsync(Pages.Flood("tin/ban-sao.txt"), Ct);

        var before = await store.SearchAsync(new SearchQuery("sơ tán"), Ct);
        await store.SaveAsync(Pages.Flood("tin/goc.txt") with { Text = "Nước đã rút, người dân trở về nhà sau đợt mưa lũ." }, Ct);
        var after = await store.SearchAsync(new SearchQuery("sơ tán"), Ct);
        var changed = await store.SearchAsync(new SearchQuery("nước đã rút"), Ct);

        Assert.Equal([original.PageId], before.Select(h => h.PageId));
        Assert.Equal([copy.PageId], after.Select(h => h.PageId));
        Assert.Single(changed);
        Assert.NotEqual(original.PageId, changed.Single().PageId);
    }

    [Fact]
    public async Task Error_records_blank_sources_and_null_records_are_rejected_and_store_nothing()
    {
        var store = await EmptyStoreAsync();

        var results = await store.SaveBatchAsync([Pages.Flood() with { Error = "unreadable" }, Pages.Flood(" "), null!, Pages.Trade()], Ct);

        Assert.Equal([SaveOutcome.Rejected, SaveOutcome.Rejected, SaveOutcome.Rejected, SaveOutcome.New], results.Select(r => r.Outcome));
        Assert.Equal(1, (await store.GetStatsAsync(Ct)).Pages);
    }

    [Fact]
    public async Task A_batch_gives_what_saving_its_records_one_by_one_gives()
    {
        var store = await EmptyStoreAsync();

        var results = await store.SaveBatchAsync([Pages.Health(), Pages.Trade(), Pages.Health(), Pages.Flood()], Ct);

        Assert.Equal([SaveOutcome.New, SaveOutcome.New, SaveOutcome.Unchanged, SaveOutcome.New], results.Select(r => r.Outcome));
        Assert.Equal(results[0].PageId, results[2].PageId);
        Assert.Equal(3, results.Select(r => r.PageId).Distinct().Count());
    }

    [Fact]
    public async Task A_stored_page_reads_back_with_its_record_and_listing_yields_current_versions_only()
    {
        var store = await EmptyStoreAsync();
        var health = await store.SaveAsync(Pages.Health(), Ct);
        await store.SaveAsync(Pages.Trade(), Ct);
        var newer = await store.SaveAsync(Pages.Trade() with { Text = Pages.TradeText + "\nCập nhật." }, Ct);

        var page = await store.GetAsync(health.PageId, Ct);
        Assert.NotNull(page);
        Assert.Equal((1, "Thúc đẩy hợp tác y tế Việt Nam - Séc", Pages.HealthText), (page.Version, page.Record.Title, page.Record.Text));
        Assert.Equal("Trần Văn Minh", Assert.Single(page.Record.People).Name);
        Assert.Null(await store.GetAsync(987_654, Ct));

        var listed = new List<StoredPage>();
        await foreach (var p in store.ListAsync(Ct))
        {
            listed.Add(p);
        }

        Assert.Equal([health.PageId, newer.PageId], listed.Select(p => p.Id));
    }

    [Fact]
    public async Task Search_finds_a_page_with_or_without_marks_and_facets_narrow_it()
    {
        var store = await EmptyStoreAsync();
        var health = await store.SaveAsync(Pages.Health(), Ct);
        await store.SaveAsync(Pages.Trade(), Ct);

        Assert.Equal([health.PageId], (await store.SearchAsync(new SearchQuery("ghép tạng"), Ct)).Select(h => h.PageId));
        Assert.Equal([health.PageId], (await store.SearchAsync(new SearchQuery("GHEP TANG"), Ct)).Select(h => h.PageId));
        Assert.Equal([health.PageId], (await store.SearchAsync(new SearchQuery("hợp tác") { Area = "health" }, Ct)).Select(h => h.PageId));
        Assert.Empty(await store.SearchAsync(new SearchQuery("hợp tác", From: "2025"), Ct));
        Assert.Empty(await store.SearchAsync(new SearchQuery("   "), Ct));
    }

    [Fact]
    public async Task Partner_type_and_date_facets_narrow_a_text_search_to_the_pages_that_carry_them()
    {
        var store = await EmptyStoreAsync();
        var talks = await store.SaveAsync(Pages.Health() with
        {
            Events = [new EventFact("talks", "2024-03-14", ["VN", "CZ"], ["Trần Văn Minh"], "Hà Nội", "Sáng 14/3, tại Hà Nội, ...", 0)],
        }, Ct);
        var signing = await store.SaveAsync(Pages.Trade() with
        {
            Agreements = [new AgreementFact("memorandum", "Bản ghi nhớ hợp tác thương mại", ["VN", "IN"], "2024-05-20", null, "Chiều 20/5, ...", 0)],
        }, Ct);
        await store.SaveAsync(Pages.Flood() with { Text = Pages.FloodText + "\nHợp tác khắc phục hậu quả." }, Ct);

        async Task<IEnumerable<long>> Ids(SearchQuery q) => (await store.SearchAsync(q, Ct)).Select(h => h.PageId);
        Assert.Equal(3, (await store.SearchAsync(new SearchQuery("hợp tác"), Ct)).Total);
        Assert.Equal([talks.PageId], await Ids(new SearchQuery("hợp tác") { Partner = "CZ" }));
        Assert.Equal([signing.PageId], await Ids(new SearchQuery("hợp tác") { Partner = "IN" }));
        Assert.Equal([talks.PageId], await Ids(new SearchQuery("hợp tác") { EventType = "talks" }));
        Assert.Empty(await Ids(new SearchQuery("hợp tác") { EventType = "talks", Partner = "IN" }));
        Assert.Equal([signing.PageId], await Ids(new SearchQuery("hợp tác", From: "2024-05")));
        Assert.Equal([talks.PageId], await Ids(new SearchQuery("hợp tác", To: "2024-04") { Area = "health" }));
    }

    [Fact]
    public async Task Stats_count_current_pages_versions_and_their_facts()
    {
        var store = await EmptyStoreAsync();
        await store.SaveAsync(Pages.Health(), Ct);
        await store.SaveAsync(Pages.Health() with { Text = Pages.HealthText + "\nCập nhật." }, Ct);
        await store.SaveAsync(Pages.Flood(), Ct);

        var stats = await store.GetStatsAsync(Ct);

        Assert.Equal((2L, 3L, 2L), (stats.Pages, stats.Versions, stats.Sources));
        Assert.Equal((1L, 1L, 1L, 1L), (stats.RelevantPages, stats.People, stats.Organizations, stats.Figures));
    }

    [Fact]
    public async Task Replacing_facts_takes_a_fresh_extraction_of_the_same_text_and_refuses_another_text()
    {
        var store = await EmptyStoreAsync();
        var saved = await store.SaveAsync(Pages.Health(), Ct);
        var fresh = Pages.Health() with { People = [new Person("Trần Văn Minh", "Bộ trưởng Bộ Y tế", "VN", "Sáng 14/3, ...", 0)] };

        Assert.Equal(ReextractOutcome.Updated, (await store.ReplaceFactsAsync(saved.PageId, fresh, Ct)).Outcome);
        Assert.Equal(ReextractOutcome.Unchanged, (await store.ReplaceFactsAsync(saved.PageId, fresh, Ct)).Outcome);
        Assert.Equal(ReextractOutcome.Refused, (await store.ReplaceFactsAsync(saved.PageId, Pages.Trade(Pages.Health().Source), Ct)).Outcome);
        Assert.Equal(ReextractOutcome.NotFound, (await store.ReplaceFactsAsync(987_654, fresh, Ct)).Outcome);
        Assert.Equal("Bộ trưởng Bộ Y tế", Assert.Single((await store.GetAsync(saved.PageId, Ct))!.Record.People).Title);
    }

    [Fact]
    public async Task Search_reports_the_true_total_and_pages_through_every_match_once()
    {
        var store = await EmptyStoreAsync();
        var saved = await store.SaveBatchAsync(
            [.. Enumerable.Range(1, 45).Select(i => Pages.Flood($"tin/hop-tac-{i}.txt") with
            {
                Title = $"Bản tin hợp tác số {i}",
                Text = $"Bản tin số {i}: hai bên bàn về hợp tác {string.Concat(Enumerable.Repeat("đầu tư ", i % 7 + 1))}và thương mại.",
            })],
            Ct);

        var pages = new List<SearchResults>();
        for (var offset = 0; offset < 60; offset += 20)
        {
            pages.Add(await store.SearchAsync(new SearchQuery("hợp tác đầu tư", Limit: 20) { Offset = offset }, Ct));
        }

        Assert.All(pages, p => Assert.Equal(45, p.Total));
        Assert.Equal([20, 20, 5], pages.Select(p => p.Count));
        Assert.Equal([0, 20, 40], pages.Select(p => p.Offset));
        Assert.Equal(saved.Select(r => r.PageId).Order(), pages.SelectMany(p => p).Select(h => h.PageId).Order());
        var facetOnly = await store.SearchAsync(new SearchQuery("", Limit: 10) { Area = "health", Offset = 0 }, Ct);
        Assert.Equal(0, facetOnly.Total);
        Assert.Empty(await store.SearchAsync(new SearchQuery("hợp tác", Limit: 20) { Offset = 45 }, Ct));
    }

    [Fact]
    public async Task Pages_that_carry_the_marks_the_user_typed_rank_first()
    {
        var store = await EmptyStoreAsync();
        // The fold collisions say their word more often, so bm25 alone would rank them first.
        var fall = await store.SaveAsync(Pages.Flood("tin/nga-xe.txt") with
        {
            Title = "Tai nạn giao thông",
            Text = "Người đi xe máy bị ngã. Sau cú ngã, anh được đưa đi cấp cứu; ngã ba này thường xảy ra va chạm.",
        }, Ct);
        var russia = await store.SaveAsync(Pages.Flood("tin/nga-viet.txt") with
        {
            Title = "Quan hệ Việt Nam - Liên bang",
            Text = "Đoàn đại biểu Nga đã đến Hà Nội trong chuyến thăm chính thức kéo dài ba ngày với nhiều hoạt động.",
        }, Ct);
        var anniversary = await store.SaveAsync(Pages.Flood("tin/ky-niem.txt") with
        {
            Title = "Lễ kỷ niệm",
            Text = "Lễ kỷ niệm 30 năm thành lập trường diễn ra trang trọng; kỷ yếu và kỷ vật được trưng bày.",
        }, Ct);
        var signing = await store.SaveAsync(Pages.Flood("tin/ky-ket.txt") with
        {
            Title = "Hợp tác giáo dục",
            Text = "Hai trường đại học đã ký bản ghi nhớ về trao đổi sinh viên trong giai đoạn tới.",
        }, Ct);

        Assert.Equal([russia.PageId, fall.PageId], (await store.SearchAsync(new SearchQuery("Nga"), Ct)).Select(h => h.PageId));
        Assert.Equal([fall.PageId, russia.PageId], (await store.SearchAsync(new SearchQuery("ngã"), Ct)).Select(h => h.PageId));
        Assert.Equal([signing.PageId, anniversary.PageId], (await store.SearchAsync(new SearchQuery("ký"), Ct)).Select(h => h.PageId));
        Assert.Equal(2, (await store.SearchAsync(new SearchQuery("ky"), Ct)).Total);

        // A quoted phrase typed with marks requires them; typed without, it matches every spelling.
        Assert.Equal([anniversary.PageId], (await store.SearchAsync(new SearchQuery("\"kỷ\""), Ct)).Select(h => h.PageId));
        Assert.Equal(1, (await store.SearchAsync(new SearchQuery("\"kỷ niệm\""), Ct)).Total);
        Assert.Equal(2, (await store.SearchAsync(new SearchQuery("\"ky\""), Ct)).Total);
    }
}
