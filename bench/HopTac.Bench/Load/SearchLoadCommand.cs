using System.Globalization;

namespace HopTac.Bench.Load;

/// <summary><c>search-load --server URL [--token T] [--clients 50] [--seconds 30] [--queries FILE] [--page-views]</c>.</summary>
internal static class SearchLoadCommand
{
    public const string Usage =
        "usage: HopTac.Bench search-load --server http://127.0.0.1:5000 [--token TOKEN] [--clients 50] [--seconds 30] [--queries FILE] [--page-views]\n" +
        "  FILE holds one query string a line (q=hop+tac&partner=RU); without it a built-in list of 16 is used.\n" +
        "  --page-views: after each search that found pages, open one of them (GET /pages/{id}); reported apart.";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        Uri? server = null;
        string? token = null;
        var clients = 50;
        var seconds = 30;
        IReadOnlyList<string> queries = SearchLoadOptions.DefaultQueries;
        var pageViews = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (string.Equals(args[i], "--page-views", StringComparison.Ordinal))
            {
                pageViews = true;
                continue;
            }

            var value = i + 1 < args.Length ? args[i + 1] : null;
            var ok = args[i] switch
            {
                "--server" => Uri.TryCreate(value, UriKind.Absolute, out server),
                "--token" => (token = value) is not null,
                "--clients" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out clients) && clients is > 0 and <= 1000,
                "--seconds" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out seconds) && seconds is > 0 and <= 3600,
                "--queries" => value is not null && File.Exists(value) && (queries = ReadQueries(value)).Count > 0,
                _ => false,
            };
            if (!ok)
            {
                await error.WriteLineAsync($"bad argument {args[i]} {value}\n{Usage}").ConfigureAwait(false);
                return 1;
            }

            i++;
        }

        if (server is null)
        {
            await error.WriteLineAsync(Usage).ConfigureAwait(false);
            return 1;
        }

        var load = new SearchLoad(new SearchLoadOptions(server, queries, clients, TimeSpan.FromSeconds(seconds)) { Token = token, PageViews = pageViews });
        var result = await load.RunAsync(CancellationToken.None).ConfigureAwait(false);
        await output.WriteLineAsync($"clients {clients}, {queries.Count} queries\n{result.ToText()}").ConfigureAwait(false);
        return result.Failed == 0 ? 0 : 3;
    }

    private static List<string> ReadQueries(string path) =>
        File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
}
