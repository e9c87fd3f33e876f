namespace HopTac.Bench.Load;

/// <summary>One request of a load run: the query sent, the HTTP status (0 when no response came) and its time.</summary>
internal readonly record struct SearchSample(string Query, int Status, TimeSpan Elapsed);
