using System.Globalization;

namespace HopTac.Ingestion.Articles.Html;

/// <summary>
/// Decides whether a string names a person who wrote the page: not the site, not a URL or handle, not a photo
/// credit, not a sentence. Bylines lose their "By"/"Bài:" prefix and anything after a date or separator.
/// </summary>
internal static class AuthorNames
{
    private static readonly string[] Prefixes = ["written by", "posted by", "reviewed by", "by:", "by", "từ", "bài và ảnh:", "bài:", "tác giả:", "tác giả", "author:", "author"];
    private static readonly string[] Leads = ["written by", "posted by", "authored by", "reviewed by", "article by", "by", "bài:", "bài và ảnh:", "tác giả:", "tác giả", "author:", "words by", "story by", "contributors:", "contributor:"];
    private static readonly string[] Cuts = [" last ", " | ", " - ", " – ", " — ", "•", "·", "\n", " on ", " updated", " published", " posted", " ngày ", ","];

    private static readonly string[] OrganisationWords =
    [
        "team", "staff", "news", "media", "group", "inc", "llc", "ltd", "blog", "báo", "tạp chí", "online", "press", "magazine",
        "times", "post", "daily", "journal", "studio", "agency", "company", "editors", "editorial", "express", "tv", "radio",
        "network", "digital", "official", "services", "solutions", "corp", "foundation", "institute", "university",
    ];

    /// <summary>Two to four capitalised words and no organisation word: "Sam Bossley", "Nguyễn Hồng".</summary>
    public static bool LooksLikePerson(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4 || !words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '.' or '-' or '\'')))
        {
            return false;
        }

        var lower = name.ToLower(CultureInfo.InvariantCulture);
        return !OrganisationWords.Any(o => (" " + lower + " ").Contains(" " + o + " ", StringComparison.Ordinal));
    }

    // The first letters of the leads: a cheap test that rules most texts out before any string is made.
    private static readonly System.Buffers.SearchValues<char> LeadStarts =
        System.Buffers.SearchValues.Create([.. Leads.SelectMany(l => new[] { char.ToLowerInvariant(l[0]), char.ToUpperInvariant(l[0]) }).Distinct()]);

    /// <summary>Whether a text can open a byline at all (it starts as one of the leads does).</summary>
    public static bool MayBeBylineLead(ReadOnlySpan<char> text) => text.Length > 1 && LeadStarts.Contains(text[0]);

    /// <summary>True when <paramref name="text"/> opens a byline; <paramref name="rest"/> is what follows the lead.</summary>
    public static bool IsBylineLead(string text, out string rest)
    {
        rest = string.Empty;
        if (text.Length > 120)
        {
            return false;
        }

        foreach (var lead in Leads)
        {
            if (text.StartsWith(lead, StringComparison.OrdinalIgnoreCase) && (text.Length == lead.Length || !char.IsLetter(text[lead.Length])))
            {
                rest = text[lead.Length..].Trim().TrimStart(':').Trim();
                return true;
            }
        }

        return false;
    }

    public static string? Accept(string? value, string? siteName) => Accept(value, siteName, allowHandle: false);

    /// <summary>As <see cref="Accept(string?, string?)"/>; <paramref name="allowHandle"/> lets a login ("jane.doe") through, for pages naming nobody else.</summary>
    public static string? Accept(string? value, string? siteName, bool allowHandle)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var v = AfterBy(value.Trim());
        foreach (var lead in Leads)
        {
            if (v.StartsWith(lead + " ", StringComparison.OrdinalIgnoreCase))
            {
                v = v[(lead.Length + 1)..].Trim();
                break;
            }
        }

        if (v.Contains("menu", StringComparison.OrdinalIgnoreCase) || v.Contains("skip to", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (v.Length is < 3 or > 80 || v.Contains("://", StringComparison.Ordinal) || v.StartsWith('@') || v.Contains('@', StringComparison.Ordinal)
            || v.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || v.Contains(".com", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // A site named after a person is a personal blog, and that person wrote the page; any other site name is not a byline.
        if (!string.IsNullOrEmpty(siteName) && (v.Equals(siteName, StringComparison.OrdinalIgnoreCase)
            || siteName.Contains(v, StringComparison.OrdinalIgnoreCase) || v.Contains(siteName, StringComparison.OrdinalIgnoreCase))
            && !LooksLikePerson(v))
        {
            return null;
        }

        // A dotted or underscored single token is a login or an unfilled template key ("jane.doe", "page.author"): a
        // real byline elsewhere on the page is better, though a login is still better than nothing.
        if (!allowHandle && !v.Contains(' ', StringComparison.Ordinal) && (v.Contains('.', StringComparison.Ordinal) || v.Contains('_', StringComparison.Ordinal)))
        {
            return null;
        }

        if (v.Any(char.IsDigit) || v.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 8)
        {
            return null;
        }

        return char.IsLetter(v[0]) ? v : null;
    }

    /// <summary>"Text by X", "Recipe by X", "This post was written by X", "Article by: X": the name follows "by".</summary>
    private static string AfterBy(string s)
    {
        var at = s.IndexOf(" by ", StringComparison.OrdinalIgnoreCase);
        var colon = s.IndexOf(" by: ", StringComparison.OrdinalIgnoreCase);
        if (colon >= 0 && (at < 0 || colon < at))
        {
            return at is >= 0 and < 40 || colon < 40 ? s[(colon + 5)..].Trim() : s;
        }

        return at is >= 0 and < 40 ? s[(at + 4)..].Trim() : s;
    }

    public static string? FromByline(string? text, string? siteName)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = AfterBy(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        if (t.Length > 200)
        {
            return null;
        }

        foreach (var prefix in Prefixes)
        {
            if (t.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && (t.Length == prefix.Length || !char.IsLetter(t[prefix.Length]) || prefix.EndsWith(':')))
            {
                t = t[prefix.Length..].TrimStart(' ', ':');
                break;
            }
        }

        foreach (var cut in Cuts)
        {
            var at = t.IndexOf(cut, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                t = t[..at];
            }
        }

        t = t.Trim().TrimEnd('.', ':', ';');
        // In running text a person's name starts with a capital in every script these pages use.
        return t.Length > 0 && char.IsUpper(t[0]) && !t.ToLower(CultureInfo.InvariantCulture).Contains("admin", StringComparison.Ordinal) ? Accept(t, siteName) : null;
    }
}
