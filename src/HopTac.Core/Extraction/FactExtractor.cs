using System.Globalization;
using HopTac.Core.Extraction.Agreements;
using HopTac.Core.Extraction.Areas;
using HopTac.Core.Extraction.Dates;
using HopTac.Core.Extraction.Events;
using HopTac.Core.Extraction.Figures;
using HopTac.Core.Extraction.People;
using HopTac.Core.Extraction.Relevance;
using HopTac.Core.Extraction.Sentences;
using HopTac.Core.Pages;

namespace HopTac.Core.Extraction;

/// <summary>
/// Fills a page record's facts from its text: relevance, people, organisations, figures, and — for pages about
/// international cooperation only — events, agreements and cooperation areas. A page that is not relevant carries
/// no events or agreements (facts.md), and the event triggers ("gặp", "hỗ trợ") fire on sport and crime pages too,
/// so relevance gates them. Pure: the same record in gives the same facts out. Never throws on messy text.
/// </summary>
public static class FactExtractor
{
    public static PageRecord Extract(PageRecord page) => Extract(page, CancellationToken.None);

    /// <summary>
    /// As <see cref="Extract(PageRecord)"/>, stopping between stages once <paramref name="cancellationToken"/> is
    /// cancelled: a page rejected for its time budget must not go on using a core in the background for every stage
    /// that is left (seen under load in session 10: an abandoned page kept extracting after its rejection).
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled before the last stage.</exception>
    public static PageRecord Extract(PageRecord page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Error is not null)
        {
            return page;
        }

        var sentences = SentenceSplitter.Split(page.Text);
        cancellationToken.ThrowIfCancellationRequested();
        var people = PersonExtractor.Extract(sentences);
        cancellationToken.ThrowIfCancellationRequested();
        var relevant = RelevanceClassifier.IsRelevant(page.Title, page.Text);
        var organizations = OrganizationExtractor.Extract(sentences);
        cancellationToken.ThrowIfCancellationRequested();
        var record = page with
        {
            Relevant = relevant,
            People = people,
            Organizations = organizations,
            Figures = FigureExtractor.Extract(sentences),
            Events = [],
            Agreements = [],
            Areas = [],
        };
        if (!relevant)
        {
            return record;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var context = Dating(page.Published, sentences, page.Text);
        var events = EventExtractor.Extract(sentences, people, context);
        cancellationToken.ThrowIfCancellationRequested();
        var agreements = AgreementExtractor.Extract(sentences, events, context);
        cancellationToken.ThrowIfCancellationRequested();
        return record with
        {
            Events = events,
            Agreements = agreements,
            Areas = AreaClassifier.Classify(sentences),
        };
    }

    /// <summary>
    /// What the page's yearless and relative dates count from: its publication day, else the day its text names as
    /// today ("Sáng nay (17/3/2019), ..."), which stands for the publication day when it has its year, else the yearless
    /// day the lead of <paramref name="text"/> opens with ("Sáng 12/3, ...": <see cref="TextToday.Lead"/>), which dates
    /// "hôm qua" but lends no year.
    /// </summary>
    internal static DateContext Dating(string? published, IReadOnlyList<Sentence> sentences, string? text = null)
    {
        if (PageDate(published) is { } day)
        {
            return new DateContext(day, null);
        }

        var today = TextToday.Find(sentences.Select(s => s.Text), out var saidToday);
        if (!saidToday && sentences.Count > 0)
        {
            return new DateContext(null, null) { Today = TextToday.Lead(text ?? sentences[0].Text) };
        }

        return today is { FirstDay: { } named } ? new DateContext(named, null) : new DateContext(null, null) { Today = today };
    }

    /// <summary>The page's own day, when its publication date gives one ("2024-10-08" or "2024-10-08T17:06").</summary>
    internal static DateOnly? PageDate(string? published) =>
        published is { Length: >= 10 } && DateOnly.TryParseExact(published.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
}
