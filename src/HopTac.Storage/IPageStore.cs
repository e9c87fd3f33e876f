using HopTac.Core.Pages;
using HopTac.Core.Text;
using HopTac.Storage.Knowledge;

namespace HopTac.Storage;

/// <summary>
/// The store of pages and their facts. A page is identified by its content hash: saving the same bytes twice
/// changes nothing; different bytes at the same source are a new version of that source. Each save is one
/// transaction. Implementations: <c>Sqlite/</c> (default), <c>Postgres/</c> (later). Thread-safe.
/// </summary>
public interface IPageStore : IAsyncDisposable
{
    /// <summary>Saves a page record (not an error record). Returns what happened and the page's id.</summary>
    Task<SaveResult> SaveAsync(PageRecord record, CancellationToken cancellationToken);

    /// <summary>
    /// Saves many page records, one result per record in the same order. Each page is atomic: it is stored whole or
    /// not at all, and a page the store fails on is <see cref="SaveOutcome.Rejected"/> with a
    /// <see cref="SaveResult.Reason"/> while the others are stored. A store may write the batch in one transaction;
    /// the result is what saving the records one by one in this order gives.
    /// </summary>
    async Task<IReadOnlyList<SaveResult>> SaveBatchAsync(IReadOnlyList<PageRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        var results = new List<SaveResult>(records.Count);
        foreach (var record in records)
        {
            results.Add(await SaveAsync(record, cancellationToken).ConfigureAwait(false));
        }

        return results;
    }

    /// <summary>
    /// Replaces the facts of a stored page version (relevance, people, organisations, figures, events with their
    /// participants, agreements, areas, and the stored record) by <paramref name="record"/>, a fresh extraction of the
    /// same text, in one transaction; a current page's knowledge-base components are re-consolidated as a save does
    /// (mentions swapped, curators' decisions re-applied). The page's text, title, authors and content hash are kept;
    /// its publication date only fills a missing one. A record of another text or source is refused, never stored.
    /// </summary>
    Task<ReextractResult> ReplaceFactsAsync(long pageId, PageRecord record, CancellationToken cancellationToken);

    /// <summary>The stored page with this id, or null.</summary>
    Task<StoredPage?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>
    /// Full-text search: marks folded for recall; pages that carry every query word with the marks as typed rank first
    /// ("Nga" before "ngã"), then bm25 order with words side by side lifted; a quoted phrase typed with marks must occur
    /// with them. Returns the page of hits at <see cref="SearchQuery.Offset"/> with highlighted snippets and the total
    /// number of matches.
    /// </summary>
    Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken);

    /// <summary>Every current page (the latest version of each source), in id order.</summary>
    IAsyncEnumerable<StoredPage> ListAsync(CancellationToken cancellationToken);

    /// <summary>Counts for <c>hoptac stats</c>.</summary>
    Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken);

    /// <summary>The consolidated knowledge base over this store's pages (same database, kept current by SaveAsync).</summary>
    IKnowledgeBase Knowledge { get; }

    /// <summary>The consolidated facts as they leave the product (curated exports, watchlist feeds).</summary>
    Facts.IFactReader Facts { get; }
}

/// <summary>What a save did.</summary>
public enum SaveOutcome
{
    /// <summary>A page never seen before.</summary>
    New,

    /// <summary>The same content was already stored; nothing changed.</summary>
    Unchanged,

    /// <summary>The source was stored before with other content; this is its new current version.</summary>
    NewVersion,

    /// <summary>Nothing was stored: an error record, a blank source, or a text beyond the store's bound. PageId is 0.</summary>
    Rejected,
}

/// <summary>The result of <see cref="IPageStore.SaveAsync"/>.</summary>
public readonly record struct SaveResult(SaveOutcome Outcome, long PageId, int Version)
{
    /// <summary>Why a page was rejected when the store failed on it (null for the plain refusals above).</summary>
    public string? Reason { get; init; }
}

/// <summary>What <see cref="IPageStore.ReplaceFactsAsync"/> did to one page.</summary>
public enum ReextractOutcome
{
    /// <summary>The record's facts equal the stored ones; nothing was written.</summary>
    Unchanged,

    /// <summary>The facts were replaced and the knowledge base re-consolidated around the page.</summary>
    Updated,

    /// <summary>Nothing was stored: the record is not of this page (other text, content hash or source) or is an error record.</summary>
    Refused,

    /// <summary>No stored page has this id, or its stored record cannot be read.</summary>
    NotFound,
}

/// <summary>The result of <see cref="IPageStore.ReplaceFactsAsync"/>.</summary>
public readonly record struct ReextractResult(ReextractOutcome Outcome, long PageId);

/// <summary>A page as stored: its id, version and the record.</summary>
public sealed record StoredPage(long Id, int Version, DateTimeOffset IngestedAt, PageRecord Record);

/// <summary>
/// A search: folded or unfolded words, optional date range on the publication date (inclusive ISO dates such as "2021"
/// or "2021-09", compared by PartialDate's rule; a page without a publication date is outside any range), and
/// facets: a partner (actor code of an event or agreement on the page), an area, an event type. Facets combine with
/// AND. With no words but at least one facet, the matching pages are listed newest first.
/// </summary>
public sealed record SearchQuery(string Text, string? From = null, string? To = null, int Limit = 20)
{
    /// <summary>The deepest offset a store pages to: nobody reads past the ten-thousandth result, and skipping costs grow with it.</summary>
    public const int MaxOffset = 10_000;

    /// <summary>
    /// Matches are counted exactly up to this many; past it a search says "at least" this (see
    /// <see cref="SearchResults.TotalIsExact"/>). Nobody pages past <see cref="MaxOffset"/>, and an exact count of
    /// every match of a frequent word grows with the store (0.2 s at 100k pages) while the page of results does not.
    /// </summary>
    public const int TotalBound = MaxOffset;

    /// <summary>
    /// The most matches a store counts per tier: every result a query may page to (<see cref="MaxOffset"/> plus the
    /// largest page) and one more, so a count below it is exact and one at it means "at least every reachable result".
    /// </summary>
    public const int CountLimit = MaxOffset + Rules.PageRules.MaxSearchLimit + 1;

    /// <summary>How many ranked hits to skip: the page of results starts here (0 for the first; past <see cref="MaxOffset"/>, none).</summary>
    public int Offset { get; init; }

    /// <summary>An actor code (VN, JP, ASEAN, ...) that an event or agreement on the page names.</summary>
    public string? Partner { get; init; }

    /// <summary>A cooperation area of the page (facts.md areas).</summary>
    public string? Area { get; init; }

    /// <summary>The type of an event on the page (facts.md event types).</summary>
    public string? EventType { get; init; }

    /// <summary>Whether any facet (partner, area, event type) is set.</summary>
    public bool HasFacets => !string.IsNullOrWhiteSpace(Partner) || !string.IsNullOrWhiteSpace(Area) || !string.IsNullOrWhiteSpace(EventType);
}

/// <summary>A search result. The snippet is a passage of the original (unfolded) text with the matched words' spans.</summary>
public sealed record SearchHit(long PageId, string Source, string? Title, string? Published, Snippet Snippet, double Rank);

/// <summary>A passage of original text and the spans in it that matched the query.</summary>
public sealed record Snippet(string Text, IReadOnlyList<TextSpan> Highlights);

/// <summary>Counts of what the store holds.</summary>
public sealed record StoreStats(long Pages, long Versions, long Sources, long Characters, IReadOnlyDictionary<string, long> ByEncoding)
{
    /// <summary>Current pages about international cooperation.</summary>
    public long RelevantPages { get; init; }

    /// <summary>Events on current pages by type (facts.md event types).</summary>
    public IReadOnlyDictionary<string, long> EventsByType { get; init; } = new Dictionary<string, long>();

    /// <summary>Agreements on current pages by type.</summary>
    public IReadOnlyDictionary<string, long> AgreementsByType { get; init; } = new Dictionary<string, long>();

    /// <summary>People, organisations and figures on current pages.</summary>
    public long People { get; init; }

    public long Organizations { get; init; }

    public long Figures { get; init; }
}
