using System.Globalization;

namespace HopTac.Bench.Load;

/// <summary>The figures of a load run: throughput, latency percentiles over successful requests, and failures.</summary>
internal sealed record SearchLoadResult(
    int Requests, int Failed, int OverTwoSeconds, TimeSpan Elapsed, double P50Ms, double P95Ms, double P99Ms, double MaxMs)
{
    public double RequestsPerSecond => Elapsed > TimeSpan.Zero ? Requests / Elapsed.TotalSeconds : 0;

    /// <summary>Statuses other than 200, with their counts, for the report of a failed run.</summary>
    public IReadOnlyDictionary<int, int> FailedStatuses { get; init; } = new Dictionary<int, int>();

    public static SearchLoadResult From(IReadOnlyList<SearchSample> samples, TimeSpan elapsed)
    {
        var times = samples.Where(s => s.Status == 200).Select(s => s.Elapsed.TotalMilliseconds).Order().ToArray();
        var failed = samples.Where(s => s.Status != 200).GroupBy(s => s.Status).ToDictionary(g => g.Key, g => g.Count());
        return new SearchLoadResult(
            samples.Count,
            samples.Count - times.Length,
            samples.Count(s => s.Elapsed > TimeSpan.FromSeconds(2)),
            elapsed,
            Percentile(times, 0.50),
            Percentile(times, 0.95),
            Percentile(times, 0.99),
            times.Length == 0 ? 0 : times[^1])
        {
            FailedStatuses = failed,
        };
    }

    /// <summary>Nearest-rank percentile: the smallest time that at least <paramref name="q"/> of the requests met.</summary>
    internal static double Percentile(IReadOnlyList<double> sorted, double q)
    {
        if (sorted.Count == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(q * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public string ToText()
    {
        var failures = FailedStatuses.Count == 0 ? string.Empty : " (" + string.Join(", ", FailedStatuses.Select(f => $"{f.Key}: {f.Value}")) + ")";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"requests {Requests} in {Elapsed.TotalSeconds:F1} s ({RequestsPerSecond:F1}/s)  p50 {P50Ms:F1} ms  p95 {P95Ms:F1} ms  p99 {P99Ms:F1} ms  max {MaxMs:F1} ms  over 2 s {OverTwoSeconds}  failed {Failed}{failures}");
    }
}
