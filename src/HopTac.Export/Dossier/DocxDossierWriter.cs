using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace HopTac.Export.Dossier;

/// <summary>
/// Writes a dossier as a Word document through the Open XML SDK: real heading styles (Word's navigation pane and
/// table of contents find them), a table of agreements, and each citation as an endnote holding the page (title,
/// site, date, URL or file) and the evidence sentence.
/// </summary>
public static class DocxDossierWriter
{
    public static void Write(DossierDocument dossier, Stream output)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(output);
        var labels = DossierLabels.For(dossier.Request.English);
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        AddStyles(main, dossier.Request.English ? "en-GB" : "vi-VN");
        var notes = new Notes(main, dossier.References, labels);
        var body = new Body();
        main.Document = new Document(body);

        var r = dossier.Request;
        body.Append(Paragraph("Title", string.Format(CultureInfo.InvariantCulture, labels.Title, r.Partner)));
        var scope = $"{labels.Period}: {(r.From is null && r.To is null ? labels.AllPeriods : $"{r.From ?? "…"} – {r.To ?? "…"}")}"
            + (r.Area is null ? string.Empty : $" · {labels.Area}: {r.Area}")
            + $" · {labels.Generated}: {dossier.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        body.Append(Paragraph(null, scope));
        if (r.CuratedOnly)
        {
            body.Append(Paragraph(null, labels.CuratedOnly));
        }

        body.Append(Paragraph("Heading1", labels.SummaryHeading));
        body.Append(Paragraph(null, dossier.Summary.Text));

        body.Append(Paragraph("Heading1", labels.TimelineHeading));
        Lines(body, dossier.Timeline, labels, notes);

        body.Append(Paragraph("Heading1", labels.AgreementsHeading));
        if (dossier.Agreements.Count == 0)
        {
            body.Append(Paragraph(null, labels.None));
        }
        else
        {
            body.Append(AgreementTable(dossier.Agreements, labels, notes));
        }

        body.Append(Paragraph("Heading1", labels.FiguresHeading));
        Lines(body, dossier.Figures, labels, notes);

        body.Append(Paragraph("Heading1", labels.PeopleHeading));
        body.Append(Paragraph("Heading2", labels.TheirPeople));
        People(body, dossier.TheirPeople, labels, notes);
        body.Append(Paragraph("Heading2", labels.OurPeople));
        People(body, dossier.OurPeople, labels, notes);

        body.Append(Paragraph("Heading1", labels.OpenItemsHeading));
        Lines(body, dossier.OpenItems, labels, notes);

        body.Append(Paragraph("Heading1", labels.YearNotKnownHeading));
        Lines(body, dossier.YearNotKnown, labels, notes);

        body.Append(new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 709U, Footer = 709U, Gutter = 0U }));
        notes.Save();
        main.Document.Save();
    }

    private static void Lines(Body body, IReadOnlyList<DossierLine> lines, DossierLabels labels, Notes notes)
    {
        if (lines.Count == 0)
        {
            body.Append(Paragraph(null, labels.None));
            return;
        }

        foreach (var line in lines)
        {
            var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "ListParagraph" }));
            if (line.DateText.Length > 0)
            {
                p.Append(TextRun(line.DateText, bold: true));
                p.Append(TextRun(" — "));
            }

            p.Append(TextRun(line.Text));
            if (line.Quote is { Length: > 0 } quote)
            {
                p.Append(TextRun(": "));
                p.Append(TextRun(quote, italic: true));
            }

            var mark = labels.Mark(line.Status);
            if (mark.Length > 0)
            {
                p.Append(TextRun($" ({mark})"));
            }

            notes.Cite(p, line.References);
            body.Append(p);
        }
    }

    private static void People(Body body, IReadOnlyList<DossierPerson> people, DossierLabels labels, Notes notes)
    {
        if (people.Count == 0)
        {
            body.Append(Paragraph(null, labels.None));
            return;
        }

        foreach (var person in people)
        {
            var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "ListParagraph" }));
            p.Append(TextRun(person.Name, bold: true));
            if (person.Offices.Length > 0)
            {
                p.Append(TextRun(", " + person.Offices));
            }

            p.Append(TextRun($" — {labels.LastSeen} {person.LastSeenText}"));
            notes.Cite(p, person.References);
            body.Append(p);
        }
    }

    private static Table AgreementTable(IReadOnlyList<DossierAgreement> agreements, DossierLabels labels, Notes notes)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4U },
            new LeftBorder { Val = BorderValues.Single, Size = 4U },
            new BottomBorder { Val = BorderValues.Single, Size = 4U },
            new RightBorder { Val = BorderValues.Single, Size = 4U },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U });
        var table = new Table(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, border));
        table.Append(new TableGrid(Enumerable.Range(0, 5).Select(_ => new GridColumn { Width = "1927" })));
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        foreach (var name in new[] { labels.Document, labels.Type, labels.Date, labels.PeriodColumn, labels.State })
        {
            header.Append(new TableCell(new Paragraph(TextRun(name, bold: true))));
        }

        table.Append(header);
        foreach (var a in agreements)
        {
            var first = new Paragraph(TextRun(a.Title));
            var mark = labels.Mark(a.Status);
            if (mark.Length > 0)
            {
                first.Append(TextRun($" ({mark})"));
            }

            notes.Cite(first, a.References);
            table.Append(new TableRow(
                new TableCell(first),
                new TableCell(new Paragraph(TextRun(a.TypeText))),
                new TableCell(new Paragraph(TextRun(a.DateText))),
                new TableCell(new Paragraph(TextRun(a.PeriodText))),
                new TableCell(new Paragraph(TextRun(labels.StateText(a.State))))));
        }

        return table;
    }

    private static Paragraph Paragraph(string? style, string text)
    {
        var p = new Paragraph();
        if (style is not null)
        {
            p.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        p.Append(TextRun(text));
        return p;
    }

    private static Run TextRun(string text, bool bold = false, bool italic = false)
    {
        var run = new Run();
        if (bold || italic)
        {
            var properties = new RunProperties();
            if (bold)
            {
                properties.Append(new Bold());
            }

            if (italic)
            {
                properties.Append(new Italic());
            }

            run.Append(properties);
        }

        run.Append(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    // XML 1.0 cannot hold most control characters; page text is untrusted.
    private static string Clean(string text) =>
        string.Concat(text.Where(c => c is '\t' or '\n' or '\r' || !char.IsControl(c)));

    private static void AddStyles(MainDocumentPart main, string language)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman" },
                    new FontSize { Val = "24" },
                    new Languages { Val = language })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120" }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Heading("Title", "Title", 0, "36"),
            Heading("Heading1", "heading 1", 0, "30"),
            Heading("Heading2", "heading 2", 1, "26"),
            new Style(
                new StyleName { Val = "List Paragraph" },
                new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new Indentation { Left = "360", Hanging = "360" })) { Type = StyleValues.Paragraph, StyleId = "ListParagraph" },
            new Style(
                new StyleName { Val = "endnote text" },
                new BasedOn { Val = "Normal" },
                new StyleRunProperties(new FontSize { Val = "20" })) { Type = StyleValues.Paragraph, StyleId = "EndnoteText" },
            new Style(
                new StyleName { Val = "endnote reference" },
                new StyleRunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript })) { Type = StyleValues.Character, StyleId = "EndnoteReference" });
        part.Styles = styles;
        part.Styles.Save();
    }

    private static Style Heading(string id, string name, int level, string size) => new(
        new StyleName { Val = name },
        new BasedOn { Val = "Normal" },
        new NextParagraphStyle { Val = "Normal" },
        new PrimaryStyle(),
        new StyleParagraphProperties(
            new KeepNext(),
            new SpacingBetweenLines { Before = "240", After = "120" },
            new OutlineLevel { Val = level }),
        new StyleRunProperties(new Bold(), new FontSize { Val = size }))
    {
        Type = StyleValues.Paragraph,
        StyleId = id,
    };

    /// <summary>The endnotes part: Word's two separators, then one endnote per citation.</summary>
    private sealed class Notes
    {
        private readonly EndnotesPart part;
        private readonly Dictionary<int, DossierReference> references;
        private readonly DossierLabels labels;
        private long next = 1;

        public Notes(MainDocumentPart main, IReadOnlyList<DossierReference> references, DossierLabels labels)
        {
            part = main.AddNewPart<EndnotesPart>();
            part.Endnotes = new Endnotes(
                new Endnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Endnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
            this.references = references.ToDictionary(r => r.Number);
            this.labels = labels;
        }

        public void Cite(Paragraph paragraph, IReadOnlyList<int> numbers)
        {
            foreach (var number in numbers)
            {
                if (!references.TryGetValue(number, out var reference))
                {
                    continue;
                }

                var id = next++;
                paragraph.Append(new Run(new RunProperties(new RunStyle { Val = "EndnoteReference" }), new EndnoteReference { Id = id }));
                part.Endnotes!.Append(new Endnote(
                    new Paragraph(
                        new ParagraphProperties(new ParagraphStyleId { Val = "EndnoteText" }),
                        new Run(new RunProperties(new RunStyle { Val = "EndnoteReference" }), new EndnoteReferenceMark()),
                        TextRun(" [" + number.ToString(CultureInfo.InvariantCulture) + "] " + MarkdownDossierWriter.Describe(reference, labels))),
                    new Paragraph(
                        new ParagraphProperties(new ParagraphStyleId { Val = "EndnoteText" }),
                        TextRun("“" + reference.Evidence + "”", italic: true)))
                { Id = id });
            }
        }

        public void Save() => part.Endnotes!.Save();
    }
}
