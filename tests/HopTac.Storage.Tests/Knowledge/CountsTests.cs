using HopTac.Storage.Knowledge;
using HopTac.Storage.Tests.Sqlite;

namespace HopTac.Storage.Tests.Knowledge;

/// <summary>The dashboard's aggregate counts agree with what the partners' timelines list.</summary>
public sealed class CountsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // What a reader of every partner's timeline would count: each fact once by id, pages of events and agreements.
    private static async Task<KnowledgeCounts> FromTimelinesAsync(IKnowledgeBase kb)
    {
        var events = new Dictionary<string, TimelineEvent>(StringComparer.Ordinal);
        var agreements = new Dictionary<string, TimelineAgreement>(StringComparer.Ordinal);
        var figures = new HashSet<string>(StringComparer.Ordinal);
        var partners = new List<PartnerPageCount>();
        foreach (var partner in await kb.ListPartnersAsync(Ct))
        {
            var timeline = await kb.GetTimelineAsync(new TimelineQuery(partner.Code), Ct);
            timeline.Events.ToList().ForEach(e => events.TryAdd(e.Id, e));
            timeline.Agreements.ToList().ForEach(a => agreements.TryAdd(a.Id, a));
            figures.UnionWith(timeline.Figures.Select(f => f.Id));
            var pages = timeline.Events.SelectMany(e => e.Sources).Concat(timeline.Agreements.SelectMany(a => a.Sources)).Select(s => s.Page).Distinct().Count();
            partners.Add(new PartnerPageCount(partner.Code, pages, partner.Events, partner.Agreements));
        }

        var years = events.Values.Select(e => (Year: Year(e.Date), E: 1, A: 0))
            .Concat(agreements.Values.Select(a => (Year: Year(a.Date), E: 0, A: 1)))
            .GroupBy(x => x.Year)
            .ToDictionary(g => g.Key, g => (E: g.Sum(x => x.E), A: g.Sum(x => x.A)), StringComparer.Ordinal);
        return new KnowledgeCounts(events.Count, agreements.Count, figures.Count,
            [.. years.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new YearFactCount(kv.Key, 0, kv.Value.E, kv.Value.A))],
            [.. partners.OrderByDescending(p => p.Events + p.Agreements).ThenBy(p => p.Code, StringComparer.Ordinal)]);
    }

    private static string Year(string? date) => date is { Length: >= 4 } d && d[..4].All(char.IsAsciiDigit) ? d[..4] : "unknown";

    // Page counts per year come from the pages table; the timelines do not carry them.
    private static KnowledgeCounts WithoutPages(KnowledgeCounts counts) =>
        counts with { Years = [.. counts.Years.Where(y => y.Events + y.Agreements > 0).Select(y => y with { Pages = 0 })] };

    private static void AssertSame(KnowledgeCounts expected, KnowledgeCounts actual)
    {
        Assert.Equal((expected.Events, expected.Agreements, expected.Figures), (actual.Events, actual.Agreements, actual.Figures));
        Assert.Equal(expected.Years, WithoutPages(actual).Years);
        Assert.Equal(expected.Partners, actual.Partners);
    }

    [Fact]
    public async Task Counts_equal_the_partners_timelines_and_follow_a_rejection()
    {
        await using var temp = await TempStore.CreateAsync();
        foreach (var page in new[] { KbPages.Visit(1), KbPages.Visit(2), KbPages.Visit(3, date: null), KbPages.CubaSigning() })
        {
            await temp.Store.SaveAsync(page, Ct);
        }

        var kb = temp.Store.Knowledge;
        var counts = await kb.GetCountsAsync(Ct);
        AssertSame(await FromTimelinesAsync(kb), counts);
        Assert.Equal(4, counts.Years.Single(y => y.Year == "2024").Pages);
        Assert.Contains(counts.Partners, p => p is { Code: "CU", Events: 1, Agreements: 1, Pages: 1 });
        Assert.DoesNotContain(counts.Partners, p => p.Code == "VN");

        var cuba = Assert.Single((await kb.GetTimelineAsync(new TimelineQuery("CU"), Ct)).Events);
        Assert.Equal(CurationResult.Ok, (await kb.CurateAsync(new CurationRequest(cuba.Id, "reject", "Lan"), Ct)).Result);

        var after = await kb.GetCountsAsync(Ct);
        AssertSame(await FromTimelinesAsync(kb), after);
        Assert.Equal(counts.Events - 1, after.Events);
        Assert.Contains(after.Partners, p => p is { Code: "CU", Events: 0, Agreements: 1 });
    }

    [Fact]
    public async Task An_empty_store_counts_nothing()
    {
        await using var temp = await TempStore.CreateAsync();

        var counts = await temp.Store.Knowledge.GetCountsAsync(Ct);

        Assert.Equal((0, 0, 0), (counts.Events, counts.Agreements, counts.Figures));
        Assert.Empty(counts.Years);
        Assert.Empty(counts.Partners);
    }
}
