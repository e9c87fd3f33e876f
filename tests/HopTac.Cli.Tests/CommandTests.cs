using System.Text.Json;

namespace HopTac.Cli.Tests;

public sealed class CommandTests : IDisposable
{
    private const string Page = """
        Việt Nam và Mông Cổ tăng cường hợp tác y tế

        Thứ Năm, ngày 06/11/2025 10:30

        Sáng ngày 05/11/2025, tại Hà Nội, Thứ trưởng Bộ Y tế Lê Văn Bình đã tiếp Đại sứ Mông Cổ tại Việt Nam Batbayar Dorj để trao đổi về hợp tác y tế giữa hai nước.

        Hai bên thống nhất thúc đẩy hợp tác đào tạo nhân lực y tế, trong đó Mông Cổ dành 20 suất học bổng mỗi năm cho sinh viên Việt Nam.

        Tin liên quan

        - Bộ Y tế họp về phòng chống dịch mùa đông
        - Khai mạc hội nghị y tế cơ sở
        """;

    private readonly string _dir = CliRunner.TempDir();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Extract_writes_one_record_per_page_and_an_error_line_for_a_missing_one()
    {
        var page = CliRunner.Write(_dir, "mong-co.txt", Page);
        var missing = Path.Combine(_dir, "khong-co.txt");

        var (exit, stdout, stderr) = await CliRunner.RunAsync(["extract", page, missing, "--format", "jsonl"]);

        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("Việt Nam và Mông Cổ tăng cường hợp tác y tế", first.RootElement.GetProperty("title").GetString());
        Assert.DoesNotContain("Tin liên quan", first.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal(missing, second.RootElement.GetProperty("source").GetString());
        Assert.False(string.IsNullOrWhiteSpace(second.RootElement.GetProperty("error").GetString()));
        Assert.Contains("khong-co.txt", stderr, StringComparison.Ordinal);
        Assert.Equal(2, exit);
    }

    [Fact]
    public async Task Extract_reads_standard_input()
    {
        var (exit, stdout, _) = await CliRunner.RunAsync(["extract", "-"], System.Text.Encoding.UTF8.GetBytes(Page));
        Assert.Equal(0, exit);
        Assert.Contains("Batbayar Dorj", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_twice_stores_once_and_reports_unchanged()
    {
        CliRunner.Write(_dir, "pages/a.txt", Page);
        CliRunner.Write(_dir, "pages/b.txt", Page.Replace("20 suất", "25 suất", StringComparison.Ordinal));
        var db = Path.Combine(_dir, "store.db");

        var first = await CliRunner.RunAsync(["ingest", Path.Combine(_dir, "pages"), "--db", db]);
        var second = await CliRunner.RunAsync(["ingest", Path.Combine(_dir, "pages"), "--db", db]);
        var stats = await CliRunner.RunAsync(["stats", "--db", db, "--format", "json"]);

        Assert.Equal(0, first.Exit);
        Assert.Equal(0, second.Exit);
        Assert.Matches(@"│\s*2\s*│\s*2\s*│\s*0\s*│\s*0\s*│\s*0\s*│", first.Out);
        Assert.Matches(@"│\s*2\s*│\s*0\s*│\s*0\s*│\s*2\s*│\s*0\s*│", second.Out);
        using var json = JsonDocument.Parse(stats.Out);
        Assert.Equal(2, json.RootElement.GetProperty("pages").GetInt64());
        Assert.Equal(2, json.RootElement.GetProperty("versions").GetInt64());
    }

    [Fact]
    public async Task A_changed_page_at_the_same_path_is_a_new_version()
    {
        var path = CliRunner.Write(_dir, "a.txt", Page);
        var db = Path.Combine(_dir, "store.db");
        await CliRunner.RunAsync(["ingest", path, "--db", db]);
        File.WriteAllText(path, Page.Replace("20 suất", "30 suất", StringComparison.Ordinal));

        var (exit, stdout, _) = await CliRunner.RunAsync(["ingest", path, "--db", db]);
        var stats = await CliRunner.RunAsync(["stats", "--db", db, "--format", "json"]);

        Assert.Equal(0, exit);
        Assert.Matches(@"│\s*1\s*│\s*0\s*│\s*1\s*│\s*0\s*│\s*0\s*│", stdout);
        using var json = JsonDocument.Parse(stats.Out);
        Assert.Equal(1, json.RootElement.GetProperty("pages").GetInt64());
        Assert.Equal(2, json.RootElement.GetProperty("versions").GetInt64());
    }

    [Theory]
    [InlineData("hop tac y te")]
    [InlineData("hợp tác y tế")]
    [InlineData("MONG CO")]
    public async Task Search_finds_a_page_with_or_without_diacritics(string query)
    {
        var db = Path.Combine(_dir, "store.db");
        await CliRunner.RunAsync(["ingest", CliRunner.Write(_dir, "a.txt", Page), "--db", db]);

        var (exit, stdout, _) = await CliRunner.RunAsync(["search", query, "--db", db, "--format", "json"]);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var results = json.RootElement.GetProperty("results");
        Assert.Equal(1, results.GetArrayLength());
        Assert.Contains('[', results[0].GetProperty("snippet").GetString()!);
    }

    [Fact]
    public async Task Show_prints_the_article_and_export_writes_csv_and_jsonl()
    {
        var db = Path.Combine(_dir, "store.db");
        await CliRunner.RunAsync(["ingest", CliRunner.Write(_dir, "a.txt", Page), "--db", db]);

        var show = await CliRunner.RunAsync(["show", "1", "--db", db]);
        var csv = await CliRunner.RunAsync(["export", "--format", "csv", "--db", db]);
        var jsonl = await CliRunner.RunAsync(["export", "--format", "jsonl", "--db", db]);
        var missing = await CliRunner.RunAsync(["show", "99", "--db", db]);

        Assert.Equal(0, show.Exit);
        Assert.Contains("Mông Cổ", show.Out, StringComparison.Ordinal);
        Assert.StartsWith("id,source,title", csv.Out, StringComparison.Ordinal);
        Assert.Single(jsonl.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2, missing.Exit);
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("extract", "x.txt", "--format", "xml")]
    [InlineData("extract", "x.txt", "--published", "hôm qua")]
    [InlineData("no-such-command")]
    public async Task Usage_errors_exit_with_1(params string[] args)
    {
        var (exit, _, _) = await CliRunner.RunAsync(args);
        Assert.Equal(1, exit);
    }

    [Fact]
    public async Task Every_command_has_help()
    {
        foreach (var command in new[] { "ingest", "extract", "search", "show", "export", "stats" })
        {
            var (exit, stdout, _) = await CliRunner.RunAsync([command, "--help"]);
            Assert.Equal(0, exit);
            Assert.Contains("Usage:", stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_store_that_cannot_be_opened_exits_with_3()
    {
        var notADatabase = CliRunner.Write(_dir, "broken.db", new string('x', 4096));
        var (exit, _, stderr) = await CliRunner.RunAsync(["stats", "--db", notADatabase]);
        Assert.Equal(3, exit);
        Assert.Contains("broken.db", stderr, StringComparison.Ordinal);
    }
}
