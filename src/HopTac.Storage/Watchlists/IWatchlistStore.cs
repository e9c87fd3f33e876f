namespace HopTac.Storage.Watchlists;

/// <summary>
/// Watchlists and their feed tokens. A feed token is returned once, when the watchlist is created (or its token
/// renewed); only its hash is kept, and <see cref="FindByFeedTokenAsync"/> finds the watchlist from the token. Thread-safe.
/// </summary>
public interface IWatchlistStore
{
    /// <summary>Creates a watchlist; returns it and its feed token (shown once).</summary>
    Task<(Watchlist Watchlist, string FeedToken)> CreateAsync(long accountId, string name, string? query, string? partner, string? area, CancellationToken cancellationToken);

    /// <summary>The account's watchlists, oldest first.</summary>
    Task<IReadOnlyList<Watchlist>> ListAsync(long accountId, CancellationToken cancellationToken);

    /// <summary>The account's watchlist with this id; null when it is not theirs or does not exist.</summary>
    Task<Watchlist?> GetAsync(long accountId, long id, CancellationToken cancellationToken);

    /// <summary>The watchlist whose feed token this is; null for any other string.</summary>
    Task<Watchlist?> FindByFeedTokenAsync(long id, string token, CancellationToken cancellationToken);

    /// <summary>Marks everything up to now as seen.</summary>
    Task MarkSeenAsync(long accountId, long id, CancellationToken cancellationToken);

    /// <summary>Replaces the feed token (the old feed URL stops working); null when the watchlist is not the account's.</summary>
    Task<string?> RenewFeedTokenAsync(long accountId, long id, CancellationToken cancellationToken);

    /// <summary>Deletes the account's watchlist; false when there was none.</summary>
    Task<bool> DeleteAsync(long accountId, long id, CancellationToken cancellationToken);
}
