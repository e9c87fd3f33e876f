namespace HopTac.Storage.Search;

/// <summary>A page that matched a search, its index relevance (higher is better) and, once read, its boosted score.</summary>
internal sealed record RankedCandidate(long Id, double Relevance)
{
    public double? Score { get; set; }
}
