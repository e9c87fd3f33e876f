using HopTac.Core.Extraction.Figures;
using HopTac.Core.Extraction.People;
using HopTac.Core.Extraction.Relevance;
using HopTac.Core.Extraction.Sentences;
using HopTac.Core.Pages;

namespace HopTac.Core.Extraction;

/// <summary>
/// Fills a page record's facts from its text: relevance, people, organisations, figures (and, later, events,
/// agreements, areas). Pure: the same record in gives the same facts out. Never throws on messy text.
/// </summary>
public static class FactExtractor
{
    public static PageRecord Extract(PageRecord page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Error is not null)
        {
            return page;
        }

        var sentences = SentenceSplitter.Split(page.Text);
        return page with
        {
            Relevant = RelevanceClassifier.IsRelevant(page.Title, page.Text),
            People = PersonExtractor.Extract(sentences),
            Organizations = OrganizationExtractor.Extract(sentences),
            Figures = FigureExtractor.Extract(sentences),
        };
    }
}
