using System.Globalization;
using FsCheck;
using Microsoft.FSharp.Core;

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

    /// <summary>
    /// The run's configuration. The short run in the test suite replays one fixed seed, so that a test run's verdict
    /// does not depend on luck (a fuzzer's new find belongs in a regression case, not in a red CI run of unrelated
    /// work); the long runs of <c>scripts/fuzz.sh</c> draw a new seed each time to explore.
    /// </summary>
    public static Config For(int ci)
    {
        var config = Config.QuickThrowOnFailure.WithMaxTest(Cases(ci));
        if (Replayed() is { } replay)
        {
            return config.WithMaxTest(1).WithReplay(FSharpOption<Replay>.Some(replay));
        }

        return Cases(0) > 0 ? config : config.WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(20261206UL), FSharpOption<int>.None)));
    }

    /// <summary>
    /// <c>HOPTAC_FUZZ_REPLAY=SEED,GAMMA,SIZE</c>, as FsCheck prints after "Replay directly at failing step with": runs
    /// that one case again, to tell a finding that repeats from one the machine's load made (the 10 s limit per case).
    /// </summary>
    private static Replay? Replayed()
    {
        var parts = (Environment.GetEnvironmentVariable("HOPTAC_FUZZ_REPLAY") ?? "").Trim('(', ')', ' ').Split(',', StringSplitOptions.TrimEntries);
        return parts.Length == 3
            && ulong.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seed)
            && ulong.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var gamma)
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var size)
            ? new Replay(new Rnd(seed, gamma), FSharpOption<int>.Some(size))
            : null;
    }
}
