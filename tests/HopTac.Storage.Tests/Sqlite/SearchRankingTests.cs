using HopTac.Storage.Sqlite;
using HopTac.Storage.Sqlite.Pages;
using Microsoft.Data.Sqlite;

namespace HopTac.Storage.Tests.Sqlite;

/// <summary>
/// The ranking computed in SQL (bm25 times the adjacency boost as a phrase query, the marked tier, the filters) gives the
/// results re-ranking every match by its text gives.
/// </summary>
public sealed class SearchRankingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Fillers = ["đại biểu", "thảo luận", "kinh tế", "văn hóa", "giáo dục", "nông nghiệp", "du lịch", "môi trường"];

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
        await using var temp = await TempStore.CreateAsync();
        var random = new Random(16);
        var records = Enumerable.Range(0, 160).Select(i =>
        {
            // Pages where the query words sit side by side, apart, repeated or missing, at varying lengths.
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
                    // Spelled without marks: these pages rank in the second tier for a query typed with marks.
                    5 => "hop tac dau tu",
                    _ => Fillers[random.Next(Fillers.Length)],
                });
            }

            // Some pages undated, the others spread over the months of two years, for the date filter.
            var published = i % 10 == 0 ? null : $"{2015 + (i % 2)}-{1 + (i % 12):00}-{1 + (i % 28):00}";
            return Pages.Flood($"tin/{i}.txt") with { Title = $"Bản tin {i}", Text = string.Join(' ', words) + ".", Published = published };
        }).ToList();
        await temp.Store.SaveBatchAsync(records, Ct);
        var connections = new SqliteConnections(new SqliteConnectionStringBuilder { DataSource = temp.FilePath, Pooling = false }.ToString());
        var search = new SearchQuery(query, Limit: 20) { Offset = offset, From = from, To = to };

        var inSql = await new PageSearch(connections).SearchAsync(search, Ct);
        var full = await new PageSearch(connections) { FullScan = true }.SearchAsync(search, Ct);

        Assert.True(full.Total > 20, $"the query should match many pages, not {full.Total}");
        Assert.Equal(full.Total, inSql.Total);
        Assert.Equal(full.Select(h => h.PageId), inSql.Select(h => h.PageId));
        Assert.Equal(full.Select(h => h.Rank), inSql.Select(h => h.Rank));
    }
}
