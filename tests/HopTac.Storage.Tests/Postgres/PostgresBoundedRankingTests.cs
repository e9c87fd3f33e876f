using HopTac.Storage.Postgres;
using HopTac.Storage.Postgres.Pages;
using HopTac.Storage.Tests.Sqlite;

namespace HopTac.Storage.Tests.Postgres;

/// <summary>
/// The PostgreSQL search ranks a bounded window of matches (the newest, read from the index without their vectors): a
/// query with more matches ranks the newest window first, and the later pages of results follow newest first. Inside
/// the window the order is what re-ranking every match gives (<see cref="PostgresSearchRankingTests"/>). A quoted
/// phrase is checked on the newest pages holding its words only.
/// </summary>
public sealed class PostgresBoundedRankingTests : IAsyncLifetime
{
    private static readonly string[] Fillers = ["đại biểu", "thảo luận", "kinh tế", "văn hóa", "giáo dục", "nông nghiệp", "du lịch", "môi trường"];

    private readonly PostgresDatabases databases = new();
    private string url = string.Empty;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        url = await databases.CreateAsync();
        await using var store = await PostgresPageStore.OpenAsync(url, TempStore.Clock, Ct);
        var random = new Random(19);
        var records = Enumerable.Range(0, 160).Select(i =>
        {
            // Pages where the query words sit side by side, apart, repeated or missing, at varying lengths.
            var words = Enumerable.Range(0, random.Next(8, 60)).Select(_ => random.Next(5) switch
            {
                0 => "hợp tác đầu tư",
                1 => "đầu tư và hợp tác",
                2 => "ngân hàng thế giới",
                3 => "hợp tác thương mại",
                _ => Fillers[random.Next(Fillers.Length)],
            });
            return Pages.Flood($"tin/{i}.txt") with { Title = $"Bản tin {i}", Text = string.Join(' ', words) + "." };
        }).ToList();
        await store.SaveBatchAsync(records, Ct);
    }

    public ValueTask DisposeAsync() => databases.DropAllAsync();

    [Fact]
    public async Task Past_the_window_the_newest_matches_are_ranked_first_and_the_total_stays_exact()
    {
        await using var connections = new PostgresConnections(PostgresUrl.ToConnectionString(url));
        var full = await new PostgresPageSearch(connections) { FullScan = true }.SearchAsync(new SearchQuery("hợp tác", Limit: 200), Ct);
        var newest = full.Select(h => h.PageId).OrderDescending().Take(30).ToHashSet();

        var bounded = await new PostgresPageSearch(connections, window: 30).SearchAsync(new SearchQuery("hợp tác", Limit: 20), Ct);

        Assert.Equal(full.Total, bounded.Total);
        Assert.All(bounded, h => Assert.Contains(h.PageId, newest));
    }

    [Fact]
    public async Task A_quoted_phrase_is_checked_on_the_newest_pages_holding_its_words_and_its_total_is_then_a_lower_bound()
    {
        await using var connections = new PostgresConnections(PostgresUrl.ToConnectionString(url));
        var words = await new PostgresPageSearch(connections) { FullScan = true }.SearchAsync(new SearchQuery("hợp tác đầu tư", Limit: 200), Ct);
        var phrase = await new PostgresPageSearch(connections) { FullScan = true }.SearchAsync(new SearchQuery("\"hợp tác đầu tư\"", Limit: 200), Ct);
        var checkedPages = words.Select(h => h.PageId).OrderDescending().Take(30).ToHashSet();
        var expected = phrase.Select(h => h.PageId).Where(checkedPages.Contains).Order().ToList();

        var bounded = await new PostgresPageSearch(connections) { Verified = 30 }.SearchAsync(new SearchQuery("\"hợp tác đầu tư\"", Limit: 200), Ct);
        var whole = await new PostgresPageSearch(connections).SearchAsync(new SearchQuery("\"hợp tác đầu tư\"", Limit: 200), Ct);

        Assert.True(words.Total > 60 && expected.Count > 0, $"{words.Total} pages should hold the words and some of the newest the phrase");
        Assert.Equal(expected, bounded.Select(h => h.PageId).Order().ToList());
        Assert.Equal((expected.Count, false), (bounded.Total, bounded.TotalIsExact));
        Assert.Equal((phrase.Total, true), (whole.Total, whole.TotalIsExact));
        Assert.Equal(phrase.Select(h => h.PageId), whole.Select(h => h.PageId));
    }

    [Fact]
    public async Task Past_the_window_the_pages_of_results_continue_newest_first()
    {
        await using var connections = new PostgresConnections(PostgresUrl.ToConnectionString(url));
        var full = await new PostgresPageSearch(connections) { FullScan = true }.SearchAsync(new SearchQuery("hợp tác", Limit: 200), Ct);
        var expected = full.Select(h => h.PageId).OrderDescending().Skip(40).Take(20);

        var later = await new PostgresPageSearch(connections, window: 30).SearchAsync(new SearchQuery("hợp tác", Limit: 20) { Offset = 40 }, Ct);

        Assert.True(full.Total > 60, $"the query should match many pages, not {full.Total}");
        Assert.Equal(expected, later.Select(h => h.PageId));
    }
}
