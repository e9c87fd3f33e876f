using System.Runtime.CompilerServices;
using HopTac.Storage;
using HopTac.Storage.Facts;
using HopTac.Storage.Watchlists;
using HopTac.Web.Hosting;
using Microsoft.Extensions.Options;

namespace HopTac.Web.Watchlists;

/// <summary>
/// What a watchlist selects: the events, agreements and figures (not rejected) naming its partner, of pages about its
/// area, and, when it saves words, of the pages the search finds for them (the search's result bound applies).
/// "New" means first consolidated after an instant.
/// </summary>
internal sealed class WatchlistService(IPageStore store, IWatchlistStore watchlists, IOptions<HopTacWebOptions> options)
{
    private static readonly IReadOnlyList<string> Kinds = ["event", "agreement", "figure"];

    public IWatchlistStore Store => watchlists;

    /// <summary>The watchlist's facts first consolidated after <paramref name="since"/>, kind by kind.</summary>
    public async IAsyncEnumerable<ConsolidatedFact> NewFactsAsync(Watchlist watchlist, DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(watchlist);
        List<long>? pages = null;
        if (!string.IsNullOrWhiteSpace(watchlist.Query))
        {
            var hits = await store.SearchAsync(
                new SearchQuery(watchlist.Query, Limit: options.Value.MaxResults) { Partner = watchlist.Partner, Area = watchlist.Area },
                cancellationToken).ConfigureAwait(false);
            pages = hits.Select(h => h.PageId).ToList();
            if (pages.Count == 0)
            {
                yield break;
            }
        }

        var query = new FactQuery { Kinds = Kinds, Partner = watchlist.Partner, Area = watchlist.Area, Since = since, Pages = pages };
        await foreach (var fact in store.Facts.ReadAsync(query, cancellationToken).ConfigureAwait(false))
        {
            yield return fact;
        }
    }

    /// <summary>How many facts are new since the owner last looked.</summary>
    public async Task<int> CountNewAsync(Watchlist watchlist, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var _ in NewFactsAsync(watchlist, watchlist.LastSeenAt, cancellationToken).ConfigureAwait(false))
        {
            count++;
        }

        return count;
    }
}
