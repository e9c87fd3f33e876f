using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace HopTac.Ingestion.Articles.Html;

/// <summary>A page's headline, publication date and bylines, read from metadata first and visible text second.</summary>
internal sealed record PageMetadata(string? Title, string? Published, IReadOnlyList<string> Authors);

/// <summary>
/// Metadata in order of trust: JSON-LD, Open Graph and other meta tags, then what the page shows (h1, time,
/// bylines, datelines), then the URL. Every value is checked for shape (a date must parse, an author must not be
/// the site's name or a URL) before it is taken.
/// </summary>
internal static class MetadataReader
{
    private static readonly string[] DateMetaKeys =
    [
        "article:published_time", "og:article:published_time", "og:published_time", "published_time", "datepublished",
        "pubdate", "publishdate", "publish-date", "publish_date", "date_published", "dc.date.issued", "dc.date",
        "dcterms.issued", "dcterms.created", "dcterms.date", "citation_publication_date", "citation_date", "citation_online_date",
        "sailthru.date", "parsely-pub-date", "article.published", "article_date_original", "date", "dc.date.created",
        "originalpublicationdate", "publication_date", "release_date", "created", "pub_date", "itemprop:datepublished",
    ];

    private static readonly string[] AuthorMetaKeys =
    [
        "author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "citation_author", "byl", "dcterms.creator",
    ];

    public static PageMetadata Read(IHtmlDocument document, bool dayFirst)
    {
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var jsonBlocks = new List<string>();
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            var content = meta.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(content) || key.Length > 80)
            {
                continue;
            }

            if (meta.HasAttribute("itemprop") && meta.GetAttribute("property") is null && meta.GetAttribute("name") is null)
            {
                metas.TryAdd("itemprop:" + key, content.Trim());
            }

            metas.TryAdd(key.Trim(), content.Trim());
        }

        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json' i]"))
        {
            jsonBlocks.Add(script.TextContent);
        }

        var jsonLd = JsonLdReader.Read(jsonBlocks);
        var siteName = Get(metas, "og:site_name") ?? (jsonLd?.Publisher is { } p ? Clean(p) : null);
        var title = TitleOf(document, metas, jsonLd, siteName);
        var published = PublishedOf(document, metas, jsonLd, dayFirst);
        var authors = AuthorsOf(document, metas, jsonLd, siteName);
        return new PageMetadata(title, published, authors);
    }

    private static string? Get(Dictionary<string, string> metas, string key) =>
        metas.TryGetValue(key, out var v) && Clean(v) is { Length: > 0 } clean ? clean : null;

    private static string? Clean(string? s)
    {
        if (string.IsNullOrWhiteSpace(s))
        {
            return null;
        }

        var decoded = s.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(s) : s;
        var text = string.Join(' ', decoded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length > 0 ? text : null;
    }

    private static string? TitleOf(IHtmlDocument document, Dictionary<string, string> metas, JsonLdArticle? jsonLd, string? siteName)
    {
        var h1s = document.QuerySelectorAll("h1").Take(5).Select(h => Clean(Bounded(h))).OfType<string>().Where(t => t.Length is > 3 and < 400).ToList();
        var og = Get(metas, "og:title") ?? Get(metas, "twitter:title");
        var headline = Clean(jsonLd?.Headline);
        var docTitle = Clean(document.Title);
        string[] references = [.. new[] { og, headline, docTitle }.OfType<string>()];

        // The visible headline is the page's own title; metadata titles confirm which h1 it is.
        foreach (var h1 in h1s)
        {
            if (references.Any(r => r.Contains(h1, StringComparison.OrdinalIgnoreCase)))
            {
                return h1;
            }
        }

        foreach (var candidate in new[] { headline, og, docTitle })
        {
            if (candidate is not null)
            {
                return TitleCleaner.StripSiteName(candidate, siteName);
            }
        }

        return h1s.Count > 0 ? h1s[0] : null;
    }

    private static string? PublishedOf(IHtmlDocument document, Dictionary<string, string> metas, JsonLdArticle? jsonLd, bool dayFirst)
    {
        if (DateText.ParseMachine(jsonLd?.Published) is { } fromJson)
        {
            return fromJson;
        }

        foreach (var key in DateMetaKeys)
        {
            if (Get(metas, key) is { } v && DateText.ParseMachine(v) is { } d)
            {
                return d;
            }
        }

        foreach (var time in document.QuerySelectorAll("time").Take(20))
        {
            if (time.Closest("aside, footer, nav") is not null)
            {
                continue;
            }

            var d = DateText.ParseMachine(time.GetAttribute("datetime")) ?? DateText.ParseVisible(Bounded(time), dayFirst);
            if (d is not null)
            {
                return d;
            }
        }

        foreach (var el in document.QuerySelectorAll("[itemprop='datePublished'], [class*='date' i], [class*='time' i], [id*='date' i], [class*='dateline' i], [class*='meta' i], [class*='posted' i], [class*='byline' i]").Take(40))
        {
            if (el.Closest("aside, footer, nav") is not null || el.ChildElementCount > 20)
            {
                continue;
            }

            if (DateText.ParseMachine(el.GetAttribute("content") ?? el.GetAttribute("datetime")) is { } m)
            {
                return m;
            }

            if (DateText.ParseVisible(Bounded(el), dayFirst) is { } d)
            {
                return d;
            }
        }

        var url = Get(metas, "og:url") ?? document.QuerySelector("link[rel='canonical']")?.GetAttribute("href");
        return DateText.ParseUrl(url);
    }

    private static List<string> AuthorsOf(IHtmlDocument document, Dictionary<string, string> metas, JsonLdArticle? jsonLd, string? siteName)
    {
        var authors = new List<string>();
        if (jsonLd is { Authors.Count: > 0 })
        {
            foreach (var a in jsonLd.Authors)
            {
                if (AuthorNames.Accept(Clean(a), siteName) is { } name)
                {
                    authors.Add(name);
                }
            }
        }

        if (authors.Count == 0)
        {
            foreach (var key in AuthorMetaKeys)
            {
                if (AuthorNames.Accept(Get(metas, key), siteName) is { } name)
                {
                    authors.Add(name);
                    break;
                }
            }
        }

        if (authors.Count == 0)
        {
            foreach (var el in document.QuerySelectorAll("[rel='author'], [itemprop='author'], [class*='author' i], [class*='byline' i], [id*='author' i]").Take(30))
            {
                if (el.Closest("aside, footer, nav, [class*='comment' i], [class*='related' i]") is not null)
                {
                    continue;
                }

                var nameEl = el.QuerySelector("[itemprop='name']") ?? el;
                if (AuthorNames.FromByline(Bounded(nameEl), siteName) is { } name)
                {
                    authors.Add(name);
                    break;
                }
            }
        }

        return authors.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Text of a small element, bounded so a mis-marked container costs little.</summary>
    internal static string Bounded(IElement e)
    {
        var sb = new System.Text.StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(e);
        var visited = 0;
        while (stack.Count > 0 && sb.Length < 600 && ++visited < 400)
        {
            var node = stack.Pop();
            if (node is IText t)
            {
                sb.Append(t.Data);
                continue;
            }

            if (node is IElement el && el.LocalName is "script" or "style" or "noscript" or "svg")
            {
                continue;
            }

            for (var c = node.LastChild; c is not null; c = c.PreviousSibling)
            {
                stack.Push(c);
            }

            if (node is IElement { LocalName: "br" or "p" or "div" or "li" or "span" })
            {
                sb.Append(' ');
            }
        }

        return sb.ToString();
    }
}
