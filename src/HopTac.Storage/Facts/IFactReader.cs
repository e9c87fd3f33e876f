namespace HopTac.Storage.Facts;

/// <summary>
/// Reads the consolidated facts as they leave the product (exports, watchlist feeds): current values after curators'
/// edits, with their curation state and sources. Streams in id batches, so an export of any size holds one batch in
/// memory and never stops at a silent row limit. Thread-safe.
/// </summary>
public interface IFactReader
{
    /// <summary>The facts the query selects, kind by kind (events, agreements, figures, people) and by id within a kind.</summary>
    IAsyncEnumerable<ConsolidatedFact> ReadAsync(FactQuery query, CancellationToken cancellationToken);
}
