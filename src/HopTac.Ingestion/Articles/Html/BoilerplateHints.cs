using AngleSharp.Dom;

namespace HopTac.Ingestion.Articles.Html;

/// <summary>
/// Class/id vocabulary that marks content and page furniture, English and Vietnamese. Matching is on the lower-cased
/// "class id" string with plain substring tests, so one element costs a handful of IndexOf calls.
/// </summary>
internal static class BoilerplateHints
{
    private static readonly string[] Positive =
    [
        "article", "content", "entry", "post", "body", "detail", "story", "text", "sapo", "fck_detail", "main",
        "blog", "prose", "chitiet", "noidung", "noi-dung", "chi-tiet",
    ];

    private static readonly string[] Negative =
    [
        "tin-lien-quan", "tinlienquan", "lienquan", "related", "comment", "sidebar", "breadcrumb", "share", "social",
        "footer", "nav", "menu", "-ad-", "ads", "advert", "banner", "promo", "newsletter", "subscribe", "tags",
        "most-read", "mostread", "xem-nhieu", "xemnhieu", "doc-them", "docthem", "cung-chuyen-muc", "cungchuyenmuc", "popular", "widget", "sponsor",
        "cookie", "consent", "modal", "popup", "masthead", "pagination", "pager", "author-bio", "skip", "disqus",
        "recommend", "trending", "toolbar", "signup", "login", "outbrain", "taboola", "rss",
    ];

    /// <summary>Furniture strong enough to drop before scoring (readability's "unlikely candidates").</summary>
    private static readonly string[] Unlikely =
    [
        "tin-lien-quan", "tinlienquan", "lienquan", "related", "comment", "sidebar", "breadcrumb", "share", "social",
        "footer", "menu", "banner", "newsletter", "subscribe", "most-read", "mostread", "xem-nhieu", "xemnhieu",
        "doc-them", "docthem", "sponsor", "cookie", "consent", "popup", "disqus", "outbrain", "taboola", "recommend",
        "-ad-", "advert", "pagination", "pager", "navbar", "topbar", "skip-link", "gdpr", "combx", "community",
        "remark", "replies", "shoutbox", "skyscraper", "supplemental", "agegate", "yom-remote", "header",
    ];

    /// <summary>Words that keep an element even when an unlikely word also matches ("article-header" is content).</summary>
    private static readonly string[] MaybeContent = ["article", "body", "content", "main", "column", "entry", "story", "sapo", "detail"];

    public static string Key(IElement e)
    {
        var cls = e.GetAttribute("class");
        var id = e.Id;
        if (string.IsNullOrEmpty(cls) && string.IsNullOrEmpty(id))
        {
            return string.Empty;
        }

        var key = string.Concat(cls, " ", id);
        return key.Length > 300 ? key[..300].ToLowerInvariant() : key.ToLowerInvariant();
    }

    /// <summary>Readability-style class weight: +25 for content words, -25 for furniture words.</summary>
    public static int Weight(string key)
    {
        if (key.Length == 0)
        {
            return 0;
        }

        var weight = 0;
        if (ContainsAny(key, Negative))
        {
            weight -= 25;
        }

        if (ContainsAny(key, Positive))
        {
            weight += 25;
        }

        return weight;
    }

    public static bool IsUnlikely(string key) => key.Length > 0 && ContainsAny(key, Unlikely) && !ContainsAny(key, MaybeContent);

    public static bool IsNegative(string key) => key.Length > 0 && ContainsAny(key, Negative);

    public static bool IsStrongNegative(string key) =>
        key.Length > 0 && ContainsAny(key, Unlikely) && !key.Contains("header", StringComparison.Ordinal);

    public static bool ContainsAny(string key, string[] words)
    {
        foreach (var w in words)
        {
            if (key.Contains(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
