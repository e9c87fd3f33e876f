using System.Text;
using System.Text.Json;
using HopTac.Cli.Commands;
using Microsoft.Data.Sqlite;

namespace HopTac.Cli.Tests;

/// <summary>
/// Issue 16, item 7: every way the CLI failed without a word, each now an error with a reason or a report. The
/// pages are sentences composed for these tests.
/// </summary>
public sealed class SilentFailureTests : IDisposable
{
    private const string Page = """
        Việt Nam và Lào ký bản ghi nhớ hợp tác y tế

        Thứ Hai, ngày 11/03/2024 09:00

        Sáng ngày 11/3/2024, tại Viêng Chăn, Bộ trưởng Bộ Y tế Việt Nam Đào Hồng Lan và Bộ trưởng Bộ Y tế Lào Bounfeng Phoummalaysith đã hội đàm về hợp tác y tế giữa hai nước.

        Sau hội đàm, hai Bộ trưởng đã ký Bản ghi nhớ hợp tác trong lĩnh vực y tế giai đoạn 2024-2028.
        """;

    private readonly string _dir = CliRunner.TempDir();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private async Task<string> StoreAsync()
    {
        var db = Path.Combine(_dir, "store.db");
        var ingest = await CliRunner.RunAsync(["ingest", CliRunner.Write(_dir, "pages/lao.txt", Page), "--db", db]);
        Assert.True(ingest.Exit == 0, ingest.Err);
        return db;
    }

    [Theory]
    [InlineData("stats")]
    [InlineData("search", "hop tac")]
    [InlineData("show", "1")]
    [InlineData("export", "--format", "jsonl")]
    [InlineData("partner", "LA")]
    [InlineData("timeline", "LA")]
    [InlineData("person", "Lan")]
    [InlineData("history", "E1")]
    [InlineData("review")]
    [InlineData("curate", "accept", "E1")]
    public async Task A_read_command_refuses_a_store_that_does_not_exist_and_creates_none(params string[] args)
    {
        var mistyped = Path.Combine(_dir, "hoptca.db");

        var (exit, stdout, stderr) = await CliRunner.RunAsync([.. args, "--db", mistyped]);

        Assert.Equal(3, exit);
        Assert.Contains("no store at " + mistyped, stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, stdout);
        Assert.False(File.Exists(mistyped));
    }

    [Theory]
    [InlineData("--from", "yesterday")]
    [InlineData("--from", "2024-13")]
    [InlineData("--to", "2024-02-30")]
    [InlineData("--limit", "0")]
    public async Task Search_refuses_options_the_api_refuses(string option, string value)
    {
        var db = await StoreAsync();

        var (exit, _, stderr) = await CliRunner.RunAsync(["search", "hop tac", option, value, "--db", db]);

        Assert.Equal(1, exit);
        Assert.Contains(option, stderr, StringComparison.Ordinal);
        Assert.Contains(value, stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "Y tế", "timeline", "LA", "--area", "Y tế")]
    [InlineData(1, "banana", "timeline", "LA", "--type", "banana")]
    [InlineData(1, "HEALTH", "dossier", "LA", "--format", "md", "--area", "HEALTH")]
    [InlineData(1, "y te", "export", "--facts", "--area", "y te")]
    [InlineData(1, "add --facts", "export", "--partner", "LA")]
    [InlineData(1, "add --facts", "export", "--all")]
    [InlineData(2, "Atlantis Nova", "export", "--facts", "--partner", "Atlantis Nova")]
    public async Task Filters_that_would_match_nothing_or_be_ignored_are_refused(int expected, string said, params string[] args)
    {
        var db = await StoreAsync();

        var (exit, stdout, stderr) = await CliRunner.RunAsync([.. args, "--db", db]);

        Assert.Equal(expected, exit);
        // A usage error prints the command's help; nothing else reaches standard output.
        Assert.DoesNotContain("\"kind\"", stdout, StringComparison.Ordinal);
        Assert.Contains(said, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_takes_a_partner_by_name_as_timeline_does()
    {
        var db = await StoreAsync();

        var byName = await CliRunner.RunAsync(["export", "--facts", "--partner", "Lào", "--db", db]);
        var byCode = await CliRunner.RunAsync(["export", "--facts", "--partner", "LA", "--db", db]);

        Assert.Equal(0, byName.Exit);
        Assert.Contains("\"LA\"", byName.Out, StringComparison.Ordinal);
        Assert.Equal(byCode.Out, byName.Out);
    }

    [Fact]
    public async Task Files_in_a_folder_that_are_not_pages_are_reported_with_the_reason()
    {
        CliRunner.Write(_dir, "pages/lao.txt", Page);
        CliRunner.Write(_dir, "pages/bao-cao.pdf", "%PDF-1.4");
        CliRunner.Write(_dir, "pages/ghi-chu.md", "# ghi chú");
        var db = Path.Combine(_dir, "store.db");

        var (exit, stdout, stderr) = await CliRunner.RunAsync(["ingest", Path.Combine(_dir, "pages"), "--db", db]);

        Assert.Equal(0, exit);
        Assert.Contains("skipped " + Path.Combine(_dir, "pages", "bao-cao.pdf") + ": not a page by its name (.pdf)", stderr, StringComparison.Ordinal);
        Assert.Contains("skipped " + Path.Combine(_dir, "pages", "ghi-chu.md") + ": not a page by its name (.md)", stderr, StringComparison.Ordinal);
        Assert.Matches(@"│\s*1\s*│\s*1\s*│\s*0\s*│\s*0\s*│\s*0\s*│\s*2\s*│", stdout);
    }

    [Fact]
    public async Task Extract_reports_the_files_of_a_folder_it_does_not_read()
    {
        CliRunner.Write(_dir, "pages/lao.txt", Page);
        CliRunner.Write(_dir, "pages/bao-cao.pdf", "%PDF-1.4");

        var (exit, stdout, stderr) = await CliRunner.RunAsync(["extract", Path.Combine(_dir, "pages")]);

        Assert.Equal(0, exit);
        Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("skipped " + Path.Combine(_dir, "pages", "bao-cao.pdf") + ": not a page by its name (.pdf)", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_page_from_standard_input_is_its_own_page_and_source_names_it()
    {
        var db = Path.Combine(_dir, "store.db");
        var other = Page.Replace("Lào", "Campuchia", StringComparison.Ordinal);

        var first = await CliRunner.RunAsync(["ingest", "-", "--db", db], Encoding.UTF8.GetBytes(Page));
        var second = await CliRunner.RunAsync(["ingest", "-", "--db", db], Encoding.UTF8.GetBytes(other));
        var named = await CliRunner.RunAsync(["ingest", "-", "--source", "https://example.vn/tin-1", "--db", db], Encoding.UTF8.GetBytes(Page));
        var renamed = await CliRunner.RunAsync(["ingest", "-", "--source", "https://example.vn/tin-1", "--db", db], Encoding.UTF8.GetBytes(other));
        var stray = await CliRunner.RunAsync(["ingest", CliRunner.Write(_dir, "a.txt", Page), "--source", "x", "--db", db]);
        var export = await CliRunner.RunAsync(["export", "--format", "jsonl", "--db", db]);

        Assert.Equal(0, first.Exit);
        Assert.Contains("standard input stored as stdin-", first.Err, StringComparison.Ordinal);
        Assert.Matches(@"│\s*1\s*│\s*1\s*│\s*0\s*│", second.Out);
        Assert.Matches(@"│\s*1\s*│\s*1\s*│\s*0\s*│", named.Out);
        Assert.Matches(@"│\s*1\s*│\s*0\s*│\s*1\s*│", renamed.Out);
        Assert.Equal(1, stray.Exit);
        var sources = export.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetString())
            .ToList();
        Assert.Equal(3, sources.Count);
        Assert.DoesNotContain("-", sources);
        Assert.Contains("https://example.vn/tin-1", sources);
    }

    [Theory]
    [InlineData("show", "abc", "'abc' is not a page id")]
    [InlineData("history", "abc", "'abc' is not a fact id")]
    [InlineData("curate", "accept", "12", "'12' is not a fact id")]
    [InlineData("curate", "split", "E1", "--page", "abc", "'abc' is not a page id")]
    public async Task A_bad_id_gets_a_sentence_saying_what_an_id_looks_like(params string[] args)
    {
        var db = await StoreAsync();

        var (exit, _, stderr) = await CliRunner.RunAsync([.. args[..^1], "--db", db]);

        Assert.Equal(1, exit);
        Assert.Contains(args[^1], stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("System.Int64", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_says_where_the_store_is_and_how_fast_it_went()
    {
        var db = Path.Combine(_dir, "store.db");

        var (_, _, stderr) = await CliRunner.RunAsync(["ingest", CliRunner.Write(_dir, "a.txt", Page), "--db", db]);

        Assert.Contains("stored in " + Path.GetFullPath(db), stderr, StringComparison.Ordinal);
        Assert.Matches(@"1 pages in [0-9.]+ s \([0-9.]+ pages/s\)", stderr);
    }

    [Fact]
    public void Progress_gives_pages_done_pages_per_second_and_the_time_left()
    {
        Assert.Equal("1,200/5,000 pages, 40.0 pages/s, about 1 min 35 s left", IngestProgress.Describe(1200, 5000, TimeSpan.FromSeconds(30)));
        Assert.Equal("300 pages, 10.0 pages/s", IngestProgress.Describe(300, null, TimeSpan.FromSeconds(30)));
        Assert.Equal("2 h 46 min", IngestProgress.Duration(TimeSpan.FromSeconds(10_000)));
    }

    [Fact]
    public async Task Stats_counts_the_dashboard_facts_under_the_dashboard_labels_and_mentions_under_their_own()
    {
        var db = await StoreAsync();

        var table = await CliRunner.RunAsync(["stats", "--db", db]);
        var json = await CliRunner.RunAsync(["stats", "--db", db, "-f", "json"]);

        Assert.Equal(0, table.Exit);
        Assert.Contains("as on the dashboard", table.Out, StringComparison.Ordinal);
        Assert.Contains("events (consolidated, with a partner)", table.Out, StringComparison.Ordinal);
        Assert.Contains("figure mentions", table.Out, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"│ figures\s+│", table.Out);
        using var doc = JsonDocument.Parse(json.Out);
        var kb = doc.RootElement.GetProperty("knowledge_base");
        Assert.True(kb.GetProperty("events").GetInt32() >= 1);
        Assert.True(kb.GetProperty("agreements").GetInt32() >= 1);
    }
}
