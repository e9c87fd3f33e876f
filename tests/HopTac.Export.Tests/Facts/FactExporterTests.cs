using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using HopTac.Export.Facts;
using HopTac.Storage.Facts;
using HopTac.Storage.Knowledge;
using HopTac.Storage.Sqlite;
using HopTac.Tests.Fixtures;
using MiniExcelLibs;

namespace HopTac.Export.Tests.Facts;

public sealed class FactExporterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Csv_reflects_every_curation_and_leaves_rejected_facts_out()
    {
        var (store, _) = await RussiaPages.StoreAsync();
        await using var _s = store;
        var ids = await CurateAsync(store);

        var csv = await CsvAsync(store, new FactQuery());
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = CsvRow(rows[0]);
        var byId = rows.Skip(1).Select(CsvRow).ToDictionary(r => r[0], StringComparer.Ordinal);

        Assert.DoesNotContain(ids.Figure, byId.Keys);
        Assert.Equal("accepted", byId[ids.Talks][header.IndexOf("status")]);
        Assert.Equal("Lan", byId[ids.Talks][header.IndexOf("last_curator")]);
        Assert.Equal("edited", byId[ids.Memorandum][header.IndexOf("status")]);
        Assert.Equal("2022-03-14", byId[ids.Memorandum][header.IndexOf("date")]);
        Assert.Equal("Minh", byId[ids.Memorandum][header.IndexOf("last_curator")]);
        Assert.Equal("machine", byId[ids.Yearless][header.IndexOf("status")]);
        Assert.Equal("false", byId[ids.Yearless][header.IndexOf("year_known")]);
        Assert.Contains(RussiaPages.SigningSentence, byId[ids.Memorandum][header.IndexOf("evidence")], StringComparison.Ordinal);
        Assert.Contains("https://tin.example.vn/nga-hoi-dam.html", byId[ids.Talks][header.IndexOf("sources")], StringComparison.Ordinal);
        Assert.Contains("Sergey Lavrov", byId[ids.Talks][header.IndexOf("participants")], StringComparison.Ordinal);
    }

    [Fact]
    public async Task All_keeps_rejected_facts_with_their_status()
    {
        var (store, _) = await RussiaPages.StoreAsync();
        await using var _s = store;
        var ids = await CurateAsync(store);

        var facts = await store.Facts.ReadAsync(new FactQuery { IncludeRejected = true }, Ct).ToListAsync(Ct);

        var figure = Assert.Single(facts, f => f.Id == ids.Figure);
        Assert.Equal("rejected", figure.Status);
        Assert.Equal("Lan", figure.LastCurator);
    }

    [Fact]
    public async Task Json_lines_carry_the_edited_date_and_the_sources_with_their_evidence()
    {
        var (store, _) = await RussiaPages.StoreAsync();
        await using var _s = store;
        var ids = await CurateAsync(store);
        using var writer = new StringWriter();

        var count = await FactExporter.WriteTextAsync(store.Facts.ReadAsync(new FactQuery(), Ct), ExportFormat.Jsonl, writer, Ct);

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(count, lines.Length);
        var memorandum = lines.Select(l => JsonDocument.Parse(l).RootElement).Single(e => e.GetProperty("id").GetString() == ids.Memorandum);
        Assert.Equal("2022-03-14", memorandum.GetProperty("date").GetString());
        Assert.Equal("edited", memorandum.GetProperty("status").GetString());
        Assert.Equal(RussiaPages.SigningSentence, memorandum.GetProperty("sources")[0].GetProperty("evidence").GetString());
        Assert.DoesNotContain(lines, l => l.Contains(ids.Figure + "\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Xlsx_has_one_sheet_per_kind_validates_and_reads_back_the_curated_values()
    {
        var (store, _) = await RussiaPages.StoreAsync();
        await using var _s = store;
        var ids = await CurateAsync(store);
        using var file = new MemoryStream();

        var written = await Task.Run(() => FactExporter.WriteXlsx(k => store.Facts.ReadAsync(new FactQuery { Kinds = [k] }, Ct), file, Ct), Ct);

        file.Position = 0;
        Assert.Equal(FactExporter.Sheets, MiniExcel.GetSheetNames(file));
        using (var document = SpreadsheetDocument.Open(file, isEditable: false))
        {
            var errors = new OpenXmlValidator().Validate(document, Ct).Select(e => e.Description).ToList();
            Assert.Empty(errors);
        }

        file.Position = 0;
        var events = MiniExcel.Query(file, useHeaderRow: true, sheetName: "event").Cast<IDictionary<string, object?>>().ToList();
        file.Position = 0;
        var agreements = MiniExcel.Query(file, useHeaderRow: true, sheetName: "agreement").Cast<IDictionary<string, object?>>().ToList();
        file.Position = 0;
        var figures = MiniExcel.Query(file, useHeaderRow: true, sheetName: "figure").Cast<IDictionary<string, object?>>()
            .Where(r => r["id"] is not null).ToList();
        Assert.Equal(3, events.Count);
        Assert.Equal("accepted", events.Single(r => (string?)r["id"] == ids.Talks)["status"]);
        var memorandum = Assert.Single(agreements);
        Assert.Equal("2022-03-14", memorandum["date"]);
        Assert.Equal("Bản ghi nhớ hợp tác y tế", memorandum["title_or_value"]);
        Assert.Empty(figures);
        Assert.True(written >= 4, $"wrote {written}");
    }

    [Fact]
    public async Task Csv_cells_that_a_spreadsheet_would_run_are_defused()
    {
        var (store, _) = await RussiaPages.StoreAsync();
        await using var _s = store;
        var ids = await CurateAsync(store);
        var edit = await store.Knowledge.CurateAsync(
            new CurationRequest(ids.Memorandum, "edit", "Minh", Changes: new Dictionary<string, string?> { ["title"] = "=HYPERLINK(\"http://x\")" }), Ct);
        Assert.Equal(CurationResult.Ok, edit.Result);

        var csv = await CsvAsync(store, new FactQuery());

        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", csv, StringComparison.Ordinal);
    }

    private static async Task<string> CsvAsync(SqlitePageStore store, FactQuery query)
    {
        using var writer = new StringWriter();
        await FactExporter.WriteTextAsync(store.Facts.ReadAsync(query, Ct), ExportFormat.Csv, writer, Ct);
        return writer.ToString();
    }

    /// <summary>Accepts the talks, edits the memorandum's date, rejects the figure.</summary>
    internal static async Task<(string Talks, string Memorandum, string Figure, string Yearless)> CurateAsync(SqlitePageStore store)
    {
        var timeline = await store.Knowledge.GetTimelineAsync(new TimelineQuery("RU"), Ct);
        var talks = timeline.Events.Single(e => e.Type == "talks").Id;
        var yearless = timeline.Events.Single(e => !e.YearKnown).Id;
        var memorandum = Assert.Single(timeline.Agreements).Id;
        var figure = Assert.Single(timeline.Figures).Id;
        Assert.Equal(CurationResult.Ok, (await store.Knowledge.CurateAsync(new CurationRequest(talks, "accept", "Lan"), Ct)).Result);
        Assert.Equal(CurationResult.Ok, (await store.Knowledge.CurateAsync(
            new CurationRequest(memorandum, "edit", "Minh", "Ngày ký theo thông cáo", new Dictionary<string, string?> { ["date"] = "2022-03-14" }), Ct)).Result);
        Assert.Equal(CurationResult.Ok, (await store.Knowledge.CurateAsync(new CurationRequest(figure, "reject", "Lan", "Không phải cam kết"), Ct)).Result);
        return (talks, memorandum, figure, yearless);
    }

    private static List<string> CsvRow(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
