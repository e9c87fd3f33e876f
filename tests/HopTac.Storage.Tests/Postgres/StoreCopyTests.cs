using System.Text.Json;
using HopTac.Storage.Copying;
using HopTac.Storage.Facts;
using HopTac.Storage.Knowledge;
using HopTac.Storage.Postgres;
using HopTac.Storage.Tests.Knowledge;
using HopTac.Storage.Tests.Sqlite;

namespace HopTac.Storage.Tests.Postgres;

/// <summary><c>hoptac copy</c>'s engine: a curated SQLite store copied into PostgreSQL reads back the same, ids, history and accounts included.</summary>
public sealed class StoreCopyTests : IAsyncDisposable
{
    private readonly SqliteFiles files = new();
    private readonly PostgresDatabases databases = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        files.Delete();
        await databases.DropAllAsync();
    }

    [Fact]
    public async Task A_curated_store_copied_to_postgresql_keeps_its_ids_decisions_history_and_accounts()
    {
        var url = await databases.CreateAsync();
        string path;
        List<string> before;
        string talksId;
        long lastRevision;
        await using (var sqlite = await files.OpenAsync())
        {
            path = sqlite.FilePath;
            foreach (var page in new[] { KbPages.Visit(1), KbPages.CubaSigning(), KbPages.Visit(2), KbPages.Visit(3) })
            {
                await sqlite.SaveAsync(page, Ct);
            }

            // A new version of one page, so versions and a superseded page are copied too.
            await sqlite.SaveAsync(KbPages.Visit(2, extra: "Bài viết được cập nhật."), Ct);
            var kb = sqlite.Knowledge;
            var talks = (await kb.GetTimelineAsync(new TimelineQuery("LA"), Ct)).Events.Single();
            talksId = talks.Id;
            var agreement = (await kb.GetTimelineAsync(new TimelineQuery("CU"), Ct)).Agreements.Single();
            Assert.Equal(CurationResult.Ok, (await kb.CurateAsync(new CurationRequest(talks.Id, "edit", "Lan", "Theo thông cáo", new Dictionary<string, string?> { ["place"] = "Hà Nội" }), Ct)).Result);
            Assert.Equal(CurationResult.Ok, (await kb.CurateAsync(new CurationRequest(agreement.Id, "reject", "Minh", "Trùng lặp"), Ct)).Result);
            var split = await kb.CurateAsync(new CurationRequest(talks.Id, "split", "Lan", "Hai cuộc hội đàm", SplitPages: [talks.Sources[^1].Page]), Ct);
            Assert.Equal(CurationResult.Ok, split.Result);
            lastRevision = split.RevisionId;

            var accounts = Stores.OpenAccounts(path, TempStore.Clock);
            var created = await accounts.CreateAsync("lan", "editor", "hash-of-a-password", false, Ct);
            await accounts.IssueTokenAsync(created.Account!.Id, "máy chủ báo cáo", Ct);
            await accounts.AuditAsync("lan", "fact-edit", "fact:" + talks.Id, "web: place", Ct);
            await Stores.OpenWatchlists(path, TempStore.Clock).CreateAsync(created.Account.Id, "Lào", null, "LA", null, Ct);
            before = await ReadBackAsync(sqlite, path);
        }

        var copied = await StoreCopy.CopyAsync(path, url, TempStore.Clock, Ct);

        Assert.Contains(copied, c => c.Table == "kb_revisions" && c.Rows > 3);
        await using var postgres = await PostgresPageStore.OpenAsync(url, TempStore.Clock, Ct);
        var after = await ReadBackAsync(postgres, url);
        Assert.Equal(before, after);
        Assert.Contains(before, l => l.StartsWith("history ", StringComparison.Ordinal) && l.Contains("\"split\"", StringComparison.Ordinal));

        // The copy continues the source's counters: the next decision and the next page get new ids.
        var next = await postgres.Knowledge.CurateAsync(new CurationRequest(talksId, "accept", "Minh"), Ct);
        Assert.True(next.RevisionId > lastRevision, $"revision {next.RevisionId} after {lastRevision}");
        var saved = await postgres.SaveAsync(KbPages.Visit(4, extra: "Đoàn sẽ thăm Viêng Chăn vào tháng sau."), Ct);
        Assert.Equal(SaveOutcome.New, saved.Outcome);
        Assert.True(saved.PageId > 5, $"page id {saved.PageId}");
        Assert.Single((await postgres.SearchAsync(new SearchQuery("Viêng Chăn"), Ct)).Hits, h => h.PageId == saved.PageId);
    }

    [Fact]
    public async Task The_crawlers_sources_frontier_and_fetch_log_are_copied_with_their_times()
    {
        var url = await databases.CreateAsync();
        var path = files.NewPath();
        var at = new DateTimeOffset(2026, 12, 6, 8, 30, 15, 250, TimeSpan.Zero);
        await using (var sqlite = await SqliteFiles.OpenAsync(path))
        {
            await sqlite.SaveAsync(KbPages.Visit(1), Ct);
        }

        await using (var crawl = await HopTac.Storage.Sqlite.Crawling.SqliteCrawlStore.OpenAsync(path, TempStore.Clock, Ct))
        {
            var source = await crawl.AddSourceAsync("https://tin.example/the-gioi", "Thế giới", Crawling.SourceKind.Section, TimeSpan.FromMinutes(30), Ct);
            await crawl.EnqueueAsync([new Crawling.NewUrl("https://tin.example/a.html", "tin.example", Crawling.UrlKind.Article, source.Id)], at, Ct);
            var entry = (await crawl.DueAsync(at, 1, null, Ct))[0];
            await crawl.RecordOutcomeAsync(entry, Crawling.UrlState.Done, at.AddHours(1), TimeSpan.FromHours(1), 304, null,
                new Crawling.FetchLogEntry(entry.Url, entry.Host, source.Id, at, 304, 0, 12, "not modified", null), Ct);
        }

        var copied = await StoreCopy.CopyAsync(path, url, TempStore.Clock, Ct);

        Assert.Contains(copied, c => c.Table == "crawl_frontier" && c.Rows == 1);
        await using var postgres = await HopTac.Storage.Postgres.Crawling.PostgresCrawlStore.OpenAsync(url, TempStore.Clock, Ct);
        var listed = Assert.Single(await postgres.ListSourcesAsync(Ct));
        Assert.Equal(("Thế giới", at), (listed.Source.Name, listed.LastFetchAt));
        Assert.Equal(at.AddHours(1), await postgres.NextDueAtAsync(Ct));
        var added = await postgres.AddSourceAsync("https://tin.example/kinh-te", "Kinh tế", Crawling.SourceKind.Section, TimeSpan.FromMinutes(30), Ct);
        Assert.True(added.Id > listed.Source.Id);
    }

    [Fact]
    public async Task A_copy_into_a_database_that_holds_pages_is_refused_and_changes_nothing()
    {
        var url = await databases.CreateAsync();
        string path;
        await using (var sqlite = await files.OpenAsync())
        {
            path = sqlite.FilePath;
            await sqlite.SaveAsync(KbPages.Visit(1), Ct);
        }

        await using (var postgres = await PostgresPageStore.OpenAsync(url, TempStore.Clock, Ct))
        {
            await postgres.SaveAsync(KbPages.CubaSigning(), Ct);
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => StoreCopy.CopyAsync(path, url, TempStore.Clock, Ct));
        await using var reopened = await PostgresPageStore.OpenAsync(url, TempStore.Clock, Ct);
        Assert.Equal(1, (await reopened.GetStatsAsync(Ct)).Pages);
    }

    [Fact]
    public async Task Pages_with_tabs_line_breaks_and_backslashes_copy_exactly_search_as_on_sqlite_and_keep_every_index()
    {
        var url = await databases.CreateAsync();
        var migrated = await databases.CreateAsync();
        string path;
        List<string> pagesBefore = [];
        var queries = new[] { "Viêng Chăn", "vieng chan", "\"hợp tác giáo dục\"", "C:\\tài liệu", "cột\tmốc" };
        var hitsBefore = new List<string>();
        await using (var sqlite = await files.OpenAsync())
        {
            path = sqlite.FilePath;
            // Characters COPY's text format reserves (tab, line feed, carriage return, backslash) and a \N in the text.
            await sqlite.SaveAsync(KbPages.Visit(1, extra: "Hồ sơ lưu ở C:\\tài liệu\\N và cột\tmốc.\r\nĐoàn sẽ thăm Viêng Chăn."), Ct);
            await sqlite.SaveAsync(KbPages.Visit(2, extra: "Không có gì \\ thêm.") with { Title = null, Published = null }, Ct);
            await sqlite.SaveAsync(KbPages.Visit(3), Ct);
            await foreach (var page in sqlite.ListAsync(Ct))
            {
                pagesBefore.Add(JsonSerializer.Serialize(page));
            }

            foreach (var query in queries)
            {
                hitsBefore.Add(query + " " + string.Join(",", (await sqlite.SearchAsync(new SearchQuery(query), Ct)).Hits.Select(h => h.PageId)));
            }
        }

        await StoreCopy.CopyAsync(path, url, TempStore.Clock, Ct);
        await (await PostgresPageStore.OpenAsync(migrated, TempStore.Clock, Ct)).DisposeAsync();

        await using var postgres = await PostgresPageStore.OpenAsync(url, TempStore.Clock, Ct);
        var pagesAfter = new List<string>();
        await foreach (var page in postgres.ListAsync(Ct))
        {
            pagesAfter.Add(JsonSerializer.Serialize(page));
        }

        var hitsAfter = new List<string>();
        foreach (var query in queries)
        {
            hitsAfter.Add(query + " " + string.Join(",", (await postgres.SearchAsync(new SearchQuery(query), Ct)).Hits.Select(h => h.PageId)));
        }

        Assert.Equal(pagesBefore, pagesAfter);
        Assert.Equal(hitsBefore, hitsAfter);
        Assert.NotEqual("vieng chan ", hitsAfter[1]);
        // The copy drops the secondary indexes for the load and builds them again: the same set as a migrated database's.
        Assert.Equal(await IndexesAsync(migrated), await IndexesAsync(url));
    }

    private static async Task<List<string>> IndexesAsync(string url)
    {
        await using var connection = new Npgsql.NpgsqlConnection(PostgresUrl.ToConnectionString(url));
        await connection.OpenAsync(Ct);
        await using var command = new Npgsql.NpgsqlCommand("SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname", connection);
        var indexes = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            indexes.Add(reader.GetString(0));
        }

        return indexes;
    }

    /// <summary>Everything a user reads back: pages, timelines, every fact with its history, accounts, tokens, audit and watchlists.</summary>
    private static async Task<List<string>> ReadBackAsync(IPageStore store, string address)
    {
        var lines = new List<string>();
        void Add(string what, object? value) => lines.Add(what + " " + JsonSerializer.Serialize(value));
        await foreach (var page in store.ListAsync(Ct))
        {
            Add("page", page);
        }

        foreach (var partner in await store.Knowledge.ListPartnersAsync(Ct))
        {
            Add("timeline", await store.Knowledge.GetTimelineAsync(new TimelineQuery(partner.Code), Ct));
        }

        await foreach (var fact in store.Facts.ReadAsync(new FactQuery { IncludeRejected = true }, Ct))
        {
            Add("fact", fact);
            Add("history " + fact.Id, await store.Knowledge.GetHistoryAsync(fact.Id, Ct));
        }

        var accounts = Stores.OpenAccounts(address, TempStore.Clock);
        try
        {
            var list = await accounts.ListAsync(Ct);
            Add("accounts", list);
            Add("tokens", await accounts.ListTokensAsync(null, Ct));
            Add("audit", await accounts.ListAuditAsync(100, Ct));
            Add("watchlists", await Stores.OpenWatchlists(address, TempStore.Clock).ListAsync(list.Single().Id, Ct));
        }
        finally
        {
            if (accounts is IAsyncDisposable owned)
            {
                await owned.DisposeAsync();
            }
        }

        return lines;
    }
}
