using HopTac.Core.Facts;
using HopTac.Core.Pages;
using Microsoft.Data.Sqlite;

namespace HopTac.Bench.Corpus;

/// <summary>The paragraphs of a store's current pages with the facts whose evidence each holds, and their headlines.</summary>
internal sealed class ParagraphPool
{
    public List<Paragraph> Paragraphs { get; } = [];

    public List<Headline> Heads { get; } = [];

    public static ParagraphPool Read(string path, int keep, Random random)
    {
        var pool = new ParagraphPool();
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT record_json FROM pages WHERE is_current = 1 ORDER BY id";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var record = PageRecordJson.Deserialize(reader.GetString(0));
            if (record is null || record.Title is null)
            {
                continue;
            }

            pool.Heads.Add(new Headline(record.Title, record.Relevant, record.Areas));
            var start = 0;
            while (start < record.Text.Length)
            {
                var end = record.Text.IndexOf('\n', start);
                end = end < 0 ? record.Text.Length : end;
                var text = record.Text[start..end];
                if (text.Trim().Length > 0 && text != record.Title && random.Next(keep) == 0)
                {
                    pool.Paragraphs.Add(Paragraph.Of(record, text, start));
                }

                start = end + 1;
            }
        }

        return pool;
    }

    /// <summary>A new page: a headline, 3-8 paragraphs, their facts, a publication day in 2015-2020.</summary>
    public PageRecord Page(string source, Random random)
    {
        var head = Heads[random.Next(Heads.Count)];
        var body = new List<Paragraph>();
        for (var n = random.Next(3, 9); body.Count < n;)
        {
            body.Add(Paragraphs[random.Next(Paragraphs.Count)]);
        }

        var text = new System.Text.StringBuilder();
        var people = new List<Person>();
        var organizations = new List<Organization>();
        var events = new List<EventFact>();
        var agreements = new List<AgreementFact>();
        var figures = new List<Figure>();
        foreach (var paragraph in body)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            var at = text.Length;
            text.Append(paragraph.Text);
            // One person or organisation per name on a page, as the extractor gives them.
            people.AddRange(paragraph.People.Where(p => people.All(q => q.Name != p.Name)).Select(p => p with { EvidenceStart = p.EvidenceStart + at }));
            organizations.AddRange(paragraph.Organizations.Where(o => organizations.All(q => q.Name != o.Name)).Select(o => o with { EvidenceStart = o.EvidenceStart + at }));
            events.AddRange(paragraph.Events.Select(e => e with { EvidenceStart = e.EvidenceStart + at }));
            agreements.AddRange(paragraph.Agreements.Select(a => a with { EvidenceStart = a.EvidenceStart + at }));
            figures.AddRange(paragraph.Figures.Select(f => f with { EvidenceStart = f.EvidenceStart + at }));
        }

        return new PageRecord
        {
            Source = source,
            Title = head.Title,
            Relevant = head.Relevant,
            Areas = head.Areas,
            Published = $"{random.Next(2015, 2021)}-{random.Next(1, 13):D2}-{random.Next(1, 29):D2}",
            Text = text.ToString(),
            People = people,
            Organizations = organizations,
            Events = events,
            Agreements = agreements,
            Figures = figures,
        };
    }
}

internal sealed record Headline(string Title, bool Relevant, IReadOnlyList<string> Areas);

/// <summary>One paragraph and the facts whose evidence starts and ends in it, offsets counted from the paragraph's start.</summary>
internal sealed record Paragraph(
    string Text,
    IReadOnlyList<Person> People,
    IReadOnlyList<Organization> Organizations,
    IReadOnlyList<EventFact> Events,
    IReadOnlyList<AgreementFact> Agreements,
    IReadOnlyList<Figure> Figures)
{
    public static Paragraph Of(PageRecord record, string text, int start)
    {
        bool Inside(int evidenceStart, string evidence) => evidenceStart >= start && evidenceStart + evidence.Length <= start + text.Length;
        return new Paragraph(
            text,
            [.. record.People.Where(p => Inside(p.EvidenceStart, p.Evidence)).Select(p => p with { EvidenceStart = p.EvidenceStart - start })],
            [.. record.Organizations.Where(o => Inside(o.EvidenceStart, o.Evidence)).Select(o => o with { EvidenceStart = o.EvidenceStart - start })],
            [.. record.Events.Where(e => Inside(e.EvidenceStart, e.Evidence)).Select(e => e with { EvidenceStart = e.EvidenceStart - start })],
            [.. record.Agreements.Where(a => Inside(a.EvidenceStart, a.Evidence)).Select(a => a with { EvidenceStart = a.EvidenceStart - start })],
            [.. record.Figures.Where(f => Inside(f.EvidenceStart, f.Evidence)).Select(f => f with { EvidenceStart = f.EvidenceStart - start })]);
    }
}
