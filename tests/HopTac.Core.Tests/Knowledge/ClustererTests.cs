using FsCheck;
using FsCheck.Fluent;
using HopTac.Core.Knowledge;

namespace HopTac.Core.Tests.Knowledge;

public sealed class ClustererTests
{
    private static readonly string[] VnRu = ["VN", "RU"];
    private static readonly string[] VnLa = ["VN", "LA"];

    [Fact]
    public void Reports_of_one_visit_on_several_pages_become_one_event()
    {
        var items = new[]
        {
            M.Event("a", "visit", "2021-11-29", VnRu, "Nguyễn Xuân Phúc", "Vladimir Putin"),
            M.Event("b", "visit", "--11-29", VnRu, "Putin"),
            M.Event("c", "visit", "2021-11", VnRu),
            M.Event("d", "talks", "2021-11-30", VnRu, "Putin"),
        };
        var groups = Clusterer.Events(items);
        Assert.Equal(2, groups.Count);
        Assert.Equal(3, groups.Single(g => g[0].Fact.Type == "visit").Count);
    }

    [Fact]
    public void Two_mentions_of_one_page_never_share_a_group()
    {
        var items = new[]
        {
            M.Event("a", "talks", "2021-11-30", VnRu, "Putin"),
            M.Event("a", "talks", "2021-11-30", VnRu, "Putin"),
            M.Event("b", "talks", "2021-11-30", VnRu, "Putin"),
        };
        var groups = Clusterer.Events(items);
        Assert.All(groups, g => Assert.Equal(g.Count, g.Select(m => m.Source).Distinct().Count()));
        Assert.Equal(2, groups.Count);
    }

    [Fact]
    public void A_short_name_does_not_glue_two_different_full_names()
    {
        var items = new[]
        {
            M.Person("a", "Vladimir Putin", country: "RU"),
            M.Person("b", "Putin"),
            M.Person("c", "Alexander Putin"),
            M.Person("d", "Vladimir Putin"),
        };
        var groups = Clusterer.People(items);
        Assert.Equal(2, groups.Count);
        Assert.DoesNotContain(groups, g => g.Any(m => m.Fact.Name == "Vladimir Putin") && g.Any(m => m.Fact.Name == "Alexander Putin"));
        Assert.Contains(groups, g => g.Count == 3);
    }

    [Fact]
    public void Chained_dates_do_not_stretch_one_event_over_days()
    {
        var items = new[]
        {
            M.Event("a", "talks", "2016-09-12", VnLa, "Thongloun Sisoulith"),
            M.Event("b", "talks", "2016-09-13", VnLa, "Thongloun Sisoulith"),
            M.Event("c", "talks", "2016-09-14", VnLa, "Thongloun Sisoulith"),
        };
        var groups = Clusterer.Events(items);
        Assert.DoesNotContain(groups, g => g.Any(m => m.Fact.Date == "2016-09-12") && g.Any(m => m.Fact.Date == "2016-09-14"));
    }

    [Fact]
    public void Curators_constraints_override_scores()
    {
        var a = M.Event("a", "talks", "2021-11-30", VnRu);
        var b = M.Event("b", "talks", "2021-11-30", VnRu);
        var c = M.Event("c", "visit", "2019-01-01", VnLa);
        var split = Clusterer.Events([a, b], new ClusterConstraints([], [(a.Key, b.Key)]));
        Assert.Equal(2, split.Count);
        var merged = Clusterer.Events([a, b, c], new ClusterConstraints([(c.Key, a.Key)], []));
        Assert.Contains(merged, g => g.Contains(a) && g.Contains(c));
    }

    [Fact]
    public void Groups_come_out_sorted_by_their_smallest_key()
    {
        var items = new[] { "d", "b", "c", "a" };
        var groups = Clusterer.Cluster(items, x => x, (x, y) => (x, y) is ("a", "c") or ("c", "a") ? 1 : 0, ClusterConstraints.None);
        Assert.Equal(["a", "c"], groups[0]);
        Assert.Equal(["b"], groups[1]);
        Assert.Equal(["d"], groups[2]);
    }

    [Fact]
    public void Strongest_links_win_when_only_one_can_be_taken()
    {
        // x may join y or z, not both (y and z share a page); the stronger link decides, whatever the order.
        var items = new[] { ("x", "p1"), ("y", "p2"), ("z", "p2") };
        double Score((string K, string P) a, (string K, string P) b) => (a.K, b.K) switch
        {
            ("x", "z") or ("z", "x") => 2,
            ("x", "y") or ("y", "x") => 1,
            _ => 0,
        };
        var groups = Clusterer.Cluster(items, i => i.Item1, Score, ClusterConstraints.None, exclusive: i => i.Item2);
        Assert.Contains(groups, g => g.Select(i => i.Item1).SequenceEqual(["x", "z"]));
    }

    // Mentions over a few partners, dates and names, so that ties, conflicts and chains all occur.
    private static readonly EventMention[] Pool = BuildPool();

    private static EventMention[] BuildPool()
    {
        string[] dates = ["2021-11-29", "2021-11-30", "2021-11", "--11-29", "2021", "2021-12-01", null!];
        string[][] actors = [VnRu, VnLa, ["RU"], ["VN"]];
        string[][] people = [[], ["Putin"], ["Vladimir Putin"], ["Alexander Putin"], ["Thongloun Sisoulith", "Putin"]];
        string[] types = ["talks", "meeting", "visit"];
        var list = new List<EventMention>();
        for (var i = 0; i < 40; i++)
        {
            list.Add(new EventMention(
                $"k{i:D3}",
                $"page{i % 9}",
                null,
                new Facts.EventFact(types[i % 3], dates[i % 7], actors[(i / 3) % 4], people[(i / 2) % 5], null, "…", 0)));
        }

        return [.. list];
    }

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public Property Clustering_does_not_depend_on_the_order_of_the_mentions()
    {
        var gen = Gen.Shuffle(Pool).Zip(Gen.Choose(10, Pool.Length));
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (shuffled, count) = t;
            var subset = Pool.Take(count).ToHashSet();
            var permuted = shuffled.Where(subset.Contains).ToArray();
            var expected = Render(Clusterer.Events(Pool.Take(count).ToArray()));
            return expected == Render(Clusterer.Events(permuted));
        });
    }

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public Property Generic_clustering_is_invariant_under_permutation()
    {
        var words = Enumerable.Range(0, 30).Select(i => $"w{i:D2}").ToArray();
        var gen = Gen.Shuffle(words);
        return Prop.ForAll(gen.ToArbitrary(), shuffled =>
        {
            // Many equal scores: ties must be broken by keys, not by input order.
            static double Score(string a, string b) => (a[2] + b[2]) % 3 == 0 ? 1 + ((a[1] + b[1]) % 2) : 0;
            static string Page(string w) => (w[2] % 4).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var a = Clusterer.Cluster(words, w => w, Score, ClusterConstraints.None, Page, (x, y) => x[1] == '0' && y[1] == '2');
            var b = Clusterer.Cluster(shuffled, w => w, Score, ClusterConstraints.None, Page, (x, y) => x[1] == '0' && y[1] == '2');
            return string.Join('|', a.Select(g => string.Join(',', g))) == string.Join('|', b.Select(g => string.Join(',', g)));
        });
    }

    private static string Render(IReadOnlyList<IReadOnlyList<EventMention>> groups) =>
        string.Join('|', groups.Select(g => string.Join(',', g.Select(m => m.Key))));
}
