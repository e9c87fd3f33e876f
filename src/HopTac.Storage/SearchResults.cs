using System.Collections;

namespace HopTac.Storage;

/// <summary>
/// One page of search results: the hits from <see cref="Offset"/> (at most <see cref="Limit"/> of them) in rank order,
/// and <see cref="Total"/>, the number of pages that match the whole query, so a reader can page through all of them.
/// Enumerates as its hits.
/// </summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Total, int Offset, int Limit) : IReadOnlyList<SearchHit>
{
    /// <summary>No match.</summary>
    public static SearchResults None(int offset, int limit) => new([], 0, offset, limit);

    public int Count => Hits.Count;

    public SearchHit this[int index] => Hits[index];

    public IEnumerator<SearchHit> GetEnumerator() => Hits.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
