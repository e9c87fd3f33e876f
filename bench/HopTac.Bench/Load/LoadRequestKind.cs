namespace HopTac.Bench.Load;

/// <summary>The two kinds of request a load client sends, reported apart: their costs differ by two orders of magnitude.</summary>
internal enum LoadRequestKind
{
    /// <summary>GET /api/search with one of the queries.</summary>
    Search,

    /// <summary>GET /pages/{id} of a page the search before it returned, as a reader opens a result.</summary>
    PageView,
}
