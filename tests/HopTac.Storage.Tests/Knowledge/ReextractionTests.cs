using HopTac.Tests.Common;
using System.Globalization;
using HopTac.Core.Facts;
using HopTac.Core.Pages;
using HopTac.Storage.Knowledge;
using HopTac.Storage.Tests.Sqlite;

namespace HopTac.Storage.Tests.Knowledge;

/// <summary>
/// <see cref="IPageStore.ReplaceFactsAsync"/>: re-extracted facts of a stored text replace the old ones, the knowledge
/// base follows, and curators' decisions outlive it. "Improved rules" are simulated by records of the same text with
/// other facts, as a newer extractor would give them.
/// </summary>
public sealed class ReextractionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A report of talks between Vietnam and a partner, composed for these tests.</summary>
    private static PageRecord Talks(string source, string partner, string partnerName, string date, string sentence, params string[] extra) => new()
    {
        Source = source,
        Relevant = true,
        Title = $"Việt Nam và {partnerName} thúc đẩy hợp tác",
        Published = date + "T09:30",
        Text = string.Join('\n', new[] { sentence, "Hai bên nhất trí đẩy mạnh hợp tác giáo dục và đào tạo." }.Concat(extra)),
        People = [new Person("Bùi Thanh Sơn", "Bộ trưởng Bộ Ngoại giao", "VN", sentence, 0)],
        Events = [new EventFact("talks", date, ["VN", partner], ["Bùi Thanh Sơn"], "Hà Nội", sentence, 0)],
        Areas = ["education_training"],
    };

    private static PageRecord Japan(int n) => Talks($"tin/nhat-{n}.txt", "JP", "Nhật Bản", "2024-06-03",
        "Sáng 3/6, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Ngoại trưởng Nhật Bản.");

    private static PageRecord Korea(int n) => Talks($"tin/han-{n}.txt", "KR", "Hàn Quốc", "2024-07-15",
        "Chiều 15/7, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Ngoại trưởng Hàn Quốc tại Seoul.");

    /// <summary>What a newer extractor finds on the same text: one more figure and organisation, a fuller office.</summary>
    private static PageRecord Improved(PageRecord page)
    {
        var sentence = page.Text.Split('\n')[0];
        return page with
        {
            People = [.. page.People.Select(p => p with { Title = p.Title + " nước Cộng hòa xã hội chủ nghĩa Việt Nam" })],
            Organizations = [new Organization("Bộ Ngoại giao", "VN", sentence, 0)],
            Figures = [.. page.Figures, new Figure(200m, "suất", null, "200 suất học bổng", "Phía bạn dành 200 suất học bổng.", 5)],
            Areas = [.. page.Areas, "culture_people"],
        };
    }

    private static PageRecord[] Pages() =>
    [
        KbPages.Visit(1), KbPages.Visit(2, date: "2024-03-20"),
        KbPages.CubaSigning(),
        Japan(1), Japan(2),
        Korea(1), Korea(2), Korea(3),
    ];

    private static async Task<Dictionary<string, long>> SaveAllAsync(TempStore temp, IEnumerable<PageRecord> pages)
    {
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            ids[page.Source] = (await temp.Store.SaveAsync(page, Ct)).PageId;
        }

        return ids;
    }

    private static async Task<List<ReextractOutcome>> ReplaceAllAsync(TempStore temp, Dictionary<string, long> ids, IEnumerable<PageRecord> pages)
    {
        var outcomes = new List<ReextractOutcome>();
        foreach (var page in pages)
        {
            outcomes.Add((await temp.Store.ReplaceFactsAsync(ids[page.Source], page, Ct)).Outcome);
        }

        return outcomes;
    }

    private static async Task<IReadOnlyList<TimelineEvent>> EventsAsync(TempStore temp, string partner) =>
        (await temp.Store.Knowledge.GetTimelineAsync(new TimelineQuery(partner), Ct)).Events;

    [Fact]
    public async Task Curated_edit_reject_merge_and_split_survive_re_extraction_re_ingest_and_reconsolidation()
    {
        await using var temp = await TempStore.CreateAsync();
        var pages = Pages();
        var ids = await SaveAllAsync(temp, pages);
        var kb = temp.Store.Knowledge;

        var japan = Assert.Single(await EventsAsync(temp, "JP"));
        var cuba = Assert.Single((await kb.GetTimelineAsync(new TimelineQuery("CU"), Ct)).Agreements);
        var lao = await EventsAsync(temp, "LA");
        Assert.Equal(2, lao.Count);
        var korea = Assert.Single(await EventsAsync(temp, "KR"));
        Assert.Equal(3, korea.Sources.Count);

        Assert.Equal(CurationResult.Ok, (await kb.CurateAsync(new CurationRequest(japan.Id, "edit", "Lan", "Theo thông cáo báo chí",
            new Dictionary<string, string?> { ["date"] = "2024-06-04" }), Ct)).Result);
        Assert.Equal(CurationResult.Ok, (await kb.CurateAsync(new CurationRequest(cuba.Id, "reject", "Hùng", "Không phải văn kiện mới"), Ct)).Result);
        Assert.Equal(CurationResult.Ok, (await kb.CurateAsync(new CurationRequest(lao[0].Id, "merge", "Lan", OtherFactId: lao[1].Id), Ct)).Result);
        Assert.Equal(CurationResult.Ok, (await kb.CurateAsync(new CurationRequest(korea.Id, "split", "Lan", "Bài 3 nói về cuộc gặp khác",
            SplitPages: [ids["tin/han-3.txt"]]), Ct)).Result);
        var curated = Dump(temp);

        // Same rules: every page is unchanged and the knowledge base is the same, line for line.
        Assert.All(await ReplaceAllAsync(temp, ids, pages), o => Assert.Equal(ReextractOutcome.Unchanged, o));
        Assert.Equal(curated, Dump(temp));

        // Improved rules on every page, then re-ingesting the same pages and rebuilding everything.
        Assert.All(await ReplaceAllAsync(temp, ids, pages.Select(Improved)), o => Assert.Equal(ReextractOutcome.Updated, o));
        await temp.ReopenAsync();
        foreach (var page in pages)
        {
            Assert.Equal(SaveOutcome.Unchanged, (await temp.Store.SaveAsync(page, Ct)).Outcome);
        }

        await temp.Store.Knowledge.ReconsolidateAsync(Ct);
        kb = temp.Store.Knowledge;

        var editedJapan = Assert.Single(await EventsAsync(temp, "JP"));
        Assert.Equal((japan.Id, "2024-06-04", FactStatus.Edited), (editedJapan.Id, editedJapan.Date, editedJapan.Status));
        Assert.Empty((await kb.GetTimelineAsync(new TimelineQuery("CU"), Ct)).Agreements);
        Assert.Equal(FactStatus.Rejected, (await kb.GetFactAsync(cuba.Id, Ct))?.Status);
        var merged = Assert.Single(await EventsAsync(temp, "LA"));
        Assert.Equal(["tin/lao-1.txt", "tin/lao-2.txt"], merged.Sources.Select(s => s.Source).Order(StringComparer.Ordinal));
        var split = await EventsAsync(temp, "KR");
        Assert.Equal(2, split.Count);
        Assert.Equal(["tin/han-1.txt", "tin/han-2.txt"], split.Single(e => e.Id == korea.Id).Sources.Select(s => s.Source).Order(StringComparer.Ordinal));
        Assert.Equal(["tin/han-3.txt"], split.Single(e => e.Id != korea.Id).Sources.Select(s => s.Source));

        // The improved facts are in: offices, organisations, the new figure, areas.
        var minister = Assert.Single(await kb.FindPeopleAsync("Bùi Thanh Sơn", Ct));
        Assert.Contains(minister.Offices, o => o.Title.EndsWith("Việt Nam", StringComparison.Ordinal));
        Assert.Contains("culture_people", editedJapan.Areas);
        Assert.Equal(pages.Length, temp.Scalar("SELECT count(*) FROM organizations"));
        Assert.Equal(pages.Length, temp.Scalar("SELECT count(*) FROM figures WHERE unit = 'suất'"));

        // Back to the old rules: the knowledge base is the curated one again (ids aside).
        Assert.All(await ReplaceAllAsync(temp, ids, pages), o => Assert.Equal(ReextractOutcome.Updated, o));
        Assert.Equal(curated, Dump(temp));
    }

    [Fact]
    public async Task A_fact_found_by_improved_rules_joins_its_consolidated_event_and_the_edit_on_it_holds()
    {
        await using var temp = await TempStore.CreateAsync();
        // Old rules missed the talks on the third page.
        var missed = KbPages.Visit(3) with { Events = [] };
        var ids = await SaveAllAsync(temp, [KbPages.Visit(1), KbPages.Visit(2), missed]);
        var talks = Assert.Single(await EventsAsync(temp, "LA"));
        Assert.Equal(2, talks.Sources.Count);
        Assert.Equal(CurationResult.Ok, (await temp.Store.Knowledge.CurateAsync(new CurationRequest(talks.Id, "edit", "Lan",
            Changes: new Dictionary<string, string?> { ["date"] = "2024-04-11" }), Ct)).Result);

        var result = await temp.Store.ReplaceFactsAsync(ids["tin/lao-3.txt"], KbPages.Visit(3), Ct);

        Assert.Equal(new ReextractResult(ReextractOutcome.Updated, ids["tin/lao-3.txt"]), result);
        var after = Assert.Single(await EventsAsync(temp, "LA"));
        Assert.Equal((talks.Id, "2024-04-11", FactStatus.Edited, 3), (after.Id, after.Date, after.Status, after.Sources.Count));
        var stored = await temp.Store.GetAsync(ids["tin/lao-3.txt"], Ct);
        Assert.Single(stored!.Record.Events);
        Assert.Equal(1, temp.Scalar($"SELECT count(*) FROM events WHERE page_id = {ids["tin/lao-3.txt"]}"));
        Assert.Equal(2, temp.Scalar($"SELECT count(*) FROM event_participants p JOIN events e ON e.id = p.event_id WHERE e.page_id = {ids["tin/lao-3.txt"]} AND p.person_id IS NOT NULL"));
        Assert.Equal(1, temp.Scalar($"SELECT count(*) FROM page_areas WHERE page_id = {ids["tin/lao-3.txt"]} AND area = 'health'"));

        // Rules that now call the page irrelevant take its facts out of the knowledge base.
        var irrelevant = KbPages.Visit(3) with { Relevant = false, Events = [], Areas = [] };
        Assert.Equal(ReextractOutcome.Updated, (await temp.Store.ReplaceFactsAsync(ids["tin/lao-3.txt"], irrelevant, Ct)).Outcome);
        Assert.Equal(2, Assert.Single(await EventsAsync(temp, "LA")).Sources.Count);
        Assert.Equal(0, temp.Scalar($"SELECT relevant FROM pages WHERE id = {ids["tin/lao-3.txt"]}"));
        Assert.Equal(0, temp.Scalar($"SELECT count(*) FROM page_areas WHERE page_id = {ids["tin/lao-3.txt"]}"));
        Assert.Equal(2, (await temp.Store.GetStatsAsync(Ct)).RelevantPages);
    }

    [Fact]
    public async Task A_record_of_another_text_or_page_is_refused_and_changes_nothing()
    {
        await using var temp = await TempStore.CreateAsync();
        var ids = await SaveAllAsync(temp, [KbPages.Visit(1), KbPages.Visit(2)]);
        var id = ids["tin/lao-1.txt"];
        var before = Dump(temp);
        var json = temp.Scalar($"SELECT length(record_json) FROM pages WHERE id = {id}");
        var store = temp.Store;
        var improved = Improved(KbPages.Visit(1));

        Assert.Equal(ReextractOutcome.Refused, (await store.ReplaceFactsAsync(id, improved with { Text = improved.Text + " " }, Ct)).Outcome);
        Assert.Equal(ReextractOutcome.Refused, (await store.ReplaceFactsAsync(id, Improved(KbPages.Visit(2)), Ct)).Outcome);
        Assert.Equal(ReextractOutcome.Refused, (await store.ReplaceFactsAsync(id, improved with { ContentHash = new string('0', 64) }, Ct)).Outcome);
        Assert.Equal(ReextractOutcome.Refused, (await store.ReplaceFactsAsync(id, PageRecord.Failed("tin/lao-1.txt", "hỏng"), Ct)).Outcome);
        Assert.Equal(ReextractOutcome.Refused, (await store.ReplaceFactsAsync(id, improved with { Text = new string('a', SqlitePageStoreMaxText + 1) }, Ct)).Outcome);
        Assert.Equal(ReextractOutcome.NotFound, (await store.ReplaceFactsAsync(987654, improved, Ct)).Outcome);
        Assert.Equal(ReextractOutcome.NotFound, (await store.ReplaceFactsAsync(-1, improved, Ct)).Outcome);

        Assert.Equal(before, Dump(temp));
        Assert.Equal(json, temp.Scalar($"SELECT length(record_json) FROM pages WHERE id = {id}"));
        Assert.Equal(0, temp.Scalar("SELECT count(*) FROM organizations"));

        // The hash the store computed for it is accepted: it is the same page.
        var hash = (await store.GetAsync(id, Ct))!.Record.ContentHash;
        Assert.Equal(ReextractOutcome.Updated, (await store.ReplaceFactsAsync(id, improved with { ContentHash = hash }, Ct)).Outcome);
    }

    [Fact]
    public async Task Facts_of_a_superseded_version_are_replaced_without_touching_the_knowledge_base()
    {
        await using var temp = await TempStore.CreateAsync();
        var first = (await temp.Store.SaveAsync(KbPages.Visit(1), Ct)).PageId;
        await temp.Store.SaveAsync(KbPages.Visit(1, extra: "Bài viết được cập nhật."), Ct);
        var before = Dump(temp);

        var result = await temp.Store.ReplaceFactsAsync(first, Improved(KbPages.Visit(1)), Ct);

        Assert.Equal(ReextractOutcome.Updated, result.Outcome);
        Assert.Equal(before, Dump(temp));
        Assert.Equal("Bộ Ngoại giao", Assert.Single((await temp.Store.GetAsync(first, Ct))!.Record.Organizations).Name);
        Assert.Equal(0, temp.Scalar($"SELECT count(*) FROM kb_mentions WHERE page_id = {first}"));
    }

    [Fact]
    public async Task A_missing_publication_date_is_filled_but_a_stored_one_is_kept()
    {
        await using var temp = await TempStore.CreateAsync();
        var undated = KbPages.Visit(1) with { Published = null };
        var id = (await temp.Store.SaveAsync(undated, Ct)).PageId;
        var dated = (await temp.Store.SaveAsync(KbPages.Visit(2), Ct)).PageId;

        await temp.Store.ReplaceFactsAsync(id, Improved(undated) with { Published = "2024-04-12" }, Ct);
        await temp.Store.ReplaceFactsAsync(dated, Improved(KbPages.Visit(2)) with { Published = "1999-01-01" }, Ct);

        Assert.Equal("2024-04-12", (await temp.Store.GetAsync(id, Ct))!.Record.Published);
        Assert.Equal("2024-04-10T18:00", (await temp.Store.GetAsync(dated, Ct))!.Record.Published);
        Assert.Equal(1, temp.Scalar($"SELECT count(*) FROM pages WHERE id = {id} AND published = '2024-04-12'"));
    }

    private const int SqlitePageStoreMaxText = HopTac.Storage.Sqlite.SqlitePageStore.MaxTextLength;

    /// <summary>Every consolidated fact as one line without its id; two stores with equal dumps hold the same knowledge base.</summary>
    private static List<string> Dump(TempStore temp)
    {
        using var connection = temp.OpenRaw();
        return KnowledgeDump.Lines(connection);
    }
}
