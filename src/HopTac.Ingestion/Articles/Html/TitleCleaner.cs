namespace HopTac.Ingestion.Articles.Html;

/// <summary>Removes the site name that pages append to or prepend before their title ("Headline | Site", "Site - Headline").</summary>
internal static class TitleCleaner
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " • ", " :: ", " » ", " · ", " / ", " :"];

    private static readonly string[] UnknownSiteSeparators = [" | ", " • ", " :: ", " » ", " · "];

    public static string StripSiteName(string title, string? siteName)
    {
        if (!string.IsNullOrEmpty(siteName) && title.Length > siteName.Length + 3)
        {
            foreach (var sep in Separators)
            {
                if (title.EndsWith(sep + siteName, StringComparison.OrdinalIgnoreCase))
                {
                    return title[..^(sep.Length + siteName.Length)].Trim();
                }

                if (title.StartsWith(siteName + sep, StringComparison.OrdinalIgnoreCase))
                {
                    return title[(siteName.Length + sep.Length)..].Trim();
                }
            }
        }

        // Without a known site name, cut the shorter side of the last separator when it looks like a name. Dashes are
        // left alone here: headlines use them themselves ("Việt Nam - Belarus", "Hà Nội – Vientiane").
        foreach (var sep in UnknownSiteSeparators)
        {
            var at = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (at > 0)
            {
                var tail = title[(at + sep.Length)..];
                if (tail.Length < title.Length / 2 && tail.Split(' ').Length <= 4)
                {
                    return title[..at].Trim();
                }
            }

            var first = title.IndexOf(sep, StringComparison.Ordinal);
            if (first > 0)
            {
                var head = title[..first];
                if (head.Length < title.Length / 3 && head.Split(' ').Length <= 3)
                {
                    return title[(first + sep.Length)..].Trim();
                }
            }
        }

        return title.Trim();
    }

    /// <summary>
    /// "Headline | Section | Site" with the headline first and longest keeps only the headline. Pages copy their
    /// document title into the h1 and metadata, so the site-name cut above sees only the last segment.
    /// </summary>
    public static string? KeepHeadlineSegment(string? title)
    {
        if (title is null || !title.Contains(" | ", StringComparison.Ordinal))
        {
            return title;
        }

        var segments = title.Split(" | ", StringSplitOptions.TrimEntries);
        var head = segments[0];
        if (head.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 4)
        {
            return title;
        }

        for (var i = 1; i < segments.Length; i++)
        {
            if (segments[i].Length >= head.Length)
            {
                return title;
            }
        }

        return head;
    }
}
