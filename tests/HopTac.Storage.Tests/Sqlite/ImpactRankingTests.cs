using HopTac.Core.Pages;
using HopTac.Storage.Sqlite;
using HopTac.Storage.Sqlite.Pages;
using HopTac.Storage.Tests.Contracts;
using Microsoft.Data.Sqlite;

namespace HopTac.Storage.Tests.Sqlite;

/// <summary>
/// The impact index (migration 0015) and the threshold ranking over it: the same pages, order and scores as FTS5's
/// bm25 over every match re-ranked by text, and an index kept at ingest equal to one rebuilt from the pages.
/// </summary>
public sealed class ImpactRankingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Long = ["phát triển bền vững", "thị trường", "doanh nghiệp", "xuất khẩu", "chính sách", "người dân"];

    /// <summary>The ranking contract's pages, plus longer ones (over ImpactIndex.ShortPage tokens) that hold a query word once.</summary>
    private static List<PageRecord> MixedPages()
    {
        var random = new Random(14);
        var pages = SearchRankingContract.RankingPages().ToList();
        for (var i = 0; i < 60; i++)
        {
            var words = Enumerable.Range(0, random.Next(90, 160)).Select(_ => Long[random.Next(Long.Length)]).ToList();
            words.Insert(random.Next(words.Count), i % 3 == 0 ? "hợp tác đầu tư" : "đầu tư");
            words.Insert(random.Next(words.Count), "hợp tác");
            pages.Add(Pages.Flood($"dai/{i}.txt") with { Title = i % 4 == 0 ? "Hợp tác đầu tư" : $"Tin dài {i}", Text = string.Join(' ', words) + "." });
        }

        return pages;
    }

    [Theory]
    [InlineData("hợp tác đầu tư", 0)]
    [InlineData("hợp tác đầu tư", 20)]
    [InlineData("hop tac dau tu", 0)]
    [InlineData("đầu tư", 0)]
    [InlineData("đầu tư", 40)]
    [InlineData("ngân hàng thế giới", 0)]
    [InlineData("\"hop tac\" thuong mai", 10)]
    [InlineData("\"hợp tác\" đầu tư", 0)]
    [InlineData("\"hợp tác đầu tư\"", 0)]
    [InlineData("thị trường", 0)]
    public async Task The_threshold_ranking_gives_the_pages_order_and_scores_of_a_full_scan(string query, int offset)
    {
        await using var temp = await TempStore.CreateAsync();
        await temp.Store.SaveBatchAsync(MixedPages(), Ct);
        var connections = new SqliteConnections(new SqliteConnectionStringBuilder { DataSource = temp.FilePath, Pooling = false }.ToString());
        var impacts = new PageSearch(connections) { ImpactFrom = 0 };
        var search = new SearchQuery(query, Limit: 20) { Offset = offset };

        var ranked = await impacts.SearchAsync(search, Ct);
        var full = await new PageSearch(connections) { FullScan = true }.SearchAsync(search, Ct);

        Assert.True(full.Total > 20, $"the query should match many pages, not {full.Total}");
        Assert.True(impacts.ImpactRankedTiers > 0, "the impact index should have ranked a tier");
        Assert.Equal(full.Total, ranked.Total);
        Assert.Equal(full.Select(h => h.PageId), ranked.Select(h => h.PageId));
        Assert.Equal(full.Select(h => h.Rank), ranked.Select(h => h.Rank));
    }

    [Fact]
    public async Task The_index_kept_at_ingest_equals_the_one_rebuilt_from_the_pages()
    {
        await using var temp = await TempStore.CreateAsync();
        var pages = MixedPages();
        await temp.Store.SaveBatchAsync(pages, Ct);
        // New versions of some pages take their old text out of the index and put the new one in.
        await temp.Store.SaveBatchAsync(pages.Take(30).Select(p => p with { Text = p.Text + " Thêm hợp tác giáo dục." }).ToList(), Ct);
        var kept = Snapshot(temp);

        using (var connection = temp.OpenRaw())
        {
            using var reset = connection.CreateCommand();
            reset.CommandText = """
                DELETE FROM search_words; DELETE FROM search_impacts;
                INSERT INTO search_impacts_backfill (next_id, last_id) SELECT 0, max(rowid) FROM pages_fts;
                """;
            reset.ExecuteNonQuery();
            Assert.Equal(temp.Scalar("SELECT count(*) FROM pages_fts"), await ImpactIndex.BackfillAsync(connection, Ct));
        }

        Assert.Equal(0, temp.Scalar("SELECT count(*) FROM search_impacts_backfill"));
        var rebuilt = Snapshot(temp);
        Assert.True(kept.Impacts.Count > 1_000, $"{kept.Impacts.Count} impact rows");
        Assert.Equal(kept.Words, rebuilt.Words);
        Assert.Equal(kept.Impacts, rebuilt.Impacts);
    }

    private static (List<string> Words, List<string> Impacts) Snapshot(TempStore temp)
    {
        using var connection = temp.OpenRaw();
        return (Rows(connection, "SELECT word || char(9) || pages FROM search_words WHERE pages > 0 ORDER BY 1"),
            Rows(connection, "SELECT word || char(9) || freq || char(9) || length || char(9) || page_id FROM search_impacts ORDER BY 1"));
    }

    private static List<string> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
