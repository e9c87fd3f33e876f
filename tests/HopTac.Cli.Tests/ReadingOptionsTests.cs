using Microsoft.Data.Sqlite;

namespace HopTac.Cli.Tests;

/// <summary>
/// Issue 15: the reading bounds a person chooses on the command line, alike for extract and ingest: the time budget
/// of one page (--page-timeout) and what a folder walk does with symbolic links (--symlinks). Pages are sentences
/// composed for these tests.
/// </summary>
public sealed class ReadingOptionsTests : IDisposable
{
    private const string Page = """
        Việt Nam và Cu-ba tăng cường hợp tác nông nghiệp

        Sáng ngày 4/6/2024, tại Hà Nội, Bộ trưởng Bộ Nông nghiệp Việt Nam đã hội đàm với Bộ trưởng Bộ Nông nghiệp Cu-ba về sản xuất lúa gạo.
        """;

    private readonly string _dir = CliRunner.TempDir();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private static long Pages(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM pages";
        return (long)command.ExecuteScalar()!;
    }

    [Theory]
    [InlineData("ingest", "0")]
    [InlineData("ingest", "3601")]
    [InlineData("extract", "-1")]
    public async Task A_page_time_budget_outside_its_bounds_is_refused_before_anything_is_read(string command, string seconds)
    {
        var page = CliRunner.Write(_dir, "a.txt", Page);
        var db = Path.Combine(_dir, "store.db");

        var (exit, _, stderr) = await CliRunner.RunAsync(command == "ingest" ? [command, page, "--db", db, "--page-timeout", seconds] : [command, page, "--page-timeout", seconds]);

        Assert.Equal(1, exit);
        Assert.Contains("--page-timeout must be more than 0 and at most 3600 seconds", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    // Long enough that the extractor reaches a check of the budget's token: a budget is enforced where stages check
    // it, and a stage that does not is waited for one second's grace (PageBatch), which a short text page fits in.
    private static string LongArticle() =>
        "<html><head><title>Việt Nam và Cu-ba tăng cường hợp tác nông nghiệp</title></head><body><article>"
        + string.Concat(Enumerable.Range(1, 3000).Select(i => $"<p>Sáng ngày 4/6/2024, tại Hà Nội, hai Bộ trưởng đã trao đổi về hợp tác nông nghiệp, phần {i}.</p>"))
        + "</article></body></html>";

    [Fact]
    public async Task Ingest_rejects_a_page_over_the_time_budget_it_was_given_with_the_reason_and_stores_it_under_a_generous_one()
    {
        var page = CliRunner.Write(_dir, "a.html", LongArticle());
        var db = Path.Combine(_dir, "store.db");

        var tight = await CliRunner.RunAsync(["ingest", page, "--db", db, "--page-timeout", "0.000001"]);
        Assert.Equal(2, tight.Exit);
        Assert.Contains("longer than its time budget", tight.Err, StringComparison.Ordinal);
        Assert.Equal(0, Pages(db));

        var generous = await CliRunner.RunAsync(["ingest", page, "--db", db, "--page-timeout", "600"]);
        Assert.True(generous.Exit == 0, generous.Err);
        Assert.Equal(1, Pages(db));
    }

    [Fact]
    public async Task With_symlinks_never_a_linked_file_and_a_linked_folder_are_skipped_and_named_with_the_reason()
    {
        var folder = Path.Combine(_dir, "pages");
        CliRunner.Write(_dir, "pages/a.txt", Page);
        var elsewhere = CliRunner.Write(_dir, "elsewhere/b.txt", Page.Replace("Cu-ba", "Lào", StringComparison.Ordinal));
        File.CreateSymbolicLink(Path.Combine(folder, "b.txt"), elsewhere);
        Directory.CreateSymbolicLink(Path.Combine(folder, "more"), Path.GetDirectoryName(elsewhere)!);
        var db = Path.Combine(_dir, "store.db");

        var (exit, _, stderr) = await CliRunner.RunAsync(["ingest", folder, "--db", db, "--symlinks", "never"]);

        Assert.True(exit == 0, stderr);
        Assert.Equal(1, Pages(db));
        Assert.Contains($"skipped {Path.Combine(folder, "b.txt")}: links are not followed", stderr, StringComparison.Ordinal);
        Assert.Contains($"skipped {Path.Combine(folder, "more")}: links are not followed", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Followed_links_read_each_page_once_and_a_loop_ends()
    {
        var folder = Path.Combine(_dir, "pages");
        var page = CliRunner.Write(_dir, "pages/a.txt", Page);
        File.CreateSymbolicLink(Path.Combine(folder, "again.txt"), page);
        Directory.CreateSymbolicLink(Path.Combine(folder, "self"), ".");
        Directory.CreateSymbolicLink(Path.Combine(folder, "parent"), "..");
        var db = Path.Combine(_dir, "store.db");

        var (exit, _, stderr) = await CliRunner.RunAsync(["ingest", folder, "--db", db, "--symlinks", "follow"]);

        Assert.True(exit == 0, stderr);
        Assert.Equal(1, Pages(db));
    }

    [Fact]
    public async Task An_unknown_symlink_policy_is_refused_with_the_choices()
    {
        var (exit, _, stderr) = await CliRunner.RunAsync(["extract", CliRunner.Write(_dir, "a.txt", Page), "--symlinks", "sometimes"]);

        Assert.Equal(1, exit);
        Assert.Contains("follow", stderr, StringComparison.Ordinal);
        Assert.Contains("never", stderr, StringComparison.Ordinal);
    }
}
