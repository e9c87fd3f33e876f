using HopTac.Core.Pages;
using HopTac.Storage.Tests.Sqlite;

namespace HopTac.Storage.Tests.Contracts;

/// <summary>
/// The ranking each store computes in SQL (its relevance times the adjacency boost as a phrase query, the marked tier,
/// the filters) gives the results re-ranking every match by its text gives, on both stores.
/// </summary>
public abstract class SearchRankingContract : StoreContract
{
    private static readonly string[] Fillers = ["đại biểu", "thảo luận", "kinh tế", "văn hóa", "giáo dục", "nông nghiệp", "du lịch", "môi trường"];

    /// <summary>
    /// 160 pages where the query words sit side by side, apart, repeated or missing, at varying lengths; some spelled
    /// without marks (the second tier for a query typed with marks); some undated, the others over two years' months.
    /// </summary>
    public static IReadOnlyList<PageRecord> RankingPages()
    {
        var random = new Random(16);
        return Enumerable.Range(0, 160).Select(i =>
        {
            var words = new List<string>();
            for (var k = 0; k < random.Next(8, 60); k++)
            {
                words.Add(random.Next(7) switch
                {
                    0 => "hợp tác đầu tư",
                    1 => "đầu tư và hợp tác",
                    2 => "ngân hàng thế giới",
                    3 => "thế giới ngân hàng",
                    4 => "hợp tác thương mại",
                    5 => "hop tac dau tu",
                    _ => Fillers[random.Next(Fillers.Length)],
                });
            }

            var published = i % 10 == 0 ? null : $"{2015 + (i % 2)}-{1 + (i % 12):00}-{1 + (i % 28):00}";
            return Pages.Flood($"tin/{i}.txt") with { Title = $"Bản tin {i}", Text = string.Join(' ', words) + ".", Published = published };
        }).ToList();
    }

    /// <summary>A store holding <paramref name="records"/>: its search as it runs, and the same search re-ranking every match by its text.</summary>
    protected abstract Task<(Func<SearchQuery, Task<SearchResults>> InSql, Func<SearchQuery, Task<SearchResults>> FullScan)> CreateAsync(
        IReadOnlyList<PageRecord> records);

    /// <summary>A store holding <paramref name="records"/>, searched with matches counted exactly only up to <paramref name="bound"/>.</summary>
    protected abstract Task<Func<SearchQuery, Task<SearchResults>>> CreateBoundedAsync(IReadOnlyList<PageRecord> records, int bound);

    [Fact]
    public async Task Past_the_counting_bound_the_total_is_a_lower_bound_and_the_pages_are_unchanged()
    {
        var records = RankingPages();
        var (inSql, _) = await CreateAsync(records);
        var bounded = await CreateBoundedAsync(records, bound: 25);

        var exact = await inSql(new SearchQuery("hợp tác", Limit: 20));
        var capped = await bounded(new SearchQuery("hợp tác", Limit: 20));
        var deep = await bounded(new SearchQuery("hợp tác", Limit: 20) { Offset = 40 });
        var few = await bounded(new SearchQuery("hợp tác", Limit: 20) { From = "2016-03", To = "2016-04" });

        Assert.True(exact.TotalIsExact);
        Assert.True(exact.Total > 60, $"the query should match many pages, not {exact.Total}");
        Assert.Equal((25, false), (capped.Total, capped.TotalIsExact));
        Assert.Equal(exact.Select(h => h.PageId), capped.Select(h => h.PageId));
        Assert.Equal((await inSql(new SearchQuery("hợp tác", Limit: 20) { Offset = 40 })).Select(h => h.PageId), deep.Select(h => h.PageId));
        Assert.True(few.TotalIsExact && few.Total is > 0 and <= 25, $"{few.Total} matches under the bound are counted exactly");
    }

    [Theory]
    [InlineData("hợp tác đầu tư", 0)]
    [InlineData("hợp tác đầu tư", 20)]
    [InlineData("hợp tác đầu tư", 140)]
    [InlineData("ngân hàng thế giới", 0)]
    [InlineData("\"hop tac\" thuong mai", 10)]
    [InlineData("\"hợp tác\" đầu tư", 0)]
    [InlineData("hợp tác đầu tư", 0, "2016-03", "2016-07")]
    [InlineData("hop tac dau tu", 30, "2016")]
    public async Task The_ranking_in_sql_gives_the_same_results_as_re_ranking_every_text(string query, int offset, string? from = null, string? to = null)
    {
        var (inSql, fullScan) = await CreateAsync(RankingPages());
        var search = new SearchQuery(query, Limit: 20) { Offset = offset, From = from, To = to };

        var ranked = await inSql(search);
        var full = await fullScan(search);

        Assert.True(full.Total > 20, $"the query should match many pages, not {full.Total}");
        Assert.Equal(full.Total, ranked.Total);
        Assert.Equal(full.Select(h => h.PageId), ranked.Select(h => h.PageId));
        Assert.Equal(full.Select(h => h.Rank), ranked.Select(h => h.Rank));
    }
}
