using HopTac.Storage.Sqlite;
using HopTac.Storage.Sqlite.Pages;
using Microsoft.Data.Sqlite;

namespace HopTac.Storage.Tests.Sqlite;

/// <summary>The ranking computed in SQL (bm25 times the adjacency boost as a phrase query) gives the results re-ranking every match by its text gives.</summary>
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
    public async Task The_ranking_in_sql_gives_the_same_results_as_re_ranking_every_text(string query, int offset)
    {
        await using var temp = await TempStore.CreateAsync();
        var random = new Random(16);
        var records = Enumerable.Range(0, 160).Select(i =>
        {
            // Pages where the query words sit side by side, apart, repeated or missing, at varying lengths.
            var words = new List<string>();
            for (var k = 0; k < random.Next(8, 60); k++)
            {
                words.Add(random.Next(6) switch
                {
                    0 => "hợp tác đầu tư",
                    1 => "đầu tư và hợp tác",
                    2 => "ngân hàng thế giới",
                    3 => "thế giới ngân hàng",
                    4 => "hợp tác thương mại",
                    _ => Fillers[random.Next(Fillers.Length)],
                });
            }

            return Pages.Flood($"tin/{i}.txt") with { Title = $"Bản tin {i}", Text = string.Join(' ', words) + "." };
        }).ToList();
        await temp.Store.SaveBatchAsync(records, Ct);
        var connections = new SqliteConnections(new SqliteConnectionStringBuilder { DataSource = temp.FilePath, Pooling = false }.ToString());
        var search = new SearchQuery(query, Limit: 20) { Offset = offset };

        var inSql = await new PageSearch(connections).SearchAsync(search, Ct);
        var full = await new PageSearch(connections) { FullScan = true }.SearchAsync(search, Ct);

        Assert.True(full.Total > 60, $"the query should match many pages, not {full.Total}");
        Assert.Equal(full.Total, inSql.Total);
        Assert.Equal(full.Select(h => h.PageId), inSql.Select(h => h.PageId));
        Assert.Equal(full.Select(h => h.Rank), inSql.Select(h => h.Rank));
    }
}
