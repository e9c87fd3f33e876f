namespace HopTac.Tests.Common;

/// <summary>
/// Locates the read-only <c>shared/</c> folder that sits beside the repository (development pages, gold, scorers).
/// Tests that need it call <see cref="RequireRoot"/>: it skips with a clear message when the folder is absent,
/// but fails when <c>CI=true</c>, because CI always has it.
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    public static string? TryRoot => Root.Value;

    public static string RequireRoot()
    {
        var root = Root.Value;
        if (root is not null)
        {
            return root;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("../shared is missing, and CI must have it (set HOPTAC_SHARED or clone beside shared/).");
        }

        Assert.Skip("../shared is not beside this checkout (set HOPTAC_SHARED to run this test).");
        return string.Empty;
    }

    public static string Path(params string[] parts) => System.IO.Path.Combine([RequireRoot(), .. parts]);

    /// <summary>The repository root (the folder holding HopTac.slnx).</summary>
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "HopTac.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("HopTac.slnx not found above the test assembly.");
    }

    private static string? FindRoot()
    {
        var env = Environment.GetEnvironmentVariable("HOPTAC_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env))
        {
            return env;
        }

        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "spec")) && Directory.Exists(System.IO.Path.Combine(candidate, "corpus")))
            {
                return candidate;
            }

            dir = dir.Parent;
        }

        return null;
    }
}
