namespace HopTac.Core.Data;

/// <summary>
/// Reads the tab-separated data files embedded from <c>Data/</c>: lines starting with '#' are comments (the header
/// comment names the sources), the first other line names the columns, every later line is a row.
/// </summary>
internal static class DataFile
{
    /// <summary>The rows of the file whose resource name ends with <paramref name="path"/> ("countries.tsv", "events.areas.tsv").</summary>
    public static List<string[]> ReadRows(string path)
    {
        var assembly = typeof(DataFile).Assembly;
        var resource = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("." + path, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded data file {path} is missing from {assembly.GetName().Name}.");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        var headerSeen = false;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!headerSeen)
            {
                headerSeen = true;
                continue;
            }

            rows.Add(line.Split('\t'));
        }

        return rows;
    }
}
