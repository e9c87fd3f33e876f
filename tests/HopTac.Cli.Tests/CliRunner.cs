using System.Text;
using HopTac.Cli;

namespace HopTac.Cli.Tests;

/// <summary>Runs the real <c>hoptac</c> command line in process, capturing standard output and error.</summary>
internal static class CliRunner
{
    /// <summary>The curator the tests' environment names (HOPTAC_CURATOR), as a team would configure it.</summary>
    public const string Curator = "cli-test";

    private static readonly Dictionary<string, string> DefaultEnvironment = new(StringComparer.Ordinal) { ["HOPTAC_CURATOR"] = Curator };

    /// <summary>Runs hoptac with <paramref name="environment"/> as its environment (default: HOPTAC_CURATOR set).</summary>
    public static async Task<(int Exit, string Out, string Err)> RunAsync(string[] args, byte[]? stdin = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = stdin is null ? null : new MemoryStream(stdin);
        var env = environment ?? DefaultEnvironment;
        var console = new CliConsole(output, error, input, interactive: false) { Environment = name => env.GetValueOrDefault(name) };
        var exit = await CliApp.RunAsync(args, console, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "hoptac-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static string Write(string dir, string name, string content)
    {
        var path = Path.Combine(dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }
}
