using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using HopTac.Crawling.Urls;

namespace HopTac.Crawling.Discovery;

/// <summary>
/// The links of a section (listing) page or a home page that the crawler follows: article links, the next pages of the
/// listing, the feeds it announces and its canonical URL. Only links to the page's own host are followed.
/// </summary>
public sealed partial record PageLinks(IReadOnlyList<string> Articles, IReadOnlyList<string> NextPages, IReadOnlyList<string> Feeds, string? Canonical)
{
    /// <summary>
    /// Link texts of "next page" controls on Vietnamese and English sites; page numbers are recognised separately.
    /// </summary>
    private static readonly HashSet<string> NextTexts = new(StringComparer.OrdinalIgnoreCase)
    {
        "trang sau", "trang tiếp", "tiếp", "tiếp theo", "sau", "xem tiếp", "next", "»", "›", ">", ">>",
    };

    /// <summary>Reads the links of <paramref name="html"/>, the page at <paramref name="pageUrl"/>.</summary>
    public static PageLinks Read(string html, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(pageUrl);
        var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);
        var baseUri = document.QuerySelector("base[href]")?.GetAttribute("href") is { } b && Uri.TryCreate(pageUrl, b, out var based) ? based : pageUrl;
        var self = UrlNormalizer.Normalize(pageUrl.ToString());
        var articles = new List<string>();
        var next = new List<string>();
        var feeds = new List<string>();
        foreach (var link in document.QuerySelectorAll("link[rel][href]"))
        {
            var rel = link.GetAttribute("rel")!.ToLowerInvariant();
            var type = link.GetAttribute("type")?.ToLowerInvariant() ?? string.Empty;
            if (rel.Contains("alternate", StringComparison.Ordinal) && (type.Contains("rss", StringComparison.Ordinal) || type.Contains("atom", StringComparison.Ordinal))
                && UrlNormalizer.Normalize(link.GetAttribute("href"), baseUri) is { } feed)
            {
                feeds.Add(feed);
            }
        }

        var canonical = document.QuerySelector("link[rel=canonical][href]")?.GetAttribute("href") is { } c ? UrlNormalizer.Normalize(c, baseUri) : null;
        foreach (var anchor in document.QuerySelectorAll("a[href]"))
        {
            if (UrlNormalizer.Normalize(anchor.GetAttribute("href"), baseUri) is not { } target || target == self)
            {
                continue;
            }

            var uri = new Uri(target);
            if (!uri.Authority.Equals(pageUrl.Authority, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var text = Core.Text.VietnameseText.Normalize(anchor.TextContent).Trim();
            var rel = anchor.GetAttribute("rel") ?? string.Empty;
            if (rel.Contains("next", StringComparison.OrdinalIgnoreCase) || NextTexts.Contains(text) || (PageNumber().IsMatch(text) && IsPagingOf(uri, pageUrl)))
            {
                next.Add(target);
            }
            else if (anchor.Closest("nav, header, footer") is null && LooksLikeArticle(uri))
            {
                articles.Add(target);
            }
        }

        return new PageLinks(articles.Distinct(StringComparer.Ordinal).ToList(), next.Distinct(StringComparer.Ordinal).ToList(), feeds.Distinct(StringComparer.Ordinal).ToList(), canonical);
    }

    /// <summary>
    /// Article URLs on news sites carry a long slug (a headline of many words joined by hyphens) or a numeric id;
    /// section and menu URLs are short words.
    /// </summary>
    internal static bool LooksLikeArticle(Uri uri)
    {
        var segment = uri.AbsolutePath.TrimEnd('/');
        segment = segment[(segment.LastIndexOf('/') + 1)..];
        if (segment.LastIndexOf('.') is var dot and > 0)
        {
            segment = segment[..dot];
        }

        return segment.Count(ch => ch == '-') >= 4 || LongNumber().IsMatch(segment);
    }

    // A numbered link to the same section: same path with a page parameter, or the section's path with a page suffix.
    private static bool IsPagingOf(Uri target, Uri page) =>
        target.AbsolutePath == page.AbsolutePath
        || target.AbsolutePath.StartsWith(SectionRoot(page.AbsolutePath), StringComparison.Ordinal);

    private static string SectionRoot(string path)
    {
        var match = PagingSuffix().Match(path);
        return match.Success ? path[..match.Index] : path.TrimEnd('/');
    }

    [GeneratedRegex(@"^\d{1,4}$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d{5,}")]
    private static partial Regex LongNumber();

    [GeneratedRegex(@"(/trang-?\d+|/page/\d+|/p\d+|-p\d+)(\.html?)?/?$", RegexOptions.IgnoreCase)]
    private static partial Regex PagingSuffix();
}
