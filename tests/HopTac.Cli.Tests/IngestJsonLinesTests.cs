using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace HopTac.Cli.Tests;

/// <summary><c>hoptac ingest pages.jsonl</c>: pages exported by other tools, one JSON object a line.</summary>
public sealed class IngestJsonLinesTests : IDisposable
{
    private readonly string _dir = CliRunner.TempDir();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Line(object page) => JsonSerializer.Serialize(page);

    private static string Lines() => string.Join('\n',
        Line(new { id = "tin-1", title = "Việt Nam và Lào tăng cường hợp tác giáo dục", text = "Sáng 10/4, Bộ trưởng Giáo dục tiếp Đại sứ Lào tại Hà Nội.", published = "2024-04-10" }),
        "{ not json",
        Line(new { url = "https://tin.example/2", html = "<html><head><title>Hội đàm Việt Nam - Nhật Bản</title></head><body><article><h1>Hội đàm Việt Nam - Nhật Bản</h1><p>Chiều 9/4, tại Tokyo, hai Thủ tướng đã hội đàm về hợp tác đầu tư và lao động giữa hai nước.</p><p>Hai bên nhất trí mở rộng hợp tác trong lĩnh vực bán dẫn.</p></article></body></html>" }),
        Line(new { id = "tin-3" }),
        Line(new { title = "Không có nguồn", text = "Một trang không có id." }),
        Line(new { id = "tin-4", text = "Hội nghị hợp tác kinh tế.", published = "hôm qua" }),
        "",
        Line(new { id = 5, text = "Đoàn đại biểu Quốc hội Cuba thăm Việt Nam.", extra = new[] { 1, 2 } }));

    [Fact]
    public async Task Each_good_line_is_a_page_and_each_bad_line_is_rejected_with_its_reason()
    {
        var file = CliRunner.Write(_dir, "trang.jsonl", Lines());
        var db = Path.Combine(_dir, "store.db");

        var (exit, stdout, stderr) = await CliRunner.RunAsync(["ingest", file, "--db", db]);

        Assert.Equal(2, exit);
        Assert.Matches(@"│\s*7\s*│\s*3\s*│\s*0\s*│\s*0\s*│\s*4\s*│", stdout);
        Assert.Contains("line 2: not JSON", stderr, StringComparison.Ordinal);
        Assert.Contains("line 4: no \"text\" or \"html\"", stderr, StringComparison.Ordinal);
        Assert.Contains("line 5: no \"url\" or \"id\"", stderr, StringComparison.Ordinal);
        Assert.Contains("line 6: \"published\" is not an ISO date", stderr, StringComparison.Ordinal);

        var (_, search, _) = await CliRunner.RunAsync(["search", "hop tac giao duc", "--db", db, "--format", "json"]);
        Assert.Contains("tin-1", search, StringComparison.Ordinal);
        Assert.Contains("2024-04-10", search, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gzipped_file_and_standard_input_with_jsonl_give_the_same_pages_and_a_second_run_finds_them_unchanged()
    {
        var gz = Path.Combine(_dir, "trang.jsonl.gz");
        await using (var file = File.Create(gz))
        await using (var zip = new GZipStream(file, CompressionLevel.Fastest))
        {
            await zip.WriteAsync(Encoding.UTF8.GetBytes(Lines()), TestContext.Current.CancellationToken);
        }

        var db = Path.Combine(_dir, "store.db");
        var first = await CliRunner.RunAsync(["ingest", gz, "--db", db]);
        var second = await CliRunner.RunAsync(["ingest", "--jsonl", "-", "--db", db], Encoding.UTF8.GetBytes(Lines()));

        Assert.Matches(@"│\s*7\s*│\s*3\s*│\s*0\s*│\s*0\s*│\s*4\s*│", first.Out);
        Assert.Matches(@"│\s*7\s*│\s*0\s*│\s*0\s*│\s*3\s*│\s*4\s*│", second.Out);
    }
}
