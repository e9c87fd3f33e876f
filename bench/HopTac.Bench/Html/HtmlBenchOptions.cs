using System.Globalization;

namespace HopTac.Bench.Html;

/// <summary>Arguments of <c>html</c>: which extractor, which pages, where the JSON lines go, how many threads.</summary>
internal sealed record HtmlBenchOptions(string Extractor, string Pages, string Out, int Threads, int Limit)
{
    public const string Usage =
        "usage: html --extractor hoptac|smartreader --pages DIR --out FILE.jsonl [--threads N] [--limit N (0 = all)]";

    public static IReadOnlyList<string> Extractors { get; } = ["hoptac", "smartreader"];

    /// <summary>Parses the arguments after <c>html</c>; null with a reason when they are unusable.</summary>
    public static HtmlBenchOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        string? extractor = null, pages = null, output = null;
        int threads = 1, limit = 0;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Count)
            {
                error = $"{name} needs a value";
                return null;
            }

            var value = args[++i];
            switch (name)
            {
                case "--extractor":
                    extractor = value;
                    break;
                case "--pages":
                    pages = value;
                    break;
                case "--out":
                    output = value;
                    break;
                case "--threads" when TryWhole(value, 1, out threads):
                case "--limit" when TryWhole(value, 0, out limit):
                    break;
                case "--threads" or "--limit":
                    error = $"{name} must be a whole number (at least 1 for --threads; 0 means all for --limit), not '{value}'";
                    return null;
                default:
                    error = $"unknown option {name}";
                    return null;
            }
        }

        if (extractor is null || !Extractors.Contains(extractor, StringComparer.Ordinal))
        {
            error = "--extractor must be one of: " + string.Join(", ", Extractors);
            return null;
        }

        if (pages is null || output is null)
        {
            error = "--pages and --out are required";
            return null;
        }

        error = null;
        return new HtmlBenchOptions(extractor, pages, output, threads, limit);
    }

    private static bool TryWhole(string value, int min, out int result) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out result) && result >= min;
}
