using HopTac.Core.Facts;
using HopTac.Core.Pages;
using HopTac.Storage.Knowledge;
using HopTac.Storage.Tests.Knowledge;

namespace HopTac.Storage.Tests.Contracts;

/// <summary>
/// What every <see cref="IKnowledgeBase"/> must do, against the interfaces only: reports of one event consolidate into
/// one fact with every page as a source; a curation is a revision with who, when and why; an accepted, rejected or
/// edited fact stays so through re-extraction, new page versions and a rebuild.
/// </summary>
public abstract class KnowledgeBaseContract : StoreContract
{
    /// <summary>A new, empty page store; its <see cref="IPageStore.Knowledge"/> is the knowledge base under test.</summary>
    protected abstract Task<IPageStore> CreateStoreAsync();

    private async Task<IPageStore> StoreWithAsync(params PageRecord[] pages)
    {
        var store = Track(await CreateStoreAsync());
        foreach (var page in pages)
        {
            await store.SaveAsync(page, Ct);
        }

        return store;
    }

    private static async Task<TimelineEvent?> LaoTalksAsync(IPageStore store) =>
        (await store.Knowledge.GetTimelineAsync(new TimelineQuery("LA"), Ct)).Events.SingleOrDefault();

    /// <summary>A re-extraction of the first Lao page that reads another date and place for the talks.</summary>
    private static PageRecord ReExtracted() => KbPages.Visit(1) with
    {
        Events = [new EventFact("talks", "2024-04-09", ["VN", "LA"], ["Trần Thanh Mẫn", "Xaysomphone Phomvihane"], "Viêng Chăn", KbPages.VisitSentence, 0)],
    };

    [Fact]
    public async Task Reports_of_one_event_become_one_fact_with_every_page_as_a_source()
    {
        var store = await StoreWithAsync(KbPages.Visit(1), KbPages.CubaSigning(), KbPages.Visit(2), KbPages.Visit(3));

        var talks = await LaoTalksAsync(store);

        Assert.NotNull(talks);
        Assert.Equal(3, talks.Sources.Count);
        Assert.Equal(FactStatus.Machine, talks.Status);
        Assert.Equal(["CU", "LA"], (await store.Knowledge.ListPartnersAsync(Ct)).Select(p => p.Code).Order(StringComparer.Ordinal));
        Assert.Single((await store.Knowledge.GetTimelineAsync(new TimelineQuery("CU"), Ct)).Agreements);
        var counts = await store.Knowledge.GetCountsAsync(Ct);
        Assert.Equal(2, counts.Events);
    }

    [Fact]
    public async Task A_curation_is_a_revision_with_who_when_why_and_what_it_set_beside_the_machine_values()
    {
        var store = await StoreWithAsync(KbPages.Visit(1), KbPages.Visit(2));
        var talks = (await LaoTalksAsync(store))!;

        var outcome = await store.Knowledge.CurateAsync(
            new CurationRequest(talks.Id, "edit", "Lan", "Theo thông cáo", new Dictionary<string, string?> { ["date"] = "2024-04-11" }), Ct);

        Assert.Equal((CurationResult.Ok, talks.Id), (outcome.Result, outcome.FactId));
        var detail = await store.Knowledge.GetFactAsync(talks.Id, Ct);
        Assert.NotNull(detail);
        Assert.Equal((FactStatus.Edited, "2024-04-11", "2024-04-10"), (detail.Status, detail.Fields["date"], detail.MachineFields["date"]));
        var edit = detail.History.Single(h => h.Action == "edit");
        Assert.Equal(("Lan", "Theo thông cáo", "2024-04-11", outcome.RevisionId), (edit.Who, edit.Why, edit.Changes["date"], edit.Id));
        Assert.Equal(detail.History.Select(h => (h.Id, h.Action)), (await store.Knowledge.GetHistoryAsync(talks.Id, Ct)).Select(h => (h.Id, h.Action)));
    }

    [Fact]
    public async Task Curations_that_cannot_apply_are_refused_as_values()
    {
        var store = await StoreWithAsync(KbPages.Visit(1));
        var talks = (await LaoTalksAsync(store))!;

        Assert.Equal(CurationResult.Invalid, (await store.Knowledge.CurateAsync(new CurationRequest(talks.Id, "delete", "Lan"), Ct)).Result);
        Assert.Equal(CurationResult.Invalid, (await store.Knowledge.CurateAsync(new CurationRequest(talks.Id, "accept", " "), Ct)).Result);
        Assert.Equal(CurationResult.NotFound, (await store.Knowledge.CurateAsync(new CurationRequest("E999999", "accept", "Lan"), Ct)).Result);
        Assert.Equal(CurationResult.Invalid, (await store.Knowledge.CurateAsync(new CurationRequest(talks.Id, "merge", "Lan", OtherFactId: talks.Id), Ct)).Result);
        Assert.Equal(FactStatus.Machine, (await LaoTalksAsync(store))!.Status);
    }

    [Fact]
    public async Task An_edit_is_never_overwritten_by_re_extraction_a_new_page_version_or_a_rebuild()
    {
        var store = await StoreWithAsync(KbPages.Visit(1), KbPages.Visit(2));
        var talks = (await LaoTalksAsync(store))!;
        await store.Knowledge.CurateAsync(
            new CurationRequest(talks.Id, "edit", "Lan", null, new Dictionary<string, string?> { ["date"] = "2024-04-11", ["place"] = "Hà Nội" }), Ct);
        var firstPage = talks.Sources.Single(s => s.Source == "tin/lao-1.txt").Page;

        await store.ReplaceFactsAsync(firstPage, ReExtracted(), Ct);
        await store.SaveAsync(KbPages.Visit(2, extra: "Bài viết được cập nhật."), Ct);
        await store.Knowledge.ReconsolidateAsync(Ct);

        var after = await LaoTalksAsync(store);
        Assert.NotNull(after);
        Assert.Equal((talks.Id, FactStatus.Edited, "2024-04-11", "Hà Nội"), (after.Id, after.Status, after.Date, after.Place));
    }

    [Fact]
    public async Task An_accepted_fact_stays_accepted_through_re_extraction_and_a_rebuild()
    {
        var store = await StoreWithAsync(KbPages.Visit(1), KbPages.Visit(2));
        var talks = (await LaoTalksAsync(store))!;
        Assert.Equal(CurationResult.Ok, (await store.Knowledge.CurateAsync(new CurationRequest(talks.Id, "accept", "Hùng"), Ct)).Result);
        var firstPage = talks.Sources.Single(s => s.Source == "tin/lao-1.txt").Page;

        await store.ReplaceFactsAsync(firstPage, KbPages.Visit(1) with { Areas = ["health"] }, Ct);
        await store.Knowledge.ReconsolidateAsync(Ct);

        var after = await LaoTalksAsync(store);
        Assert.Equal((talks.Id, FactStatus.Accepted), (after?.Id, after?.Status));
    }

    [Fact]
    public async Task A_rejected_fact_stays_out_of_the_timeline_through_re_extraction_and_a_new_report()
    {
        var store = await StoreWithAsync(KbPages.Visit(1), KbPages.Visit(2));
        var talks = (await LaoTalksAsync(store))!;
        await store.Knowledge.CurateAsync(new CurationRequest(talks.Id, "reject", "Hùng", "Trùng lặp"), Ct);
        var firstPage = talks.Sources.Single(s => s.Source == "tin/lao-1.txt").Page;

        await store.ReplaceFactsAsync(firstPage, KbPages.Visit(1) with { Areas = ["health"] }, Ct);
        await store.SaveAsync(KbPages.Visit(3), Ct);
        await store.Knowledge.ReconsolidateAsync(Ct);

        Assert.Null(await LaoTalksAsync(store));
        var detail = await store.Knowledge.GetFactAsync(talks.Id, Ct);
        Assert.Equal((FactStatus.Rejected, 3), (detail?.Status, detail?.Sources.Count));
    }

    /// <summary>
    /// A crime report (composed) that names a defendant whose given name is also the word for Russia: the page is not
    /// about cooperation, so its person and figure stay on the page and out of the knowledge base.
    /// </summary>
    private static PageRecord TrialReport(bool relevant)
    {
        const string sentence = "Bị cáo Nguyễn Thị Nga bị tuyên phạt 12 năm tù vì chiếm đoạt 3 tỷ đồng.";
        return new PageRecord
        {
            Source = "tin/phien-toa.txt",
            Relevant = relevant,
            Title = "Tuyên án vụ chiếm đoạt tài sản",
            Published = "2024-05-02T10:00",
            Text = sentence,
            People = [new Person("Nguyễn Thị Nga", null, "VN", sentence, 0)],
            Figures = [new Figure(3_000_000_000m, "VND", null, "3 tỷ đồng", sentence, 0)],
        };
    }

    [Fact]
    public async Task A_page_not_about_cooperation_keeps_its_facts_out_of_the_knowledge_base_until_rules_call_it_relevant()
    {
        var store = Track(await CreateStoreAsync());
        var saved = await store.SaveAsync(TrialReport(relevant: false), Ct);

        Assert.Empty(await store.Knowledge.FindPeopleAsync("nguyen thi nga", Ct));
        Assert.Empty(await store.Knowledge.GetPageFactsAsync(saved.PageId, Ct));
        var page = await store.GetAsync(saved.PageId, Ct);
        Assert.Equal("Nguyễn Thị Nga", Assert.Single(page!.Record.People).Name);

        // A rebuild reads every current page again and still leaves it out.
        await store.Knowledge.ReconsolidateAsync(Ct);
        Assert.Empty(await store.Knowledge.FindPeopleAsync("nguyen thi nga", Ct));

        // Re-extraction whose rules call the page relevant brings its facts in; calling it irrelevant again takes them out.
        Assert.Equal(ReextractOutcome.Updated, (await store.ReplaceFactsAsync(saved.PageId, TrialReport(relevant: true), Ct)).Outcome);
        Assert.Equal("Nguyễn Thị Nga", Assert.Single(await store.Knowledge.FindPeopleAsync("nguyen thi nga", Ct)).Name);
        Assert.Equal(ReextractOutcome.Updated, (await store.ReplaceFactsAsync(saved.PageId, TrialReport(relevant: false), Ct)).Outcome);
        Assert.Empty(await store.Knowledge.FindPeopleAsync("nguyen thi nga", Ct));
        Assert.Empty(await store.Knowledge.GetPageFactsAsync(saved.PageId, Ct));
    }

    [Fact]
    public async Task People_and_page_facts_read_back_from_the_consolidated_facts()
    {
        var store = await StoreWithAsync(KbPages.Visit(1), KbPages.Visit(3));

        var person = Assert.Single(await store.Knowledge.FindPeopleAsync("tran thanh man", Ct));
        Assert.Equal(("Trần Thanh Mẫn", 2), (person.Name, person.Sources.Count));
        var page = person.Sources[0].Page;
        var facts = await store.Knowledge.GetPageFactsAsync(page, Ct);
        Assert.Contains(facts, f => f.FactId == person.Id);
        Assert.Contains(facts, f => f.Kind == "event");
        Assert.Equal("Xaysomphone Phomvihane", Assert.Single((await store.Knowledge.GetPartnerAsync("LA", Ct))!.People).Name);
        Assert.Single(await store.Knowledge.LatestEventsAsync(10, Ct));
    }
}
