using HopTac.Storage;
using HopTac.Storage.Accounts;

namespace HopTac.Web.Hosting;

/// <summary>
/// What a host or a test supplies instead of what the configuration would open. A store given here is owned by the
/// caller (not disposed with the app). The knowledge base is always the store's own: it is consolidated as pages
/// are saved, so a separate one could only disagree with the pages.
/// </summary>
public sealed record HopTacAppOverrides
{
    public IPageStore? Store { get; init; }

    public IAccountStore? Accounts { get; init; }

    /// <summary>The crawler's sources and fetch log (the admin's sources page); opened from the store's file when null.</summary>
    public HopTac.Storage.Crawling.ICrawlStore? Crawl { get; init; }

    public TimeProvider? Clock { get; init; }

    /// <summary>Where the first start prints the admin's one-time code (standard output when null).</summary>
    public TextWriter? Console { get; init; }
}
