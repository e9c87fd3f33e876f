namespace HopTac.Storage.Search;

/// <summary>
/// The re-ranking every store's search shares: of the matches in index-relevance order, only the first
/// <c>window</c> are re-ranked by <see cref="RelevanceBoost"/>, the rest follow in relevance order. Inside the window,
/// texts are read in relevance order only until no unread page can reach the slice (its relevance times
/// <see cref="RelevanceBoost.MaxFactor"/> is below the slice's last boosted score), so the slice equals what
/// re-ranking every match gives whenever that point comes within the window. The store supplies two queries.
/// </summary>
internal sealed class BoundedRanking(
    Func<int, int, Task<List<RankedCandidate>>> candidates,
    Func<IReadOnlyList<long>, Task<Dictionary<long, (string? Title, string? Text)>>> texts,
    int window,
    bool fullScan)
{
    /// <summary>Texts read per round while re-ranking.</summary>
    private const int Chunk = 32;

    /// <summary>
    /// The slice [skip, skip + take) in rank order. <c>candidates(skip, take)</c> gives matches in relevance order
    /// (take = <see cref="int.MaxValue"/>: all); <c>texts(ids)</c> the titles and texts of pages.
    /// </summary>
    public async Task<List<RankedCandidate>> RankAsync(SearchTerms terms, int skip, int take)
    {
        var need = skip + take;
        var size = fullScan ? int.MaxValue : window;
        var list = await candidates(0, size).ConfigureAwait(false);
        var maxFactor = RelevanceBoost.MaxFactor(terms);

        // Read texts in relevance order until no unread candidate can climb into the first `need`.
        var scored = 0;
        while (scored < list.Count)
        {
            var chunk = list.GetRange(scored, Math.Min(Chunk, list.Count - scored));
            await BoostAsync(chunk, terms).ConfigureAwait(false);
            scored += chunk.Count;
            if (!fullScan && scored >= need && scored < list.Count)
            {
                var kth = list.Take(scored).Select(c => c.Score).OrderDescending().ElementAt(need - 1);
                if (kth >= maxFactor * list[scored].Relevance)
                {
                    break;
                }
            }
        }

        var ranked = list.Take(scored).OrderByDescending(c => c.Score).ThenBy(c => c.Id)
            .Concat(list.Skip(scored)).ToList();
        if (need > list.Count && list.Count == size)
        {
            // Past the window: the matches continue in relevance order.
            ranked.AddRange(await candidates(size, need - size).ConfigureAwait(false));
        }

        return ranked.Skip(skip).Take(take).Select(c => c with { Score = c.Score ?? c.Relevance }).ToList();
    }

    /// <summary>Sets each candidate's score: its relevance times the boost its title and text earn.</summary>
    private async Task BoostAsync(List<RankedCandidate> chunk, SearchTerms terms)
    {
        if (RelevanceBoost.MaxFactor(terms) <= 1.0)
        {
            chunk.ForEach(c => c.Score = c.Relevance);
            return;
        }

        var rows = await texts(chunk.ConvertAll(c => c.Id)).ConfigureAwait(false);
        foreach (var c in chunk)
        {
            var (title, text) = rows.TryGetValue(c.Id, out var row) ? row : (null, null);
            c.Score = c.Relevance * RelevanceBoost.Factor(title, text, terms);
        }
    }
}
