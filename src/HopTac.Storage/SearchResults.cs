using System.Collections;

namespace HopTac.Storage;

/// <summary>
/// One page of search results: the hits from <see cref="Offset"/> (at most <see cref="Limit"/> of them) in rank order,
/// and <see cref="Total"/>, the number of pages that match the whole query, so a reader can page through all of them.
/// Matches are counted exactly up to <see cref="SearchQuery.TotalBound"/>; past it <see cref="TotalIsExact"/> is false
/// and <see cref="Total"/> is a lower bound ("at least 10,000"), as Elasticsearch's <c>track_total_hits</c> reports
/// (counting every match of a frequent word cost more than ranking the page of results). Either way the results page
/// up to <see cref="Total"/>. Enumerates as its hits.
/// </summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Total, int Offset, int Limit) : IReadOnlyList<SearchHit>
{
    /// <summary>No match.</summary>
    public static SearchResults None(int offset, int limit) => new([], 0, offset, limit);

    /// <summary>False when <see cref="Total"/> is a lower bound: at least that many pages match (counting stopped at a bound).</summary>
    public bool TotalIsExact { get; init; } = true;

    public int Count => Hits.Count;

    /// <summary>
    /// Results counted up to the bound: <paramref name="counted"/> matches were found before counting stopped (a store
    /// counts at most <see cref="SearchQuery.CountLimit"/>); more than <paramref name="bound"/> (by default
    /// <see cref="SearchQuery.TotalBound"/>; tests set a small one) is reported as "at least the bound".
    /// </summary>
    public static SearchResults Counted(IReadOnlyList<SearchHit> hits, int counted, int offset, int limit, int bound = SearchQuery.TotalBound) =>
        counted > bound
            ? new SearchResults(hits, bound, offset, limit) { TotalIsExact = false }
            : new SearchResults(hits, counted, offset, limit);


    public SearchHit this[int index] => Hits[index];

    public IEnumerator<SearchHit> GetEnumerator() => Hits.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
