using HopTac.Bench.Load;
using HopTac.Storage.Sqlite;
using HopTac.Web.Tests.Support;

namespace HopTac.Web.Tests.Hardening;

/// <summary>
/// The bounded load test of issue 15 (item 5): concurrent clients search the real app on Kestrel while another store
/// on the same file ingests pages, as a second process would. It prints requests/s and the percentiles (the figures
/// of a loaded CI machine say little; docs/benchmarks.md has the measured ones) and asserts what must hold whatever the
/// machine: every request answered 200, and every page the writer saved is stored.
/// </summary>
[Collection(nameof(RunsAlone))]
public sealed class SearchUnderLoadTests
{
    [Fact]
    public async Task Concurrent_searches_during_an_ingest_all_succeed_and_the_ingest_loses_no_page()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var site = await TestSite.StartAsync(pages: GeneratedNews.Pages(400, seed: 15));
        var incoming = GeneratedNews.Pages(120, seed: 16, prefix: "incoming");
        var load = new SearchLoad(new SearchLoadOptions(site.Address, SearchLoadOptions.DefaultQueries, Clients: 20, TimeSpan.FromSeconds(8))
        {
            Token = site.ViewerToken,
            PageViews = true,
        });

        var searching = load.RunAsync(ct);
        await using (var writer = await SqlitePageStore.OpenAsync(site.DatabasePath, TimeProvider.System, ct))
        {
            foreach (var batch in incoming.Chunk(20))
            {
                await writer.SaveBatchAsync(batch, ct);
            }
        }

        var result = await searching;
        TestContext.Current.TestOutputHelper?.WriteLine(result.ToText());
        Assert.True(result.Search.Requests >= 20, $"the clients sent only {result.Search.Requests} searches: {result.ToText()}");
        Assert.True(result.PageViews.Requests >= 1, $"no search result was opened: {result.ToText()}");
        Assert.True(result.Failed == 0, result.ToText());
        var stats = await site.Store.GetStatsAsync(ct);
        Assert.Equal(400 + incoming.Count, stats.Pages);
    }

    [Fact]
    public void The_ids_of_search_results_are_read_and_anything_else_gives_none()
    {
        Assert.Equal([7L, 42L], SearchLoad.ResultIds("{\"query\":\"x\",\"results\":[{\"id\":7},{\"id\":42},{\"title\":\"no id\"}]}"u8.ToArray()));
        Assert.Empty(SearchLoad.ResultIds("{\"results\":{}}"u8.ToArray()));
        Assert.Empty(SearchLoad.ResultIds("<html>"u8.ToArray()));
    }

    [Fact]
    public void Percentiles_are_nearest_rank()
    {
        double[] sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        Assert.Equal(5, SearchLoadResult.Percentile(sorted, 0.50));
        Assert.Equal(10, SearchLoadResult.Percentile(sorted, 0.95));
        Assert.Equal(1, SearchLoadResult.Percentile(sorted, 0.01));
        Assert.Equal(0, SearchLoadResult.Percentile([], 0.95));
    }
}
