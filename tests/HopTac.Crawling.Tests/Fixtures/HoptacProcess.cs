using System.Diagnostics;

namespace HopTac.Crawling.Tests.Fixtures;

/// <summary>The real <c>hoptac</c> command in a process of its own (so it can be killed like a real one).</summary>
internal static class HoptacProcess
{
    public static Process Start(params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "hoptac.dll");
        Assert.True(File.Exists(cli), $"{cli} is missing");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    public static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        using var process = Start(args);
        return await WaitAsync(process);
    }

    public static async Task<(int Exit, string Out, string Err)> WaitAsync(Process process)
    {
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
