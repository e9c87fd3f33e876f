namespace HopTac.Cli.Tests.Workers;

/// <summary>
/// <c>hoptac ingest --workers N</c> on PostgreSQL: the pages go through the job table and N workers store them. Every
/// page is stored once, every job is closed, and the knowledge base is the one a single worker, and SQLite's
/// one-writer ingest, build from the same pages.
/// </summary>
public sealed class QueuedIngestTests : IDisposable
{
    // Under a loaded machine a page can need far more than the default 5 s; these pages are short and well formed.
    private const string Budget = "120";

    private readonly string _dir = CliRunner.TempDir();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Four_workers_store_every_page_once_and_build_the_knowledge_base_of_one_worker_and_of_sqlite()
    {
        var pages = ComposedNews.Write(Path.Combine(_dir, "tin"), stories: 6, reports: 5);
        await using var one = await WorkerDatabase.CreateAsync();
        await using var four = await WorkerDatabase.CreateAsync();

        var single = await CliRunner.RunAsync(["ingest", pages, "--db", one.Url, "--workers", "1", "--page-timeout", Budget]);
        var several = await CliRunner.RunAsync(["ingest", pages, "--db", four.Url, "--workers", "4", "--page-timeout", Budget, "-v"]);
        var sqlite = Path.Combine(_dir, "kb.db");
        var onSqlite = await CliRunner.RunAsync(["ingest", pages, "--db", sqlite, "--page-timeout", Budget]);

        Assert.True(single.Exit == 0, single.Err);
        Assert.True(several.Exit == 0, several.Err);
        Assert.True(onSqlite.Exit == 0, onSqlite.Err);
        // Four workers really shared the run: more than one of them claimed jobs.
        Assert.True(await four.ScalarAsync("SELECT count(DISTINCT worker) FROM ingest_jobs") > 1, several.Err);
        foreach (var db in new[] { one, four })
        {
            Assert.Equal(30, await db.ScalarAsync("SELECT count(*) FROM pages"));
            Assert.Equal(30, await db.ScalarAsync("SELECT count(DISTINCT source_id) FROM pages WHERE version = 1 AND is_current"));
            Assert.Equal(30, await db.ScalarAsync("SELECT count(*) FROM ingest_jobs WHERE state = 'done' AND outcome = 'new' AND content IS NULL"));
            Assert.Equal(30, await db.ScalarAsync("SELECT count(*) FROM ingest_jobs"));
        }

        var expected = await one.KnowledgeAsync();
        // Events of every story, and facts that several pages report (consolidated across pages, so across workers).
        Assert.True(expected.Count(l => l.StartsWith("e|", StringComparison.Ordinal)) >= 6, string.Join('\n', expected));
        Assert.Contains(expected, l => l.StartsWith("e|", StringComparison.Ordinal) && l.Split(".txt ").Length > 2);
        Assert.Equal(expected, await four.KnowledgeAsync());
        Assert.Equal(expected, Knowledge.KnowledgeFixture.Dump(sqlite));
    }

    [Fact]
    public async Task Ingesting_the_same_folder_again_with_workers_finds_every_page_unchanged()
    {
        var pages = ComposedNews.Write(Path.Combine(_dir, "tin"), stories: 2, reports: 3);
        await using var db = await WorkerDatabase.CreateAsync();

        var first = await CliRunner.RunAsync(["ingest", pages, "--db", db.Url, "--workers", "2", "--page-timeout", Budget]);
        var again = await CliRunner.RunAsync(["ingest", pages, "--db", db.Url, "--workers", "2", "--page-timeout", Budget]);

        Assert.True(first.Exit == 0, first.Err);
        Assert.True(again.Exit == 0, again.Err);
        Assert.Equal(6, await db.ScalarAsync("SELECT count(*) FROM pages"));
        Assert.Equal(6, await db.ScalarAsync("SELECT count(*) FROM ingest_jobs WHERE outcome = 'unchanged'"));
        Assert.Matches(@"│\s*6\s*│\s*0\s*│\s*0\s*│\s*6\s*│\s*0\s*│", again.Out);
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_is_reported_as_rejected_by_the_queued_run()
    {
        var pages = ComposedNews.Write(Path.Combine(_dir, "tin"), stories: 1, reports: 2);
        await using var db = await WorkerDatabase.CreateAsync();

        var run = await CliRunner.RunAsync(["ingest", pages, Path.Combine(_dir, "khong-co.txt"), "--db", db.Url, "--workers", "2", "--page-timeout", Budget]);

        Assert.Equal(ExitCodes.InputRejected, run.Exit);
        Assert.Contains("khong-co.txt", run.Out, StringComparison.Ordinal);
        Assert.Equal(2, await db.ScalarAsync("SELECT count(*) FROM pages"));
        Assert.Equal(1, await db.ScalarAsync("SELECT count(*) FROM ingest_jobs WHERE state = 'rejected'"));
    }

    [Fact]
    public async Task Worker_and_enqueue_refuse_a_sqlite_store_with_a_usage_error()
    {
        var db = Path.Combine(_dir, "kb.db");

        var worker = await CliRunner.RunAsync(["worker", "--db", db]);
        var enqueue = await CliRunner.RunAsync(["enqueue", _dir, "--db", db]);

        Assert.Equal(ExitCodes.Usage, worker.Exit);
        Assert.Equal(ExitCodes.Usage, enqueue.Exit);
        Assert.Contains("PostgreSQL", worker.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }
}
