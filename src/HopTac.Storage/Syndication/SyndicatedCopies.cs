using HopTac.Core.Pages;

namespace HopTac.Storage.Syndication;

/// <summary>
/// The store-independent rules of syndicated copies: agencies' stories are republished by many sites with a changed
/// lead or byline, and counted per page one story's facts would count once per site. A copy keeps its page, text and
/// search entry; only its facts stay out of the knowledge base, so the story is counted once, from the page stored first.
/// </summary>
internal static class SyndicatedCopies
{
    /// <summary>Candidates read per page; a band shared by more pages than this is a template, not a story.</summary>
    public const int MaxCandidates = 200;

    /// <summary>The record the knowledge base reads for a copy: the page without its facts.</summary>
    public static PageRecord WithoutFacts(PageRecord record) =>
        record with { People = [], Organizations = [], Events = [], Agreements = [], Figures = [] };
}
