using HopTac.Storage;
using HopTac.Storage.Accounts;
using HopTac.Storage.Knowledge;

namespace HopTac.Web.Hosting;

/// <summary>
/// What a host or a test supplies instead of what the configuration would open. A store given here is owned by the
/// caller (not disposed with the app); the knowledge base defaults to the store's own.
/// </summary>
public sealed record HopTacAppOverrides
{
    public IPageStore? Store { get; init; }

    public IKnowledgeBase? Knowledge { get; init; }

    public IAccountStore? Accounts { get; init; }

    public TimeProvider? Clock { get; init; }

    /// <summary>Where the first start prints the admin's one-time code (standard output when null).</summary>
    public TextWriter? Console { get; init; }
}
