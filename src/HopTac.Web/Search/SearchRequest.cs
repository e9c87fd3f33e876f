namespace HopTac.Web.Search;

/// <summary>A search as the page form and the API take it (query-string names: q, partner, area, type, from, to, limit, offset).</summary>
internal sealed record SearchRequest(string? Q, string? Partner, string? Area, string? Type, string? From, string? To, int? Limit, int? Offset = null);
