using HopTac.Storage.Knowledge;
using HopTac.Storage.Tests.Sqlite;

namespace HopTac.Storage.Tests.Knowledge;

/// <summary>The review queue: unreviewed facts only, the best supported first, then the most recent; paged with its total.</summary>
public sealed class ReviewQueueTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_fact_three_pages_report_comes_before_the_newer_fact_one_page_reports()
    {
        await using var temp = await TempStore.CreateAsync();
        var kb = temp.Store.Knowledge;
        foreach (var page in new[] { KbPages.Visit(1), KbPages.Visit(2), KbPages.Visit(3), KbPages.CubaSigning() })
        {
            await temp.Store.SaveAsync(page, Ct);
        }

        var events = await kb.GetReviewQueueAsync(new ReviewQuery("event"), Ct);

        Assert.Equal(2, events.Total);
        Assert.Equal([3, 1], events.Items.Select(i => i.Pages));
        Assert.Equal(["talks", "signing"], events.Items.Select(i => i.Fields["type"]));
        Assert.Equal("2024-05-02", events.Items[1].Latest);
        Assert.Equal(KbPages.VisitSentence, events.Items[0].Evidence);
    }

    [Fact]
    public async Task A_decided_fact_leaves_the_queue_and_paging_keeps_the_total()
    {
        await using var temp = await TempStore.CreateAsync();
        var kb = temp.Store.Knowledge;
        await temp.Store.SaveAsync(KbPages.Visit(1), Ct);
        await temp.Store.SaveAsync(KbPages.CubaSigning(), Ct);
        var all = await kb.GetReviewQueueAsync(new ReviewQuery(), Ct);
        var first = all.Items[0].Id;

        await kb.CurateAsync(new CurationRequest(first, "reject", "Hoa"), Ct);
        var after = await kb.GetReviewQueueAsync(new ReviewQuery(), Ct);
        var second = await kb.GetReviewQueueAsync(new ReviewQuery(Offset: 1, Limit: 1), Ct);
        var none = await kb.GetReviewQueueAsync(new ReviewQuery("banana"), Ct);

        Assert.Equal(all.Total - 1, after.Total);
        Assert.DoesNotContain(after.Items, i => i.Id == first);
        Assert.Equal(after.Total, second.Total);
        Assert.Equal(after.Items[1].Id, Assert.Single(second.Items).Id);
        Assert.Equal(0, none.Total);
    }

    [Theory]
    [InlineData("type", "banana", "type")]
    [InlineData("date", "hôm qua", "date")]
    [InlineData("actors", "Nga", "codes")]
    [InlineData("title", "x", "unknown-field")]
    public void An_event_edit_outside_the_rules_is_refused_with_a_code(string field, string value, string code)
    {
        var (changes, error) = FactEdits.Validate('e', new Dictionary<string, string?> { [field] = value });

        Assert.Null(changes);
        Assert.Equal(code, error!.Code);
    }

    [Fact]
    public void A_valid_edit_is_normalised()
    {
        var (changes, error) = FactEdits.Validate('e', new Dictionary<string, string?> { ["type"] = "Visit", ["date"] = "28/10/2021", ["actors"] = "VN, RU, VN" });

        Assert.Null(error);
        Assert.Equal("visit", changes!["type"]);
        Assert.Equal("2021-10-28", changes["date"]);
        Assert.Equal("VN, RU", changes["actors"]);
        Assert.Contains("memorandum", FactEdits.AllowedValues('a', "type"));
    }
}
