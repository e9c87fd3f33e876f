using System.Globalization;
using System.Text;
using HopTac.Core.Extraction.Dates;

namespace HopTac.Export.Dossier;

/// <summary>
/// Writes a dossier as CommonMark with pipe tables (the HTML writer renders this text through Markdig). Text from
/// pages is escaped, so a title holding "*" or "&lt;script&gt;" stays text. Citations link to the numbered
/// references at the end ([3] → #ref-3).
/// </summary>
public static class MarkdownDossierWriter
{
    public static string Write(DossierDocument dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var labels = DossierLabels.For(dossier.Request.English);
        var inv = CultureInfo.InvariantCulture;
        var md = new StringBuilder();
        var r = dossier.Request;
        md.Append("# ").AppendLine(Escape(string.Format(inv, labels.Title, r.Partner))).AppendLine();
        var scope = new List<string>
        {
            $"{labels.Period}: {(r.From is null && r.To is null ? labels.AllPeriods : $"{r.From ?? "…"} – {r.To ?? "…"}")}",
        };
        if (r.Area is not null)
        {
            scope.Add($"{labels.Area}: {r.Area}");
        }

        scope.Add($"{labels.Generated}: {DateWording.Write(dossier.Today.ToString("yyyy-MM-dd", inv), !r.English)}");
        md.AppendLine(Escape(string.Join(" · ", scope)) + (r.CuratedOnly ? "  \n" + Escape(labels.CuratedOnly) : string.Empty)).AppendLine();

        Section(md, labels.SummaryHeading);
        md.AppendLine(Escape(dossier.Summary.Text)).AppendLine();

        Section(md, labels.TimelineHeading);
        Lines(md, dossier.Timeline, labels);

        Section(md, labels.AgreementsHeading);
        if (dossier.Agreements.Count == 0)
        {
            md.AppendLine(labels.None).AppendLine();
        }
        else
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {labels.Document} | {labels.Type} | {labels.Date} | {labels.PeriodColumn} | {labels.State} | {labels.Sources} |");
            md.AppendLine("|---|---|---|---|---|---|");
            foreach (var a in dossier.Agreements)
            {
                var mark = labels.Mark(a.Status);
                md.Append("| ").Append(Cell(a.Title)).Append(mark.Length > 0 ? $" ({mark})" : string.Empty)
                    .Append(" | ").Append(Cell(a.TypeText))
                    .Append(" | ").Append(Cell(a.DateText))
                    .Append(" | ").Append(Cell(a.PeriodText))
                    .Append(" | ").Append(Cell(labels.StateText(a.State)))
                    .Append(" | ").Append(Cites(a.References)).AppendLine(" |");
            }

            md.AppendLine();
        }

        Section(md, labels.FiguresHeading);
        Lines(md, dossier.Figures, labels);

        Section(md, labels.PeopleHeading);
        md.Append("### ").AppendLine(labels.TheirPeople).AppendLine();
        People(md, dossier.TheirPeople, labels);
        md.Append("### ").AppendLine(labels.OurPeople).AppendLine();
        People(md, dossier.OurPeople, labels);

        Section(md, labels.OpenItemsHeading);
        Lines(md, dossier.OpenItems, labels);

        Section(md, labels.YearNotKnownHeading);
        Lines(md, dossier.YearNotKnown, labels);

        Section(md, labels.ReferencesHeading);
        foreach (var reference in dossier.References)
        {
            md.Append(reference.Number.ToString(inv)).Append(". <a id=\"ref-").Append(reference.Number.ToString(inv)).Append("\"></a>")
                .Append(Escape(Describe(reference, labels))).AppendLine();
            md.Append("   > ").AppendLine(Escape(reference.Evidence));
        }

        return md.ToString();
    }

    /// <summary>A reference as one line: title, site, date, URL or file.</summary>
    internal static string Describe(DossierReference reference, DossierLabels labels)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(reference.Title))
        {
            parts.Add($"“{reference.Title}”");
        }

        parts.Add(reference.Site);
        if (PartialDate.DayOf(reference.Published) is { } day)
        {
            parts.Add(DateWording.Write(day, !labels.English));
        }

        parts.Add(reference.Source);
        return string.Join(", ", parts);
    }

    private static void Section(StringBuilder md, string heading) => md.Append("## ").AppendLine(heading).AppendLine();

    private static void Lines(StringBuilder md, IReadOnlyList<DossierLine> lines, DossierLabels labels)
    {
        if (lines.Count == 0)
        {
            md.AppendLine(labels.None).AppendLine();
            return;
        }

        foreach (var line in lines)
        {
            md.Append("- ");
            if (line.DateText.Length > 0)
            {
                md.Append("**").Append(Escape(line.DateText)).Append("** — ");
            }

            md.Append(Escape(line.Text));
            if (line.Quote is { Length: > 0 } quote)
            {
                md.Append(": *").Append(Escape(quote)).Append('*');
            }

            var mark = labels.Mark(line.Status);
            if (mark.Length > 0)
            {
                md.Append(" (").Append(mark).Append(')');
            }

            md.Append(' ').AppendLine(Cites(line.References));
        }

        md.AppendLine();
    }

    private static void People(StringBuilder md, IReadOnlyList<DossierPerson> people, DossierLabels labels)
    {
        if (people.Count == 0)
        {
            md.AppendLine(labels.None).AppendLine();
            return;
        }

        foreach (var p in people)
        {
            md.Append("- **").Append(Escape(p.Name)).Append("**");
            if (p.Offices.Length > 0)
            {
                md.Append(", ").Append(Escape(p.Offices));
            }

            md.Append(" — ").Append(labels.LastSeen).Append(' ').Append(Escape(p.LastSeenText)).Append(' ').AppendLine(Cites(p.References));
        }

        md.AppendLine();
    }

    private static string Cites(IReadOnlyList<int> references) =>
        string.Concat(references.Select(n => $"[\\[{n.ToString(CultureInfo.InvariantCulture)}\\]](#ref-{n.ToString(CultureInfo.InvariantCulture)})"));

    private static string Cell(string text) => Escape(text).Replace("\n", " ", StringComparison.Ordinal);

    /// <summary>Backslash-escapes the ASCII punctuation CommonMark gives a meaning to, so page text stays text.</summary>
    internal static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '&' or '!' or '~')
            {
                builder.Append('\\');
            }

            builder.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return builder.ToString();
    }
}
