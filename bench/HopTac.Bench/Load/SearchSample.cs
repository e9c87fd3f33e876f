namespace HopTac.Bench.Load;

/// <summary>
/// One request of a load run: what it was (a search or the view of a page it found), the query or path sent, the HTTP
/// status (0 when no response came) and its time.
/// </summary>
internal readonly record struct SearchSample(LoadRequestKind Kind, string Target, int Status, TimeSpan Elapsed);
