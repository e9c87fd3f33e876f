using System.IO.Compression;
using System.Text;
using System.Text.Json;
using HopTac.Bench.Html;
using HopTac.Core.Pages;
using HopTac.Ingestion;

namespace HopTac.Bench.Tests.Html;

public sealed class HtmlBenchTests : IDisposable
{
    private const string Page = """
        <html><head><title>Việt Nam và Hàn Quốc ký kết bản ghi nhớ hợp tác y tế</title></head>
        <body><nav><a href="/">Trang chủ</a> <a href="/the-gioi">Thế giới</a></nav>
        <article><h1>Việt Nam và Hàn Quốc ký kết bản ghi nhớ hợp tác y tế</h1>
        <p>Sáng 12/3, tại Hà Nội, Bộ Y tế Việt Nam và Bộ Y tế và Phúc lợi Hàn Quốc đã ký bản ghi nhớ về hợp tác
        trong lĩnh vực đào tạo nhân lực y tế và nghiên cứu dược phẩm giai đoạn 2025-2030.</p>
        <p>Theo bản ghi nhớ, phía Hàn Quốc sẽ tiếp nhận 200 bác sĩ Việt Nam sang thực tập mỗi năm tại các bệnh viện
        đại học, đồng thời hỗ trợ trang thiết bị cho ba bệnh viện tuyến tỉnh ở miền Trung.</p>
        <p>Hai bên cũng thống nhất thành lập nhóm công tác chung để theo dõi việc thực hiện các cam kết.</p>
        </article><footer>Bản quyền thuộc về tòa soạn</footer></body></html>
        """;

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("hoptac-bench-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public async Task Run_writes_one_record_per_page_in_file_name_order()
    {
        WriteGzip("0002.html.gz", Page);
        File.WriteAllText(Path.Combine(folder.FullName, "0001.html"), Page, Encoding.UTF8);
        File.WriteAllText(Path.Combine(folder.FullName, "notes.txt"), "not a page");

        var (result, records) = await RunAsync(new HopTacHtmlExtractor(IngestOptions.Default));

        Assert.Equal(2, result.Pages);
        Assert.Equal(0, result.Errors);
        Assert.Equal(["0001.html", "0002.html.gz"], records.Select(r => r.GetProperty("source").GetString()));
        Assert.All(records, r => Assert.Contains("200 bác sĩ Việt Nam", r.GetProperty("text").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_turns_a_corrupt_page_and_a_throwing_extractor_into_error_lines()
    {
        File.WriteAllBytes(Path.Combine(folder.FullName, "0001.html.gz"), [0x1f, 0x8b, 0x08, 0x00, 0x42]);
        WriteGzip("0002.html.gz", Page);

        var (result, records) = await RunAsync(new ThrowingExtractor());

        Assert.Equal(2, result.Errors);
        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("error").GetString())));
        Assert.Contains("threw", records[1].GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_rejects_a_page_past_the_byte_bound_and_goes_on()
    {
        WriteGzip("0001.html.gz", Page + new string(' ', 4096));
        WriteGzip("0002.html.gz", Page);

        var (result, records) = await RunAsync(new HopTacHtmlExtractor(IngestOptions.Default), maxBytes: 4096);

        Assert.Equal(1, result.Errors);
        Assert.Contains("larger", records[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.False(records[1].TryGetProperty("error", out _));
    }

    [Fact]
    public async Task SmartReader_finds_the_article_paragraphs_of_a_composed_page()
    {
        WriteGzip("0001.html.gz", Page);

        var (_, records) = await RunAsync(new SmartReaderHtmlExtractor());

        var text = records[0].GetProperty("text").GetString();
        Assert.Contains("nhóm công tác chung", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bản quyền", text, StringComparison.Ordinal);
    }

    private async Task<(HtmlBenchResult Result, List<JsonElement> Records)> RunAsync(IHtmlExtractor extractor, long maxBytes = 1 << 20)
    {
        var bench = new HtmlBench(extractor, threads: 2, chunkSize: 1, maxBytes);
        using var output = new StringWriter();
        var result = await bench.RunAsync(PageFolder.List(folder.FullName, 0), output, TestContext.Current.CancellationToken);
        var records = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();
        return (result, records);
    }

    private void WriteGzip(string name, string html)
    {
        using var file = File.Create(Path.Combine(folder.FullName, name));
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(html));
    }

    private sealed class ThrowingExtractor : IHtmlExtractor
    {
        public string Name => "throwing";

        public string Decode(byte[] bytes) => Encoding.UTF8.GetString(bytes);

        public Article Extract(string html, string source) => throw new InvalidOperationException("boom");
    }
}
