namespace HopTac.Crawling.Robots;

/// <summary>
/// A host's robots.txt as it applies to one crawler (RFC 9309): the group of the most specific matching user-agent
/// (else <c>*</c>), allow/disallow by the longest matching rule with <c>*</c> and <c>$</c>, allow winning ties; plus
/// the group's Crawl-delay (not in the RFC, honoured as most crawlers do) and the file's Sitemap lines.
/// Written here because no robots.txt parser is among the served NuGet packages; it is small and bounded
/// (at most 500 KiB of the file are read, as the RFC allows).
/// </summary>
public sealed class RobotsRules
{
    /// <summary>The RFC lets a crawler stop reading after 500 KiB.</summary>
    public const int MaxBytes = 500 * 1024;

    private readonly List<(string Pattern, bool Allow)> rules;

    private RobotsRules(List<(string Pattern, bool Allow)> rules, TimeSpan? crawlDelay, IReadOnlyList<string> sitemaps)
    {
        this.rules = rules;
        CrawlDelay = crawlDelay;
        Sitemaps = sitemaps;
    }

    /// <summary>Everything allowed: no robots.txt (4xx), as the RFC says.</summary>
    public static RobotsRules AllowAll { get; } = new([], null, []);

    /// <summary>Nothing allowed: robots.txt unreachable (5xx, network), as the RFC says, until it can be read.</summary>
    public static RobotsRules DisallowAll { get; } = new([("/", false)], null, []);

    /// <summary>The group's Crawl-delay, if any.</summary>
    public TimeSpan? CrawlDelay { get; }

    /// <summary>Sitemap URLs the file lists (for every crawler).</summary>
    public IReadOnlyList<string> Sitemaps { get; }

    /// <summary>Reads a robots.txt for the crawler whose product token is <paramref name="agent"/> (e.g. "hoptac").</summary>
    public static RobotsRules Parse(string text, string agent)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(agent);
        if (text.Length > MaxBytes)
        {
            text = text[..MaxBytes];
        }

        var groups = new List<Group>();
        var sitemaps = new List<string>();
        Group? current = null;
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw;
            if (line.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0)
            {
                line = line[..hash];
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent":
                    if (!lastWasAgent || current is null)
                    {
                        current = new Group();
                        groups.Add(current);
                    }

                    current.Agents.Add(value.ToLowerInvariant());
                    lastWasAgent = true;
                    continue;
                case "allow" or "disallow" when current is not null:
                    // An empty Disallow allows everything; it adds no rule.
                    if (value.Length > 0)
                    {
                        current.Rules.Add((value, key == "allow"));
                    }

                    break;
                case "crawl-delay" when current is not null:
                    if (double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
                        && seconds is >= 0 and <= 86_400)
                    {
                        current.Delay = TimeSpan.FromSeconds(seconds);
                    }

                    break;
                case "sitemap":
                    sitemaps.Add(value);
                    break;
            }

            lastWasAgent = false;
        }

        var token = agent.ToLowerInvariant();
        var matching = groups.Where(g => g.Agents.Contains(token)).ToList();
        if (matching.Count == 0)
        {
            matching = groups.Where(g => g.Agents.Contains("*")).ToList();
        }

        // Several groups for one agent are merged, as the RFC says.
        var merged = matching.SelectMany(g => g.Rules).ToList();
        var delay = matching.Select(g => g.Delay).FirstOrDefault(d => d is not null);
        return new RobotsRules(merged, delay, sitemaps);
    }

    /// <summary>Whether the path and query of <paramref name="url"/> may be fetched.</summary>
    public bool IsAllowed(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = url.PathAndQuery;
        if (path is "/robots.txt")
        {
            return true;
        }

        var bestLength = -1;
        var allowed = true;
        foreach (var (pattern, allow) in rules)
        {
            if (Matches(pattern, path) && (pattern.Length > bestLength || (pattern.Length == bestLength && allow)))
            {
                bestLength = pattern.Length;
                allowed = allow;
            }
        }

        return allowed;
    }

    private sealed class Group
    {
        public List<string> Agents { get; } = [];

        public List<(string Pattern, bool Allow)> Rules { get; } = [];

        public TimeSpan? Delay { get; set; }
    }

    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        if (anchored)
        {
            pattern = pattern[..^1];
        }

        return Match(pattern, 0, Uri.UnescapeDataString(path), 0, anchored) || Match(pattern, 0, path, 0, anchored);
    }

    private static bool Match(string pattern, int p, string path, int s, bool anchored)
    {
        while (p < pattern.Length)
        {
            if (pattern[p] == '*')
            {
                // Collapse runs of stars, then try every suffix: patterns are short, paths bounded.
                while (p < pattern.Length && pattern[p] == '*')
                {
                    p++;
                }

                for (var k = s; k <= path.Length; k++)
                {
                    if (Match(pattern, p, path, k, anchored))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (s >= path.Length || pattern[p] != path[s])
            {
                return false;
            }

            p++;
            s++;
        }

        return !anchored || s == path.Length;
    }
}
