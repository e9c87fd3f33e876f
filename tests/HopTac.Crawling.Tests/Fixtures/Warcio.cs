using System.Diagnostics;

namespace HopTac.Crawling.Tests.Fixtures;

/// <summary>
/// The npm package warcio (an independent WARC reader) as installed by .ci/run into .ci/node, or named by
/// HOPTAC_WARCIO. Absent: the test is skipped locally and fails under CI=true.
/// </summary>
internal static class Warcio
{
    public static string Require()
    {
        var named = Environment.GetEnvironmentVariable("HOPTAC_WARCIO");
        if (!string.IsNullOrEmpty(named) && File.Exists(named))
        {
            return named;
        }

        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HopTac.slnx")))
        {
            dir = dir.Parent;
        }

        var installed = dir is null ? null : Path.Combine(dir.FullName, ".ci", "node", "node_modules", ".bin", "warcio");
        if (installed is not null && File.Exists(installed))
        {
            return installed;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("warcio is missing; .ci/run installs it with npm into .ci/node.");
        }

        Assert.Skip("warcio is not installed (npm install --prefix .ci/node warcio@2.4.11, or set HOPTAC_WARCIO).");
        return string.Empty;
    }

    public static async Task<(int Exit, string Out, string Err)> RunAsync(string warcio, params string[] args)
    {
        var start = new ProcessStartInfo(warcio) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
