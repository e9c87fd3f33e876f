namespace HopTac.Storage.Watchlists;

/// <summary>
/// A saved search (Query: words as the search box takes them) or partner/area filter of one account. LastSeenAt is
/// when its owner last looked at what is new; facts first consolidated after it are "new".
/// </summary>
public sealed record Watchlist(
    long Id,
    long AccountId,
    string Name,
    string? Query,
    string? Partner,
    string? Area,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastSeenAt);
