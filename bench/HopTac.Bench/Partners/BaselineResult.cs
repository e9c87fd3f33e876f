namespace HopTac.Bench.Partners;

/// <summary>What the session-5 queries found for a partner, and the time of each step.</summary>
internal sealed record BaselineResult(
    IReadOnlySet<long> Events,
    IReadOnlySet<long> Agreements,
    IReadOnlySet<long> Figures,
    IReadOnlySet<long> People,
    IReadOnlyList<(string Step, double Ms)> Steps)
{
    /// <summary>
    /// The session-5 first visit: the cache read the timeline, then the overview read it again in full (sources and
    /// participants too) before its people, so every timeline step counted twice.
    /// </summary>
    public double FirstVisitMs =>
        Steps.Sum(s => s.Step.StartsWith("people", StringComparison.Ordinal) ? s.Ms : 2 * s.Ms);
}
