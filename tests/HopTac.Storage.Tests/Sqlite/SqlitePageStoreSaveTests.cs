using HopTac.Core.Pages;
using HopTac.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace HopTac.Storage.Tests.Sqlite;

public sealed class SqlitePageStoreSaveTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Open_creates_the_file_and_its_folders()
    {
        await using var temp = await TempStore.CreateAsync();

        Assert.True(File.Exists(temp.FilePath));
        Assert.Equal(temp.FilePath, temp.Store.FilePath);
    }

    [Fact]
    public async Task Open_turns_on_the_write_ahead_log()
    {
        await using var temp = await TempStore.CreateAsync();
        using var connection = temp.OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", (string?)command.ExecuteScalar());
    }

    [Fact]
    public async Task Migrations_are_applied_once_and_not_again_on_reopen()
    {
        await using var temp = await TempStore.CreateAsync();
        Assert.Equal(SqliteMigrator.All.Select(m => m.Version), temp.Store.AppliedMigrations);

        var reopened = await temp.ReopenAsync();

        Assert.Empty(reopened.AppliedMigrations);
        Assert.Equal(SqliteMigrator.All.Count, temp.Scalar("SELECT count(*) FROM schema_migrations"));
    }

    [Fact]
    public void Migrations_are_numbered_from_one_without_gaps()
    {
        var versions = SqliteMigrator.All.Select(m => m.Version).ToList();

        Assert.Equal(Enumerable.Range(1, versions.Count), versions);
    }

    [Fact]
    public async Task Saving_a_new_page_returns_New_with_version_one()
    {
        await using var temp = await TempStore.CreateAsync();

        var result = await temp.Store.SaveAsync(Pages.Health(), Ct);

        Assert.Equal(SaveOutcome.New, result.Outcome);
        Assert.Equal(1, result.Version);
        Assert.True(result.PageId > 0);
    }

    [Fact]
    public async Task Saving_the_same_content_again_changes_nothing()
    {
        await using var temp = await TempStore.CreateAsync();
        var first = await temp.Store.SaveAsync(Pages.Health(), Ct);

        var second = await temp.Store.SaveAsync(Pages.Health() with { Relevant = false }, Ct);

        Assert.Equal(new SaveResult(SaveOutcome.Unchanged, first.PageId, 1), second);
        Assert.Equal(1, temp.Scalar("SELECT count(*) FROM pages"));
        Assert.True((await temp.Store.GetAsync(first.PageId, Ct))!.Record.Relevant);
    }

    [Fact]
    public async Task New_text_at_a_known_source_is_a_new_current_version_and_the_old_is_kept()
    {
        await using var temp = await TempStore.CreateAsync();
        var first = await temp.Store.SaveAsync(Pages.Health(), Ct);

        var second = await temp.Store.SaveAsync(Pages.Health() with { Text = Pages.HealthText + "\nCập nhật lúc 15h." }, Ct);

        Assert.Equal(SaveOutcome.NewVersion, second.Outcome);
        Assert.Equal(2, second.Version);
        Assert.NotEqual(first.PageId, second.PageId);
        Assert.NotNull(await temp.Store.GetAsync(first.PageId, Ct));
        var listed = await temp.Store.ListAsync(Ct).ToListAsync(Ct);
        Assert.Equal([second.PageId], listed.Select(p => p.Id));
        Assert.Equal(2, listed[0].Version);
    }

    [Fact]
    public async Task Reverting_to_an_older_text_is_a_third_version_not_unchanged()
    {
        await using var temp = await TempStore.CreateAsync();
        await temp.Store.SaveAsync(Pages.Health(), Ct);
        await temp.Store.SaveAsync(Pages.Health() with { Text = "Bản sửa đổi." }, Ct);

        var third = await temp.Store.SaveAsync(Pages.Health(), Ct);

        Assert.Equal(SaveOutcome.NewVersion, third.Outcome);
        Assert.Equal(3, third.Version);
    }

    [Fact]
    public async Task The_same_content_under_a_second_source_is_recorded_but_searched_once()
    {
        await using var temp = await TempStore.CreateAsync();
        var first = await temp.Store.SaveAsync(Pages.Health("a/bai-1.txt"), Ct);

        var copy = await temp.Store.SaveAsync(Pages.Health("b/ban-sao.html"), Ct);

        Assert.Equal(SaveOutcome.New, copy.Outcome);
        Assert.NotEqual(first.PageId, copy.PageId);
        Assert.Equal(2, (await temp.Store.GetStatsAsync(Ct)).Sources);
        var hits = await temp.Store.SearchAsync(new SearchQuery("ghép tạng"), Ct);
        Assert.Equal([first.PageId], hits.Select(h => h.PageId));
    }

    [Fact]
    public async Task When_the_indexed_copy_changes_the_other_source_takes_its_place_in_search()
    {
        await using var temp = await TempStore.CreateAsync();
        await temp.Store.SaveAsync(Pages.Health("a/bai-1.txt"), Ct);
        var copy = await temp.Store.SaveAsync(Pages.Health("b/ban-sao.html"), Ct);

        await temp.Store.SaveAsync(Pages.Health("a/bai-1.txt") with { Text = Pages.FloodText }, Ct);

        var hits = await temp.Store.SearchAsync(new SearchQuery("ghép tạng"), Ct);
        Assert.Equal([copy.PageId], hits.Select(h => h.PageId));
    }

    [Fact]
    public async Task The_content_hash_is_the_sha256_of_the_text_when_the_reader_gave_none()
    {
        await using var temp = await TempStore.CreateAsync();

        var result = await temp.Store.SaveAsync(Pages.Flood(), Ct);

        var page = await temp.Store.GetAsync(result.PageId, Ct);
        Assert.Equal(64, page!.Record.ContentHash!.Length);
        Assert.Equal(SqlitePageStore.HashText(Pages.FloodText), page.Record.ContentHash);
    }

    [Fact]
    public async Task A_given_content_hash_identifies_the_page()
    {
        await using var temp = await TempStore.CreateAsync();
        await temp.Store.SaveAsync(Pages.Flood() with { ContentHash = "bytes-hash-1" }, Ct);

        var again = await temp.Store.SaveAsync(Pages.Flood() with { ContentHash = "bytes-hash-1", Text = "khác" }, Ct);

        Assert.Equal(SaveOutcome.Unchanged, again.Outcome);
    }

    [Fact]
    public async Task The_full_record_round_trips_with_its_facts()
    {
        await using var temp = await TempStore.CreateAsync();
        var record = Pages.Health();

        var result = await temp.Store.SaveAsync(record, Ct);
        var page = await temp.Store.GetAsync(result.PageId, Ct);

        Assert.NotNull(page);
        Assert.Equal(TempStore.Clock.GetUtcNow(), page.IngestedAt);
        Assert.Equal(PageRecordJson.Serialize(record with { ContentHash = page.Record.ContentHash }), PageRecordJson.Serialize(page.Record));
        Assert.Equal("Trần Văn Minh", page.Record.People.Single().Name);
        Assert.Equal(2_500_000m, page.Record.Figures.Single().Value);
    }

    [Fact]
    public async Task Facts_are_written_to_their_tables()
    {
        await using var temp = await TempStore.CreateAsync();

        var result = await temp.Store.SaveAsync(Pages.Health(), Ct);

        Assert.Equal(1, temp.Scalar($"SELECT count(*) FROM people WHERE page_id = {result.PageId} AND name = 'Trần Văn Minh' AND country = 'VN'"));
        Assert.Equal(1, temp.Scalar($"SELECT count(*) FROM organizations WHERE page_id = {result.PageId} AND country = 'CZ'"));
        Assert.Equal(1, temp.Scalar($"SELECT count(*) FROM figures WHERE page_id = {result.PageId} AND value = '2500000' AND unit = 'USD'"));
    }

    [Fact]
    public async Task Get_returns_null_for_an_unknown_id()
    {
        await using var temp = await TempStore.CreateAsync();

        Assert.Null(await temp.Store.GetAsync(424242, Ct));
    }

    [Fact]
    public async Task Error_records_and_blank_sources_are_rejected_without_writing()
    {
        await using var temp = await TempStore.CreateAsync();

        var error = await temp.Store.SaveAsync(PageRecord.Failed("hong.txt", "Tệp rỗng."), Ct);
        var blank = await temp.Store.SaveAsync(Pages.Flood(" "), Ct);

        Assert.Equal(SaveOutcome.Rejected, error.Outcome);
        Assert.Equal(SaveOutcome.Rejected, blank.Outcome);
        Assert.Equal(0, temp.Scalar("SELECT count(*) FROM pages") + temp.Scalar("SELECT count(*) FROM sources"));
    }

    [Fact]
    public async Task A_failure_in_the_middle_of_a_new_page_leaves_nothing_written()
    {
        await using var temp = await TempStore.CreateAsync();
        var broken = Pages.Health() with { People = [new HopTac.Core.Facts.Person(null!, null, null, "x", 0)] };

        await Assert.ThrowsAsync<SqliteException>(() => temp.Store.SaveAsync(broken, Ct));

        Assert.Equal(0, temp.Scalar("SELECT count(*) FROM sources"));
        Assert.Equal(0, temp.Scalar("SELECT count(*) FROM pages"));
        Assert.Equal(0, temp.Scalar("SELECT count(*) FROM pages_fts"));
        Assert.Equal(0, temp.Scalar("SELECT count(*) FROM organizations"));
    }

    [Fact]
    public async Task A_failure_in_the_middle_of_a_new_version_keeps_the_old_version_current_and_searchable()
    {
        await using var temp = await TempStore.CreateAsync();
        var first = await temp.Store.SaveAsync(Pages.Health(), Ct);
        using (var connection = temp.OpenRaw())
        using (var trigger = connection.CreateCommand())
        {
            // Fails the last write of the save, after the old version was demoted and unindexed.
            trigger.CommandText = "CREATE TRIGGER inject_fault BEFORE INSERT ON figures BEGIN SELECT RAISE(ABORT, 'injected'); END;";
            trigger.ExecuteNonQuery();
        }

        await Assert.ThrowsAsync<SqliteException>(() => temp.Store.SaveAsync(Pages.Health() with { Text = Pages.TradeText }, Ct));

        Assert.Equal(1, temp.Scalar("SELECT count(*) FROM pages"));
        var listed = await temp.Store.ListAsync(Ct).ToListAsync(Ct);
        Assert.Equal([first.PageId], listed.Select(p => p.Id));
        Assert.Equal([first.PageId], (await temp.Store.SearchAsync(new SearchQuery("ghep tang"), Ct)).Select(h => h.PageId));
        Assert.Empty(await temp.Store.SearchAsync(new SearchQuery("dệt may"), Ct));
    }

    [Fact]
    public async Task Pages_persist_across_reopening_the_file()
    {
        await using var temp = await TempStore.CreateAsync();
        var saved = await temp.Store.SaveAsync(Pages.Trade(), Ct);

        var reopened = await temp.ReopenAsync();

        Assert.Equal(Pages.TradeText, (await reopened.GetAsync(saved.PageId, Ct))!.Record.Text);
        Assert.Single(await reopened.SearchAsync(new SearchQuery("xuc tien thuong mai"), Ct));
        Assert.Equal(SaveOutcome.Unchanged, (await reopened.SaveAsync(Pages.Trade(), Ct)).Outcome);
    }

    [Fact]
    public async Task Parallel_saves_from_many_threads_all_land()
    {
        await using var temp = await TempStore.CreateAsync();
        var records = Enumerable.Range(0, 60)
            .Select(i => Pages.Trade($"song-song/{i % 40}.txt") with { Text = $"{Pages.TradeText}\nBản tin số {i % 40}." })
            .ToList();

        var results = new System.Collections.Concurrent.ConcurrentBag<SaveResult>();
        await Parallel.ForEachAsync(records, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = Ct }, async (record, ct) =>
            results.Add(await temp.Store.SaveAsync(record, ct)));

        Assert.Equal(40, results.Count(r => r.Outcome == SaveOutcome.New));
        Assert.Equal(20, results.Count(r => r.Outcome == SaveOutcome.Unchanged));
        var stats = await temp.Store.GetStatsAsync(Ct);
        Assert.Equal(40, stats.Pages);
        Assert.Equal(40, stats.Versions);
    }

    [Fact]
    public async Task Stats_count_pages_versions_sources_characters_and_encodings()
    {
        await using var temp = await TempStore.CreateAsync();
        await temp.Store.SaveAsync(Pages.Health(), Ct);
        await temp.Store.SaveAsync(Pages.Health() with { Text = Pages.FloodText }, Ct);
        await temp.Store.SaveAsync(Pages.Trade(), Ct);
        await temp.Store.SaveAsync(Pages.Flood() with { Encoding = null }, Ct);

        var stats = await temp.Store.GetStatsAsync(Ct);

        Assert.Equal(3, stats.Pages);
        Assert.Equal(4, stats.Versions);
        Assert.Equal(3, stats.Sources);
        Assert.Equal((2 * Pages.FloodText.Length) + Pages.TradeText.Length, stats.Characters);
        Assert.Equal(1, stats.ByEncoding["utf-8"]);
        Assert.Equal(1, stats.ByEncoding["windows-1258"]);
        Assert.Equal(1, stats.ByEncoding["unknown"]);
    }

    [Fact]
    public async Task Using_a_disposed_store_is_a_bug_and_says_so()
    {
        var temp = await TempStore.CreateAsync();
        await temp.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => temp.Store.SaveAsync(Pages.Flood(), Ct));
    }
}
