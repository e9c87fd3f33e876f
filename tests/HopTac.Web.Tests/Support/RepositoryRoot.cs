namespace HopTac.Web.Tests.Support;

/// <summary>The checkout the tests run from (the folder holding HopTac.slnx), for tests that read its source files.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "HopTac.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("HopTac.slnx not found above " + AppContext.BaseDirectory);
    }
}
