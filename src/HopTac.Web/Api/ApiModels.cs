using HopTac.Core.Pages;
using HopTac.Core.Text;
using HopTac.Storage.Accounts;
using HopTac.Storage.Knowledge;

namespace HopTac.Web.Api;

// The API's own shapes, where the store's and knowledge base's records are not already what a client wants.
// Serialised snake_case like every other JSON of HopTac.

internal sealed record SearchResult(long Id, string? Title, string Snippet, string Source, string? Published, double Rank, IReadOnlyList<TextSpan> Highlights);

/// <summary>
/// One page of search results: Total matches in all, Count of them here, starting at Offset (at most Limit). When
/// TotalIsExact is false, at least Total pages match (matches are counted up to SearchQuery.TotalBound).
/// </summary>
internal sealed record SearchResponse(string Query, int Total, bool TotalIsExact, int Offset, int Limit, int Count, IReadOnlyList<SearchResult> Results);

internal sealed record PartnersResponse(IReadOnlyList<PartnerCount> Partners);

internal sealed record HistoryResponse(string Id, IReadOnlyList<FactRevision> History);

internal sealed record PeopleResponse(string Name, IReadOnlyList<PersonProfile> People);

internal sealed record PageResponse(long Id, int Version, DateTimeOffset IngestedAt, PageRecord Record, IReadOnlyList<PageFact> Facts);

internal sealed record CurationResponse(string Id, long Revision, FactDetail? Fact);

internal sealed record CurationBody(string? Why);

internal sealed record EditBody(Dictionary<string, string?>? Changes, string? Why);

internal sealed record MergeBody(string? Other, string? Why);

internal sealed record SplitBody(IReadOnlyList<long>? Pages, string? Why);

internal sealed record MeResponse(long Id, string Name, string Role);

/// <summary>A token to create: label, whose (admin only for someone else), scope (read or curate, default curate), life in days (default and most: the configured TokenDays).</summary>
internal sealed record TokenBody(string? Name, long? AccountId, string? Scope, int? Days);

internal sealed record TokensResponse(IReadOnlyList<ApiToken> Tokens);

internal sealed record IssuedTokenResponse(ApiToken Token, string Secret);

internal sealed record AccountBody(string? Name, string? Role, string? Password);

internal sealed record RoleBody(string? Role);

internal sealed record AccountsResponse(IReadOnlyList<Account> Accounts);

internal sealed record AuditResponse(IReadOnlyList<AuditEntry> Entries);

internal sealed record HealthResponse(string Status);
