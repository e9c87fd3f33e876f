namespace HopTac.Bench.Html;

/// <summary>The pages of a folder in a stable order, so runs of different extractors line up page by page.</summary>
internal static class PageFolder
{
    public static IReadOnlyList<string> List(string folder, int limit)
    {
        var files = Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".html.gz", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        return (limit > 0 ? files.Take(limit) : files).ToArray();
    }
}
