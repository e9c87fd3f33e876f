using System.Globalization;

namespace HopTac.Ingestion.Tests.Fuzzing;

/// <summary>
/// How many cases each property runs: a short run by default (CI), as many as <c>HOPTAC_FUZZ_CASES</c> says when
/// <c>scripts/fuzz.sh</c> runs them for longer.
/// </summary>
internal static class FuzzSettings
{
    public static int Cases(int ci) =>
        int.TryParse(Environment.GetEnvironmentVariable("HOPTAC_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var cases) && cases > 0 ? cases : ci;

    /// <summary>The generator's size ceiling: larger inputs in long runs.</summary>
    public static int MaxSize => Cases(0) > 0 ? 400 : 100;
}
