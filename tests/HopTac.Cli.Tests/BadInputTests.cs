using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace HopTac.Cli.Tests;

public sealed class BadInputTests : IDisposable
{
    private const string Good = """
        Việt Nam và Chile ký kết thỏa thuận hợp tác giáo dục

        Sáng 12/5, Bộ Giáo dục và Đào tạo Việt Nam và Bộ Giáo dục Chile đã ký kết thỏa thuận hợp tác về trao đổi sinh viên.
        """;

    private readonly string _dir = CliRunner.TempDir();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_batch_of_bad_pages_rejects_each_with_a_reason_and_stores_the_good_one()
    {
        var pages = Path.Combine(_dir, "pages");
        Directory.CreateDirectory(pages);
        File.WriteAllText(Path.Combine(pages, "0-good.txt"), Good);
        File.WriteAllBytes(Path.Combine(pages, "1-empty.txt"), []);
        var binary = new byte[4096];
        new Random(7).NextBytes(binary);
        binary[10] = 0;
        binary[20] = 0;
        File.WriteAllBytes(Path.Combine(pages, "2-binary.txt"), binary);
        using (var huge = File.Create(Path.Combine(pages, "3-huge.txt")))
        {
            huge.SetLength((20L * 1024 * 1024) + 1);
        }

        File.WriteAllBytes(Path.Combine(pages, "4-truncated.html.gz"), Gzip(Encoding.UTF8.GetBytes("<html><body><p>" + Good + "</p></body></html>"))[..40]);
        var nested = new StringBuilder("<html><body>");
        for (var i = 0; i < 100_000; i++)
        {
            nested.Append("<div>");
        }

        nested.Append("<p>Hai bên ký kết bản ghi nhớ hợp tác y tế tại Hà Nội.</p></body></html>");
        File.WriteAllText(Path.Combine(pages, "5-nested.html"), nested.ToString());
        File.WriteAllBytes(Path.Combine(pages, "6-invalid-utf8.txt"), [.. Encoding.UTF8.GetBytes(Good), 0xC3, 0x28, 0xFF, .. Encoding.UTF8.GetBytes(" Hết.")]);
        var db = Path.Combine(_dir, "store.db");

        var (exit, stdout, stderr) = await CliRunner.RunAsync(["ingest", pages, "--db", db]);
        var export = await CliRunner.RunAsync(["export", "--db", db]);

        Assert.Equal(2, exit);
        foreach (var name in new[] { "1-empty.txt", "2-binary.txt", "3-huge.txt", "4-truncated.html.gz", "5-nested.html" })
        {
            var line = stderr.Split('\n').Single(l => l.Contains(name, StringComparison.Ordinal));
            Assert.True(line.Length > name.Length + 12, $"no reason given for {name}: {line}");
        }

        var stored = export.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()!)
            .ToList();
        Assert.Contains(stored, s => s.EndsWith("0-good.txt", StringComparison.Ordinal));
        Assert.Contains(stored, s => s.EndsWith("6-invalid-utf8.txt", StringComparison.Ordinal));
        Assert.DoesNotContain(stored, s => s.EndsWith("1-empty.txt", StringComparison.Ordinal) || s.EndsWith("2-binary.txt", StringComparison.Ordinal));
        Assert.Contains("rejected", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gzipped_html_page_is_read_transparently()
    {
        var html = "<html><head><title>Hợp tác giáo dục Việt Nam - Chile</title></head><body><article><h1>Hợp tác giáo dục Việt Nam - Chile</h1><p>"
            + Good.Split('\n').Last() + "</p><p>Hai bên thống nhất trao đổi 40 sinh viên mỗi năm, bắt đầu từ năm học 2026-2027.</p></article></body></html>";
        var path = Path.Combine(_dir, "chile.html.gz");
        File.WriteAllBytes(path, Gzip(Encoding.UTF8.GetBytes(html)));

        var (exit, stdout, _) = await CliRunner.RunAsync(["extract", path]);

        Assert.Equal(0, exit);
        using var record = JsonDocument.Parse(stdout);
        Assert.Contains("Bộ Giáo dục Chile", record.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    private static byte[] Gzip(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(data);
        }

        return buffer.ToArray();
    }
}
