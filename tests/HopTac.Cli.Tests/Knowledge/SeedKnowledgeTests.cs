using HopTac.Storage.Knowledge;
using HopTac.Tests.Common;

namespace HopTac.Cli.Tests.Knowledge;

/// <summary>The five seed pages through the knowledge base: order independence and the RU timeline.</summary>
public sealed class SeedKnowledgeTests : IDisposable
{
    private readonly string _dir = CliRunner.TempDir();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string[] Seeds() => Directory.GetFiles(SharedData.Path("corpus", "seeds"), "*.txt").Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task Ingesting_the_seeds_in_any_order_twice_or_one_at_a_time_gives_the_same_knowledge_base()
    {
        var records = await KnowledgeFixture.ReadAsync(Seeds());
        var baseline = Path.Combine(_dir, "baseline.db");
        await KnowledgeFixture.SaveAllAsync(baseline, records);
        var expected = KnowledgeFixture.Dump(baseline);
        Assert.NotEmpty(expected);

        var random = new Random(7);
        List<List<int>> orders = [[4, 3, 2, 1, 0], [2, 0, 4, 1, 3]];
        for (var i = 0; i < 4; i++)
        {
            orders.Add([.. Enumerable.Range(0, records.Count).OrderBy(_ => random.Next())]);
        }

        var n = 0;
        foreach (var order in orders)
        {
            var path = Path.Combine(_dir, $"order{n++}.db");
            await KnowledgeFixture.SaveAllAsync(path, order.Select(i => records[i]));
            Assert.Equal(expected, KnowledgeFixture.Dump(path));
        }

        // Twice: the second pass finds every page unchanged and must not disturb anything.
        var twice = Path.Combine(_dir, "twice.db");
        await KnowledgeFixture.SaveAllAsync(twice, orders[1].Select(i => records[i]));
        await KnowledgeFixture.SaveAllAsync(twice, orders[0].Select(i => records[i]));
        Assert.Equal(expected, KnowledgeFixture.Dump(twice));

        // One at a time: a fresh process (store) per page.
        var single = Path.Combine(_dir, "single.db");
        foreach (var i in orders[2])
        {
            await KnowledgeFixture.SaveAllAsync(single, [records[i]]);
        }

        Assert.Equal(expected, KnowledgeFixture.Dump(single));

        // And the incremental result is what a full rebuild gives.
        await using (var store = await KnowledgeFixture.OpenAsync(single))
        {
            await store.Knowledge.ReconsolidateAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal(expected, KnowledgeFixture.Dump(single));
    }

    [Fact]
    public async Task The_RU_timeline_over_the_seeds_runs_from_the_2001_partnership_to_the_yearless_summit_and_talks_each_with_evidence()
    {
        var path = Path.Combine(_dir, "ru.db");
        await KnowledgeFixture.SaveAllAsync(path, await KnowledgeFixture.ReadAsync(Seeds()));
        await using var store = await KnowledgeFixture.OpenAsync(path);

        var timeline = await store.Knowledge.GetTimelineAsync(new TimelineQuery("RU"), TestContext.Current.CancellationToken);
        var events = timeline.Events;

        int IndexOf(Func<TimelineEvent, bool> match) => events.ToList().FindIndex(e => match(e));
        var p2001 = IndexOf(e => e.Type == "partnership" && e.Date?.StartsWith("2001", StringComparison.Ordinal) == true);
        var p2012 = IndexOf(e => e.Type == "partnership" && e.Date?.StartsWith("2012", StringComparison.Ordinal) == true);
        var meeting2019 = IndexOf(e => e.Type is "meeting" && e.Date?.StartsWith("2019", StringComparison.Ordinal) == true);
        var call2021 = IndexOf(e => e.Type == "call" && e.Date?.StartsWith("2021", StringComparison.Ordinal) == true);
        var visit2021 = IndexOf(e => e.Type == "visit" && e.Date?.StartsWith("2021", StringComparison.Ordinal) == true);
        var summit = IndexOf(e => e.Type == "conference" && e.Date?.StartsWith("--", StringComparison.Ordinal) == true);
        var talks = IndexOf(e => e.Type == "talks" && e.Date?.StartsWith("--", StringComparison.Ordinal) == true);
        var summary = string.Join("\n", events.Select(e => $"{e.Id} {e.Date} {e.Type}"));

        Assert.All(new[] { p2001, p2012, meeting2019, call2021, visit2021, summit, talks }, i => Assert.True(i >= 0, summary));
        Assert.True(p2001 < p2012 && p2012 < meeting2019 && meeting2019 < call2021 && meeting2019 < visit2021, summary);
        Assert.True(call2021 < summit && visit2021 < summit && call2021 < talks && visit2021 < talks, summary);

        // Dated events in ISO order, then yearless ones, then undated ones.
        var rank = events.Select(e => e.Date is null ? 2 : e.Date.StartsWith("--", StringComparison.Ordinal) ? 1 : 0).ToList();
        Assert.Equal(rank.Order().ToList(), rank);
        var dated = events.Where(e => e.Date is not null && !e.Date.StartsWith("--", StringComparison.Ordinal)).Select(e => e.Date!).ToList();
        Assert.Equal(dated.Order(StringComparer.Ordinal).ToList(), dated);

        Assert.All(events, e =>
        {
            Assert.NotEmpty(e.Sources);
            Assert.All(e.Sources, s => Assert.False(string.IsNullOrWhiteSpace(s.Evidence)));
            Assert.Contains("RU", e.Actors);
        });
    }
}
