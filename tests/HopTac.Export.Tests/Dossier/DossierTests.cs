using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using HopTac.Export.Dossier;
using HopTac.Export.Tests.Facts;
using HopTac.Storage.Knowledge;
using HopTac.Storage.Sqlite;
using HopTac.Tests.Fixtures;

namespace HopTac.Export.Tests.Dossier;

public sealed class DossierTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static readonly TimeProvider Autumn2025 = new FixedClock(new DateTimeOffset(2025, 9, 1, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_rejected_fact_is_absent_an_edited_date_shows_the_edit_and_curated_facts_are_marked()
    {
        var (store, _) = await RussiaPages.StoreAsync();
        await using var _s = store;
        var ids = await FactExporterTests.CurateAsync(store);

        var dossier = await new DossierBuilder(store.Knowledge, Autumn2025).BuildAsync(new DossierRequest("RU"), Ct);
        var md = MarkdownDossierWriter.Write(dossier);

        Assert.DoesNotContain(dossier.Figures, f => f.FactId == ids.Figure);
        Assert.DoesNotContain("1 triệu liều", md, StringComparison.Ordinal);
        var memorandum = Assert.Single(dossier.Agreements);
        Assert.Equal("14/3/2022", memorandum.DateText);
        Assert.Contains("| 14/3/2022 |", md, StringComparison.Ordinal);
        Assert.Contains("Bản ghi nhớ hợp tác y tế (✎ đã sửa)", md, StringComparison.Ordinal);
        Assert.Contains(dossier.Timeline, l => l.FactId == ids.Talks && l.Status == FactStatus.Accepted);
        Assert.Contains("(✔ đã duyệt)", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_line_cites_numbered_references_that_hold_the_evidence_sentence()
    {
        var (store, _) = await RussiaPages.StoreAsync();
        await using var _s = store;

        var dossier = await new DossierBuilder(store.Knowledge, Autumn2025).BuildAsync(new DossierRequest("RU"), Ct);
        var md = MarkdownDossierWriter.Write(dossier);

        var lines = dossier.Timeline.Concat(dossier.Figures).Concat(dossier.OpenItems).Concat(dossier.YearNotKnown).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.NotEmpty(l.References));
        Assert.All(dossier.Agreements, a => Assert.NotEmpty(a.References));
        Assert.All(dossier.TheirPeople.Concat(dossier.OurPeople), p => Assert.NotEmpty(p.References));
        Assert.Equal(Enumerable.Range(1, dossier.References.Count), dossier.References.Select(r => r.Number));
        foreach (var sentence in new[] { RussiaPages.VisitSentence, RussiaPages.SigningSentence, RussiaPages.DosesSentence, RussiaPages.YearlessSentence, RussiaPages.FutureSentence })
        {
            Assert.Contains(dossier.References, r => r.Evidence == sentence);
            Assert.Contains(MarkdownDossierWriter.Escape(sentence), md, StringComparison.Ordinal);
        }

        var talks = dossier.References.First(r => r.Evidence == RussiaPages.VisitSentence);
        Assert.Equal("tin.example.vn", talks.Site);
        Assert.Contains("“Bộ trưởng Bùi Thanh Sơn hội đàm với Ngoại trưởng Nga”, tin.example.vn, 12/3/2022, https://tin.example.vn/nga-hoi-dam.html", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sections_split_what_happened_from_what_is_announced_and_what_has_no_year()
    {
        var (store, _) = await RussiaPages.StoreAsync();
        await using var _s = store;

        var dossier = await new DossierBuilder(store.Knowledge, Autumn2025).BuildAsync(new DossierRequest("RU"), Ct);

        Assert.Equal("12/3/2022", Assert.Single(dossier.Timeline).DateText);
        Assert.Contains("Sergey Lavrov", dossier.Timeline[0].Text, StringComparison.Ordinal);
        Assert.Equal("20/6/2031", Assert.Single(dossier.OpenItems).DateText);
        Assert.Contains("năm chưa rõ", Assert.Single(dossier.YearNotKnown).DateText, StringComparison.Ordinal);
        Assert.Equal(AgreementState.ExpiringSoon, Assert.Single(dossier.Agreements).State);
        Assert.Equal(RussiaPages.DosesSentence, Assert.Single(dossier.Figures).Quote);
        Assert.Contains(dossier.TheirPeople, p => p.Name == "Sergey Lavrov" && p.Offices.Contains("Ngoại trưởng", StringComparison.Ordinal) && p.LastSeenText == "12/3/2022");
        Assert.Contains(dossier.OurPeople, p => p.Name == "Bùi Thanh Sơn");
        Assert.Equal(3, dossier.Summary.Events);
        Assert.Contains("2022: 1 sự kiện", dossier.Summary.Text, StringComparison.Ordinal);

        var later = await new DossierBuilder(store.Knowledge, new FixedClock(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero))).BuildAsync(new DossierRequest("RU"), Ct);
        Assert.Equal(AgreementState.Expired, Assert.Single(later.Agreements).State);
    }

    [Fact]
    public async Task Curated_only_and_a_period_narrow_the_dossier_and_english_is_asked_for()
    {
        var (store, _) = await RussiaPages.StoreAsync();
        await using var _s = store;
        var ids = await FactExporterTests.CurateAsync(store);

        var curated = await new DossierBuilder(store.Knowledge, Autumn2025).BuildAsync(new DossierRequest("RU") { CuratedOnly = true, English = true }, Ct);
        var md = MarkdownDossierWriter.Write(curated);

        Assert.Equal(ids.Talks, Assert.Single(curated.Timeline).FactId);
        Assert.Empty(curated.OpenItems);
        Assert.Empty(curated.YearNotKnown);
        Assert.Contains("## Timeline", md, StringComparison.Ordinal);
        Assert.Contains("12 March 2022", md, StringComparison.Ordinal);

        var from2030 = await new DossierBuilder(store.Knowledge, Autumn2025).BuildAsync(new DossierRequest("RU") { From = "2030" }, Ct);
        Assert.Empty(from2030.Timeline);
        Assert.Single(from2030.OpenItems);
    }

    [Fact]
    public async Task The_docx_is_a_valid_package_with_word_headings_a_table_of_agreements_and_endnotes()
    {
        var (store, _) = await RussiaPages.StoreAsync();
        await using var _s = store;
        await FactExporterTests.CurateAsync(store);
        var dossier = await new DossierBuilder(store.Knowledge, Autumn2025).BuildAsync(new DossierRequest("RU"), Ct);
        using var file = new MemoryStream();

        DocxDossierWriter.Write(dossier, file);

        file.Position = 0;
        using var document = WordprocessingDocument.Open(file, isEditable: false);
        var errors = new OpenXmlValidator().Validate(document, Ct).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var body = document.MainDocumentPart!.Document!.Body!;
        var headings = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Equal(["Tóm tắt", "Diễn biến", "Văn kiện đã ký", "Cam kết và số liệu", "Quan chức đã gặp", "Việc sắp tới", "Năm chưa rõ"], headings);
        var table = Assert.Single(body.Elements<Table>());
        Assert.Contains("Bản ghi nhớ hợp tác y tế", table.InnerText, StringComparison.Ordinal);
        Assert.Contains("14/3/2022", table.InnerText, StringComparison.Ordinal);
        var endnotes = document.MainDocumentPart.EndnotesPart!.Endnotes!.Elements<Endnote>().Where(n => n.Id!.Value > 0).ToList();
        Assert.Equal(body.Descendants<EndnoteReference>().Count(), endnotes.Count);
        Assert.Contains(endnotes, n => n.InnerText.Contains(RussiaPages.SigningSentence, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Html_keeps_page_text_as_text()
    {
        var (store, _) = await RussiaPages.StoreAsync();
        await using var _s = store;
        var ids = await FactExporterTests.CurateAsync(store);
        var edit = await store.Knowledge.CurateAsync(
            new CurationRequest(ids.Memorandum, "edit", "Minh", Changes: new Dictionary<string, string?> { ["title"] = "<script>alert(1)</script> *đậm*" }), Ct);
        Assert.Equal(CurationResult.Ok, edit.Result);

        var html = HtmlDossierWriter.Write(await new DossierBuilder(store.Knowledge, Autumn2025).BuildAsync(new DossierRequest("RU"), Ct));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; *đậm*", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"ref-1\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chromium_prints_the_html_dossier_to_a_pdf()
    {
        var chromium = ChromiumPdfPrinter.DefaultPath;
        if (!File.Exists(chromium))
        {
            Assert.True(!string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), "CI must install chromium");
            Assert.Skip($"no Chromium at {chromium}");
        }

        var (store, path) = await RussiaPages.StoreAsync();
        await using var _s = store;
        var dossier = await new DossierBuilder(store.Knowledge, Autumn2025).BuildAsync(new DossierRequest("RU"), Ct);
        var pdf = Path.Combine(Path.GetDirectoryName(path)!, "ru.pdf");

        var failure = await ChromiumPdfPrinter.PrintAsync(HtmlDossierWriter.Write(dossier), pdf, chromium, TimeSpan.FromMinutes(2), Ct);

        Assert.Null(failure);
        var head = new byte[5];
        await using (var file = File.OpenRead(pdf))
        {
            await file.ReadExactlyAsync(head, Ct);
        }

        Assert.Equal("%PDF-"u8.ToArray(), head);
    }
}
