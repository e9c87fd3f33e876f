using System.Text.Json;
using HopTac.Core.Facts;
using HopTac.Core.Pages;
using HopTac.Export;

namespace HopTac.Export.Tests;

public sealed class PageExporterTests
{
    private static readonly PageRecord Page = new()
    {
        Source = "a.txt",
        Title = "Việt Nam - Lào ký bản ghi nhớ",
        Published = "2024-08-09",
        Text = "Hai bên đã ký kết.\nẢnh: tư liệu.",
        Figures = [new Figure(1000, "suất", "năm", "1.000 suất", "Lào cấp 1.000 suất mỗi năm.", 0)],
    };

    private static async IAsyncEnumerable<(long, PageRecord)> Pages()
    {
        await Task.Yield();
        yield return (7, Page);
    }

    [Fact]
    public async Task Jsonl_writes_one_facts_record_per_line_with_null_fields_kept()
    {
        using var writer = new StringWriter();
        var count = await PageExporter.WriteAsync(Pages(), ExportFormat.Jsonl, writer, TestContext.Current.CancellationToken);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1, count);
        Assert.Single(lines);
        using var doc = JsonDocument.Parse(lines[0]);
        Assert.Equal("Việt Nam - Lào ký bản ghi nhớ", doc.RootElement.GetProperty("title").GetString());
        Assert.Equal(1000m, doc.RootElement.GetProperty("figures")[0].GetProperty("value").GetDecimal());
        Assert.Equal(JsonValueKind.Array, doc.RootElement.GetProperty("authors").ValueKind);
        Assert.False(doc.RootElement.TryGetProperty("error", out _));
    }

    [Fact]
    public async Task Csv_has_a_header_and_quotes_multiline_text()
    {
        using var writer = new StringWriter();
        await PageExporter.WriteAsync(Pages(), ExportFormat.Csv, writer, TestContext.Current.CancellationToken);
        var csv = writer.ToString();
        Assert.StartsWith("id,source,title,published", csv, StringComparison.Ordinal);
        Assert.Contains("\"Hai bên đã ký kết.\nẢnh: tư liệu.\"", csv, StringComparison.Ordinal);
        Assert.Contains("1.000 suất", csv, StringComparison.Ordinal);
    }
}
