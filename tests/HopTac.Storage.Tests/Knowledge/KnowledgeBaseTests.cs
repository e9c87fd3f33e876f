using HopTac.Storage.Knowledge;
using HopTac.Storage.Tests.Sqlite;

namespace HopTac.Storage.Tests.Knowledge;

/// <summary>Consolidation, queries and curation of the SQLite knowledge base, on pages composed for the tests.</summary>
public sealed class KnowledgeBaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task SaveAsync(TempStore temp, params HopTac.Core.Pages.PageRecord[] records)
    {
        foreach (var record in records)
        {
            await temp.Store.SaveAsync(record, Ct);
        }
    }

    private static async Task<TimelineEvent> LaoTalksAsync(TempStore temp)
    {
        var timeline = await temp.Store.Knowledge.GetTimelineAsync(new TimelineQuery("LA"), Ct);
        return Assert.Single(timeline.Events);
    }

    [Fact]
    public async Task Three_reports_of_one_visit_become_one_event_with_every_page_as_a_source()
    {
        await using var temp = await TempStore.CreateAsync();
        await SaveAsync(temp, KbPages.Visit(1), KbPages.CubaSigning(), KbPages.Visit(2), KbPages.Visit(3));

        var talks = await LaoTalksAsync(temp);
        Assert.Equal(["tin/lao-1.txt", "tin/lao-2.txt", "tin/lao-3.txt"], talks.Sources.Select(s => s.Source).Order(StringComparer.Ordinal));
        Assert.Equal("2024-04-10", talks.Date);
        Assert.All(talks.Sources, s => Assert.Equal(KbPages.VisitSentence, s.Evidence));
        Assert.Equal(["education_training", "health"], talks.Areas);

        // Figures merge within a story only: the Cuba page's 1 triệu USD stays apart from the Lao pages' one.
        var timeline = await temp.Store.Knowledge.GetTimelineAsync(new TimelineQuery("LA"), Ct);
        var figure = Assert.Single(timeline.Figures);
        Assert.Equal(3, figure.Sources.Count);
        var cuba = await temp.Store.Knowledge.GetTimelineAsync(new TimelineQuery("CU"), Ct);
        Assert.Single(Assert.Single(cuba.Figures).Sources);
        Assert.Single(cuba.Agreements);

        var partners = await temp.Store.Knowledge.ListPartnersAsync(Ct);
        Assert.Equal([new PartnerCount("CU", 1, 1), new PartnerCount("LA", 1, 0)], partners.OrderBy(p => p.Code, StringComparer.Ordinal));
        var overview = await temp.Store.Knowledge.GetPartnerAsync("la", Ct);
        Assert.NotNull(overview);
        Assert.Equal(1, overview.EventsByYear["2024"]);
        Assert.Equal("Xaysomphone Phomvihane", Assert.Single(overview.People).Name);
        Assert.Null(await temp.Store.Knowledge.GetPartnerAsync("ZZ", Ct));
    }

    [Fact]
    public async Task People_are_found_with_or_without_diacritics_and_by_a_short_form()
    {
        await using var temp = await TempStore.CreateAsync();
        await SaveAsync(temp, KbPages.Visit(1), KbPages.Visit(3));

        var full = Assert.Single(await temp.Store.Knowledge.FindPeopleAsync("Trần Thanh Mẫn", Ct));
        Assert.Equal(2, full.Sources.Count);
        Assert.Equal("Chủ tịch Quốc hội", Assert.Single(full.Offices).Title);
        Assert.Equal("2024-04-10", full.Offices[0].FirstSeen);
        Assert.Single(full.EventIds);
        Assert.Equal(full.Id, Assert.Single(await temp.Store.Knowledge.FindPeopleAsync("tran thanh man", Ct)).Id);
        Assert.Equal(full.Id, Assert.Single(await temp.Store.Knowledge.FindPeopleAsync("Mẫn", Ct)).Id);
        Assert.Empty(await temp.Store.Knowledge.FindPeopleAsync("Trần Thanh Mận", Ct));
        Assert.Empty(await temp.Store.Knowledge.FindPeopleAsync(new string('a', 5000), Ct));
        Assert.Empty(await temp.Store.Knowledge.FindPeopleAsync("  .  ", Ct));
    }

    [Fact]
    public async Task An_edited_date_survives_reconsolidation_a_new_page_version_and_a_re_extracted_sentence()
    {
        await using var temp = await TempStore.CreateAsync();
        await SaveAsync(temp, KbPages.Visit(1), KbPages.Visit(2), KbPages.Visit(3));
        var before = await LaoTalksAsync(temp);

        var outcome = await temp.Store.Knowledge.CurateAsync(
            new CurationRequest(before.Id, "edit", "Lan", "Theo thông cáo của Văn phòng Quốc hội", new Dictionary<string, string?> { ["date"] = "2024-04-11" }), Ct);
        Assert.Equal(CurationResult.Ok, outcome.Result);
        Assert.Equal(before.Id, outcome.FactId);

        await temp.Store.Knowledge.ReconsolidateAsync(Ct);
        await SaveAsync(temp, KbPages.Visit(2, extra: "Bài viết được cập nhật lúc 20 giờ."));
        await SaveAsync(temp, KbPages.Visit(3, evidence: "Chiều 10/4, Chủ tịch Quốc hội Trần Thanh Mẫn hội đàm với người đồng cấp Lào."));
        await temp.ReopenAsync();
        await SaveAsync(temp, KbPages.Visit(1), KbPages.Visit(2), KbPages.Visit(3));

        var after = await LaoTalksAsync(temp);
        Assert.Equal(before.Id, after.Id);
        Assert.Equal("2024-04-11", after.Date);
        Assert.Equal(FactStatus.Edited, after.Status);
        Assert.Equal(3, after.Sources.Count);

        var detail = await temp.Store.Knowledge.GetFactAsync(after.Id, Ct);
        Assert.NotNull(detail);
        Assert.Equal("2024-04-10", detail.MachineFields["date"]);
        Assert.Equal("2024-04-11", detail.Fields["date"]);
        var history = await temp.Store.Knowledge.GetHistoryAsync(after.Id, Ct);
        // The third page's sentence changed and changed back: each time the edit followed its mention, in view.
        Assert.Equal(["create", "edit", "re-anchor", "re-anchor"], history.Select(h => h.Action));
        Assert.All(history.Skip(2), h => Assert.Equal(("machine", "edit"), (h.Who, h.Changes["action"])));
        Assert.Equal(("Lan", "Theo thông cáo của Văn phòng Quốc hội"), (history[1].Who, history[1].Why));
        Assert.Equal(TempStore.Clock.GetUtcNow(), history[1].At);
        Assert.Equal("2024-04-11", history[1].Changes["date"]);
    }

    [Fact]
    public async Task A_rejected_fact_leaves_the_timeline_and_stays_rejected_after_reconsolidation()
    {
        await using var temp = await TempStore.CreateAsync();
        await SaveAsync(temp, KbPages.Visit(1), KbPages.Visit(2));
        var talks = await LaoTalksAsync(temp);

        var outcome = await temp.Store.Knowledge.CurateAsync(new CurationRequest(talks.Id, "reject", "Hùng", "Trùng lặp"), Ct);
        Assert.Equal(CurationResult.Ok, outcome.Result);
        await temp.Store.Knowledge.ReconsolidateAsync(Ct);
        await SaveAsync(temp, KbPages.Visit(3));

        Assert.Empty((await temp.Store.Knowledge.GetTimelineAsync(new TimelineQuery("LA"), Ct)).Events);
        var detail = await temp.Store.Knowledge.GetFactAsync(talks.Id, Ct);
        Assert.Equal(FactStatus.Rejected, detail?.Status);
        Assert.Equal(3, detail?.Sources.Count);
    }

    [Fact]
    public async Task A_merge_holds_through_reconsolidation_and_new_versions_of_both_pages()
    {
        await using var temp = await TempStore.CreateAsync();
        // Three weeks apart: the rules keep them apart (one day apart with shared participants would merge by itself).
        await SaveAsync(temp, KbPages.Visit(1), KbPages.Visit(2, date: "2024-03-20"));
        var apart = (await temp.Store.Knowledge.GetTimelineAsync(new TimelineQuery("LA"), Ct)).Events;
        Assert.Equal(2, apart.Count);

        var outcome = await temp.Store.Knowledge.CurateAsync(new CurationRequest(apart[0].Id, "merge", "Lan", OtherFactId: apart[1].Id), Ct);
        Assert.Equal(CurationResult.Ok, outcome.Result);
        await temp.Store.Knowledge.ReconsolidateAsync(Ct);
        await SaveAsync(temp, KbPages.Visit(1, extra: "Cập nhật."), KbPages.Visit(2, extra: "Cập nhật.", date: "2024-03-20"));

        // Equal overlap with both old groups: the merged fact keeps the smaller id.
        var ids = apart.Select(e => e.Id).OrderBy(id => long.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var merged = await LaoTalksAsync(temp);
        Assert.Equal(ids[0], merged.Id);
        Assert.Equal(ids[0], outcome.FactId);
        Assert.Equal(2, merged.Sources.Count);
        Assert.True(merged.Conflict);
        Assert.Equal(["2024-03-20", "2024-04-10"], merged.DateVariants.Order(StringComparer.Ordinal));
        Assert.Contains(await temp.Store.Knowledge.GetHistoryAsync(merged.Id, Ct), r => r.Action == "merge");
        Assert.Null(await temp.Store.Knowledge.GetFactAsync(ids[1], Ct));
    }

    [Fact]
    public async Task A_split_keeps_the_pages_apart_through_reconsolidation_and_a_new_version()
    {
        await using var temp = await TempStore.CreateAsync();
        await SaveAsync(temp, KbPages.Visit(1), KbPages.Visit(2), KbPages.Visit(3));
        var talks = await LaoTalksAsync(temp);
        var third = talks.Sources.Single(s => s.Source == "tin/lao-3.txt").Page;

        var outcome = await temp.Store.Knowledge.CurateAsync(new CurationRequest(talks.Id, "split", "Lan", "Bài 3 nói về cuộc gặp khác", SplitPages: [third]), Ct);
        Assert.Equal(CurationResult.Ok, outcome.Result);
        Assert.Equal(talks.Id, outcome.FactId);
        await temp.Store.Knowledge.ReconsolidateAsync(Ct);
        await SaveAsync(temp, KbPages.Visit(3, extra: "Cập nhật."));

        var events = (await temp.Store.Knowledge.GetTimelineAsync(new TimelineQuery("LA"), Ct)).Events;
        Assert.Equal(2, events.Count);
        var kept = events.Single(e => e.Id == talks.Id);
        Assert.Equal(["tin/lao-1.txt", "tin/lao-2.txt"], kept.Sources.Select(s => s.Source).Order(StringComparer.Ordinal));
        Assert.Equal(["tin/lao-3.txt"], events.Single(e => e.Id != talks.Id).Sources.Select(s => s.Source));
    }

    [Theory]
    [InlineData("tin/lao-1.txt")]
    [InlineData("tin/lao-2.txt")]
    public async Task Splitting_one_of_two_pages_off_leaves_the_id_with_the_page_that_stays(string leaving)
    {
        // Each page's mention is one of two equal halves: the id must follow the curator's intent, not key order.
        await using var temp = await TempStore.CreateAsync();
        await SaveAsync(temp, KbPages.Visit(1), KbPages.Visit(2));
        var talks = await LaoTalksAsync(temp);
        var off = talks.Sources.Single(s => s.Source == leaving).Page;

        Assert.Equal(CurationResult.Ok, (await temp.Store.Knowledge.CurateAsync(new CurationRequest(talks.Id, "split", "Lan", SplitPages: [off]), Ct)).Result);
        await temp.Store.Knowledge.ReconsolidateAsync(Ct);

        var kept = await temp.Store.Knowledge.GetFactAsync(talks.Id, Ct);
        Assert.NotNull(kept);
        Assert.DoesNotContain(kept.Sources, s => s.Source == leaving);
        Assert.Single(kept.Sources);
    }

    [Fact]
    public async Task Bad_curation_requests_come_back_as_values()
    {
        await using var temp = await TempStore.CreateAsync();
        await SaveAsync(temp, KbPages.Visit(1), KbPages.CubaSigning());
        var talks = await LaoTalksAsync(temp);
        var kb = temp.Store.Knowledge;
        var agreement = Assert.Single((await kb.GetTimelineAsync(new TimelineQuery("CU"), Ct)).Agreements);

        Assert.Equal(CurationResult.Invalid, (await kb.CurateAsync(new CurationRequest(talks.Id, "edit", "Lan", Changes: new Dictionary<string, string?> { ["colour"] = "x" }), Ct)).Result);
        Assert.Equal(CurationResult.Invalid, (await kb.CurateAsync(new CurationRequest(talks.Id, "edit", "Lan", Changes: new Dictionary<string, string?> { ["date"] = "2021-02-30" }), Ct)).Result);
        Assert.Equal(CurationResult.Invalid, (await kb.CurateAsync(new CurationRequest(talks.Id, "edit", "Lan", Changes: new Dictionary<string, string?> { ["type"] = null }), Ct)).Result);
        Assert.Equal(CurationResult.Invalid, (await kb.CurateAsync(new CurationRequest(talks.Id, "approve", "Lan"), Ct)).Result);
        Assert.Equal(CurationResult.Invalid, (await kb.CurateAsync(new CurationRequest(talks.Id, "accept", " "), Ct)).Result);
        Assert.Equal(CurationResult.Invalid, (await kb.CurateAsync(new CurationRequest(talks.Id, "merge", "Lan", OtherFactId: agreement.Id), Ct)).Result);
        Assert.Equal(CurationResult.Invalid, (await kb.CurateAsync(new CurationRequest(talks.Id, "split", "Lan", SplitPages: [987654]), Ct)).Result);
        Assert.Equal(CurationResult.Invalid, (await kb.CurateAsync(new CurationRequest(talks.Id, "split", "Lan", SplitPages: [talks.Sources[0].Page]), Ct)).Result);
        Assert.Equal(CurationResult.NotFound, (await kb.CurateAsync(new CurationRequest("E999999", "accept", "Lan"), Ct)).Result);
        Assert.Equal(CurationResult.NotFound, (await kb.CurateAsync(new CurationRequest("X1; DROP TABLE kb_facts", "accept", "Lan"), Ct)).Result);
        Assert.Null(await kb.GetFactAsync("nonsense", Ct));
        Assert.Empty(await kb.GetHistoryAsync("E0", Ct));

        // None of them wrote a revision: the history still holds the creation alone.
        Assert.Equal(["create"], (await kb.GetHistoryAsync(talks.Id, Ct)).Select(h => h.Action));
        var accepted = await kb.CurateAsync(new CurationRequest(talks.Id.ToLowerInvariant(), "ACCEPT", "Lan"), Ct);
        Assert.Equal(CurationResult.Ok, accepted.Result);
        Assert.Equal(FactStatus.Accepted, (await LaoTalksAsync(temp)).Status);
    }

    [Fact]
    public async Task Page_facts_point_at_their_evidence_in_the_page_text()
    {
        await using var temp = await TempStore.CreateAsync();
        var saved = await temp.Store.SaveAsync(KbPages.Visit(1), Ct);
        var facts = await temp.Store.Knowledge.GetPageFactsAsync(saved.PageId, Ct);

        Assert.Equal(["event", "figure", "person", "person"], facts.Select(f => f.Kind).Order(StringComparer.Ordinal));
        var talks = facts.Single(f => f.Kind == "event");
        Assert.Equal("talks 2024-04-10", talks.Label);
        Assert.Equal(KbPages.VisitSentence, KbPages.Visit(1).Text.Substring(talks.EvidenceStart, talks.EvidenceLength));
        Assert.Empty(await temp.Store.Knowledge.GetPageFactsAsync(424242, Ct));
    }

    [Fact]
    public async Task A_page_version_that_no_longer_reports_an_event_takes_it_out_of_the_knowledge_base()
    {
        await using var temp = await TempStore.CreateAsync();
        await SaveAsync(temp, KbPages.Visit(1));
        var talks = await LaoTalksAsync(temp);

        await SaveAsync(temp, KbPages.CubaSigning() with { Source = "tin/lao-1.txt" });

        Assert.Empty((await temp.Store.Knowledge.GetTimelineAsync(new TimelineQuery("LA"), Ct)).Events);
        Assert.Null(await temp.Store.Knowledge.GetFactAsync(talks.Id, Ct));
        Assert.Single((await temp.Store.Knowledge.GetTimelineAsync(new TimelineQuery("CU"), Ct)).Events);
    }

    [Fact]
    public async Task A_copy_of_a_page_under_another_source_is_one_more_source_of_the_same_event()
    {
        // The store indexes a twin once for search, but it is a page in its own right (a republication): leaving
        // it out would make the knowledge base depend on which copy arrived first.
        await using var temp = await TempStore.CreateAsync();
        await SaveAsync(temp, KbPages.Visit(1), KbPages.Visit(1) with { Source = "bao-khac/lao-1.txt" });

        var talks = await LaoTalksAsync(temp);
        Assert.Equal(["bao-khac/lao-1.txt", "tin/lao-1.txt"], talks.Sources.Select(s => s.Source).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Latest_events_come_newest_first_with_undated_ones_last_and_odd_queries_return_nothing()
    {
        await using var temp = await TempStore.CreateAsync();
        await SaveAsync(temp, KbPages.Visit(1), KbPages.CubaSigning(), UndatedVisit());
        var kb = temp.Store.Knowledge;

        var latest = await kb.LatestEventsAsync(10, Ct);

        Assert.Equal(["2024-05-02", "2024-04-10", null], latest.Select(e => e.Date));
        Assert.Single(await kb.LatestEventsAsync(-5, Ct));
        Assert.Empty((await kb.GetTimelineAsync(new TimelineQuery(new string('X', 10_000)), Ct)).Events);
        // An undated fact stays under a date filter, in the "year not known" group; a dated one outside it goes.
        Assert.All((await kb.GetTimelineAsync(new TimelineQuery("LA", From: "2025"), Ct)).Events, e => Assert.False(e.YearKnown));
        Assert.Single((await kb.GetTimelineAsync(new TimelineQuery("LA", From: "2024-04", To: "2024-04-10", Area: "education_training", Type: "talks"), Ct)).Events);
        Assert.Empty((await kb.GetTimelineAsync(new TimelineQuery("LA", Area: "defence"), Ct)).Events);
    }

    // A visit (not the talks of the other pages, which an undated report with the same people would join) without a date.
    private static HopTac.Core.Pages.PageRecord UndatedVisit()
    {
        var page = KbPages.Visit(4, date: null);
        return page with { Source = "tin/khong-ngay.txt", Events = [page.Events[0] with { Type = "visit" }] };
    }
}
