using HopTac.Core.Facts;

namespace HopTac.Storage.Tests.Sqlite;

public sealed class EventStorageTests
{
    private static readonly EventFact Signing = new(
        "signing", "2024-03-14", ["VN", "CZ"], ["Trần Văn Minh", "Petr Novák"], "Hà Nội",
        "Hai bên đã ký Bản ghi nhớ hợp tác y tế giai đoạn 2024-2028.", 120);

    private static readonly EventFact Meeting = new(
        "meeting", "2024-03-14", ["VN", "CZ"], ["Trần Văn Minh"], null, "Thứ trưởng đã tiếp Đoàn công tác.", 0);

    private static readonly AgreementFact Memorandum = new(
        "memorandum", "Bản ghi nhớ hợp tác y tế", ["VN", "CZ"], "2024-03-14", "2024/2028",
        "Hai bên đã ký Bản ghi nhớ hợp tác y tế giai đoạn 2024-2028.", 120);

    [Fact]
    public async Task Events_participants_agreements_and_areas_are_stored_with_their_links()
    {
        await using var temp = await TempStore.CreateAsync();
        var page = Pages.Health() with { Events = [Meeting, Signing], Agreements = [Memorandum] };

        var saved = await temp.Store.SaveAsync(page, TestContext.Current.CancellationToken);

        Assert.Equal(2, temp.Scalar($"SELECT count(*) FROM events WHERE page_id = {saved.PageId}"));
        Assert.Equal(1, temp.Scalar("SELECT count(*) FROM event_participants WHERE name = 'Petr Novák' AND person_id IS NULL"));
        Assert.Equal(2, temp.Scalar("""
            SELECT count(*) FROM event_participants ep JOIN people p ON p.id = ep.person_id WHERE p.name = 'Trần Văn Minh'
            """));
        Assert.Equal(2, temp.Scalar("SELECT count(*) FROM event_actors WHERE actor = 'CZ'"));
        Assert.Equal(1, temp.Scalar("""
            SELECT count(*) FROM agreements a JOIN events e ON e.id = a.event_id
            WHERE e.type = 'signing' AND a.period = '2024/2028' AND a.evidence_start = 120
            """));
        Assert.Equal(2, temp.Scalar($"SELECT count(*) FROM page_areas WHERE page_id = {saved.PageId}"));
    }

    [Fact]
    public async Task Stats_count_events_and_agreements_of_current_pages_by_type()
    {
        await using var temp = await TempStore.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        await temp.Store.SaveAsync(Pages.Health() with { Events = [Meeting, Signing], Agreements = [Memorandum] }, ct);
        // A new version of the same source replaces the old one's facts in the counts.
        await temp.Store.SaveAsync(Pages.Health() with { Text = Pages.HealthText + "\nẢnh: Minh Anh.", ContentHash = null, Events = [Meeting] }, ct);

        var stats = await temp.Store.GetStatsAsync(ct);

        Assert.Equal(1, stats.EventsByType["meeting"]);
        Assert.False(stats.EventsByType.ContainsKey("signing"));
        Assert.Empty(stats.AgreementsByType);
        Assert.Equal(1, stats.RelevantPages);
        Assert.Equal(1, stats.People);
    }

    [Fact]
    public void An_agreement_without_a_signing_on_its_page_links_to_nothing()
    {
        Assert.Null(Storage.Rules.PageRules.SigningEventOf(Memorandum, [Meeting]));
        Assert.Equal(1, Storage.Rules.PageRules.SigningEventOf(Memorandum with { EvidenceStart = 999 }, [Meeting, Signing]));
    }
}
