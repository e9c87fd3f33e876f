namespace HopTac.Storage.Knowledge;

/// <summary>
/// The consolidated knowledge base over the stored pages: one record per real-world event, agreement, figure and
/// person, each with every page that supports it. Kept up to date incrementally as pages are saved (no batch
/// rebuild needed) and equal, for a given set of current pages and curation decisions, whatever the order the
/// pages arrived in. Curation decisions are revisions (who, when, why) and are re-applied after every
/// re-consolidation, so re-extraction never undoes them. Fact ids are strings with a kind letter:
/// <c>E12</c> event, <c>A3</c> agreement, <c>F7</c> figure, <c>P5</c> person. Thread-safe.
/// </summary>
public interface IKnowledgeBase
{
    /// <summary>Events, agreements and figures involving a partner (state code or bloc), in date order; rejected facts left out.</summary>
    Task<Timeline> GetTimelineAsync(TimelineQuery query, CancellationToken cancellationToken);

    /// <summary>Counts per year, area and type, and the partner's people; null when nothing names the partner.</summary>
    Task<PartnerOverview?> GetPartnerAsync(string code, CancellationToken cancellationToken);

    /// <summary>Every partner named by a consolidated event or agreement, most facts first.</summary>
    Task<IReadOnlyList<PartnerCount>> ListPartnersAsync(CancellationToken cancellationToken);

    /// <summary>Dashboard counts: facts naming a partner, per year and per partner (see <see cref="KnowledgeCounts"/>).</summary>
    Task<KnowledgeCounts> GetCountsAsync(CancellationToken cancellationToken);

    /// <summary>The latest consolidated events (by date, undated last), for dashboards.</summary>
    Task<IReadOnlyList<TimelineEvent>> LatestEventsAsync(int limit, CancellationToken cancellationToken);

    /// <summary>One consolidated fact of any kind with its sources, conflicts and curation state; null when unknown.</summary>
    Task<FactDetail?> GetFactAsync(string factId, CancellationToken cancellationToken);

    /// <summary>People whose name matches (with or without diacritics, full or short form).</summary>
    Task<IReadOnlyList<PersonProfile>> FindPeopleAsync(string name, CancellationToken cancellationToken);

    /// <summary>The consolidated facts a stored page supports, with where their evidence sits in its text.</summary>
    Task<IReadOnlyList<PageFact>> GetPageFactsAsync(long pageId, CancellationToken cancellationToken);

    /// <summary>Applies a curation decision as a new revision. Expected failures come back as values.</summary>
    Task<CurationOutcome> CurateAsync(CurationRequest request, CancellationToken cancellationToken);

    /// <summary>Facts no curator has decided on yet, most supporting pages first, then the most recent (<see cref="ReviewQueuePage"/>).</summary>
    Task<ReviewQueuePage> GetReviewQueueAsync(ReviewQuery query, CancellationToken cancellationToken);

    /// <summary>Every revision of a fact, oldest first (machine consolidation and curators' decisions).</summary>
    Task<IReadOnlyList<FactRevision>> GetHistoryAsync(string factId, CancellationToken cancellationToken);

    /// <summary>Rebuilds every consolidated fact from the current pages' mentions and re-applies all decisions.</summary>
    Task ReconsolidateAsync(CancellationToken cancellationToken);
}
