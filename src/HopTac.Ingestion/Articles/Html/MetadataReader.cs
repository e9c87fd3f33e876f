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
internal static partial class MetadataReader
{
    /// <summary>Publication dates in inline application state (Next.js, WordPress REST, CMS JSON), read once per page.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:[""']|&quot;)(?:datePublished|publishDate|publishedDate|published_at|publishedAt|date_published|pubDate|firstPublishedAt|publication_date)(?:[""']|&quot;)\s*:\s*(?:[""']|&quot;)([^""'&]{8,40})(?:[""']|&quot;)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, HopTac.Core.Text.RegexBudget.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex ScriptDate();

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

    public static PageMetadata Read(IHtmlDocument document, string html, bool dayFirst)
    {
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var authorMetas = new List<(string Key, string Value)>();
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

            // Papers repeat citation_author once per writer; the first alone would drop the co-authors.
            if (authorMetas.Count < 30 && AuthorMetaKeys.Contains(key.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                authorMetas.Add((key.Trim(), content.Trim()));
            }
        }

        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json' i]"))
        {
            jsonBlocks.Add(script.TextContent);
        }

        var jsonLd = JsonLdReader.Read(jsonBlocks);
        var siteName = Get(metas, "og:site_name") ?? (jsonLd?.Publisher is { } p ? Clean(p) : null)
            ?? SiteNames.FromTitle(Get(metas, "og:title") ?? Clean(document.Title), Get(metas, "og:url") ?? document.QuerySelector("link[rel='canonical']")?.GetAttribute("href"));
        var title = StraightQuotes(TitleCleaner.KeepHeadlineSegment(TitleOf(document, metas, jsonLd, siteName)));
        var window = HeadlineWindow(document, title, out var headline);
        var published = PublishedOf(document, window, headline, html, metas, jsonLd, dayFirst);
        var authors = AuthorsOf(document, window, metas, authorMetas, jsonLd, siteName);
        published ??= LabelledDateAnywhere(document, dayFirst);
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
        var og = Get(metas, "og:title") ?? Get(metas, "twitter:title");
        var headline = Clean(jsonLd?.Headline);
        var docTitle = Clean(document.Title);
        string[] references = [.. new[] { og, headline, docTitle }.OfType<string>().Select(Letters)];
        string[] metaTitles = [.. new[] { og, headline }.OfType<string>().Select(Letters)];
        var h1s = new List<string>();
        var mastheadFirst = false;
        foreach (var h in document.QuerySelectorAll("h1").Take(8))
        {
            if (InFurniture(h) || Clean(Bounded(h)) is not { Length: > 3 and < 300 } text)
            {
                continue;
            }

            // A logo marked up as h1 repeats the site name, which is also the tail or head of the document title.
            if (siteName is not null && string.Equals(text, siteName, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // A masthead h1 (logo or slogan) is not a headline, and the h1s after it are the body's section headings.
            if (IsHomeLink(h))
            {
                mastheadFirst |= h1s.Count == 0;
                continue;
            }

            h1s.Add(text);
        }

        // The visible headline is the page's own title; metadata titles confirm which h1 it is. A logo or section h1
        // is also contained in "Headline | Site", so the h1 has to make up a good part of the title it confirms.
        foreach (var h1 in h1s)
        {
            var key = Letters(h1);
            if (key.Length > 0 && (references.Any(r => key.Length * 5 >= r.Length * 2 && r.Contains(key, StringComparison.Ordinal))
                || (references.Any(r => r.StartsWith(key, StringComparison.Ordinal)) && metaTitles.All(r => r.Contains(key, StringComparison.Ordinal)))))
            {
                return h1;
            }
        }

        // A bare label of a few words that no metadata title contains ("Our blog", "Webcams") names the section or
        // the blog, not the article, when the publisher's metadata offers a real title.
        if (h1s.Count > 0 && !mastheadFirst && !(docTitle is not null && IsSiteSegment(h1s[0], docTitle)) && !IsSectionLabel(h1s[0], references))
        {
            return h1s[0];
        }

        string[] candidates = [.. new[] { headline, og, docTitle }.OfType<string>().Select(c => TitleCleaner.StripSiteName(c, siteName))];
        if (candidates.Length > 0)
        {
            // SEO plugins cut the JSON-LD headline at a fixed length; a longer candidate that starts the same way is whole.
            var first = candidates[0];
            var key = Letters(first);
            return candidates.Skip(1).FirstOrDefault(c => key.Length >= 40 && Letters(c) is { } k && k.Length > key.Length && k.StartsWith(key, StringComparison.Ordinal)) ?? first;
        }

        return h1s.Count > 0 ? h1s[0] : null;
    }

    /// <summary>Pages mix typographic and plain apostrophes for one headline across h1, og:title and JSON-LD; one form keeps titles comparable.</summary>
    private static string? StraightQuotes(string? title) =>
        HalfWidth(title?.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"'));

    /// <summary>Full-width punctuation ("？", "！") typed with an East Asian input method reads as its ASCII form.</summary>
    private static string? HalfWidth(string? title)
    {
        if (title is null || !title.Any(c => c is >= '\uFF01' and <= '\uFF5E'))
        {
            return title;
        }

        return string.Create(title.Length, title, static (span, t) =>
        {
            for (var i = 0; i < t.Length; i++)
            {
                span[i] = t[i] is >= '\uFF01' and <= '\uFF5E' ? (char)(t[i] - 0xFEE0) : t[i];
            }
        });
    }

    private static bool IsSectionLabel(string h1, string[] references)
    {
        var key = Letters(h1);
        return references.Length > 0 && h1.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3
            && !references.Any(r => r.Contains(key, StringComparison.Ordinal))
            && references.Any(r => r.Length > key.Length);
    }

    private static bool IsSiteSegment(string h1, string docTitle) =>
        h1.Length < docTitle.Length / 2 && (docTitle.EndsWith(h1, StringComparison.OrdinalIgnoreCase) || docTitle.StartsWith(h1, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A heading that is one link to the home page is the masthead's logo or slogan ("&lt;h1&gt;&lt;a href="/"&gt;…"),
    /// not the article's headline: an article's headline never links to the site's root.
    /// </summary>
    private static bool IsHomeLink(IElement h)
    {
        if (h.QuerySelector("a[href]") is not { } link || link.GetAttribute("href") is not { } href)
        {
            return false;
        }

        var home = href is "/" or "./" or "#"
            || (Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.AbsolutePath is "/" or "" && uri.Query.Length == 0);
        return home && link.TextContent.Trim().Length >= h.TextContent.Trim().Length - 1;
    }

    private static bool InFurniture(IElement h) =>
        h.Closest("nav, footer, aside") is { } furniture && !ContentExtractor.WrapsArticle(furniture, furniture.LocalName);

    private static string Letters(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    private static string? PublishedOf(IHtmlDocument document, (List<IText>, List<IText>) window, IElement? headline, string html, Dictionary<string, string> metas, JsonLdArticle? jsonLd, bool dayFirst)
    {
        // What the article shows its readers comes first: pages often date the article visibly by its last update
        // while the metadata keeps the first draft's date.
        if ((DateNearHeadline(window, dayFirst) ?? VisibleDate(document, headline, dayFirst)) is { } visible)
        {
            return visible;
        }

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

        foreach (var (key, value) in metas)
        {
            if (key.Contains("publish", StringComparison.OrdinalIgnoreCase) && DateText.ParseMachine(value) is { } d)
            {
                return d;
            }
        }

        if (document.QuerySelector("[data-pubdate], [data-published], [data-publish-date]") is { } marked
            && DateText.ParseMachine(marked.GetAttribute("data-pubdate") ?? marked.GetAttribute("data-published") ?? marked.GetAttribute("data-publish-date")) is { } fromAttribute)
        {
            return fromAttribute;
        }

        try
        {
            var from = ScriptDateStart(html);
            var m = from < 0 ? System.Text.RegularExpressions.Match.Empty : ScriptDate().Match(html, from);
            if (m.Success && DateText.ParseMachine(m.Groups[1].Value) is { } fromScript)
            {
                return fromScript;
            }
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            // Hostile inline state; the URL may still date the page.
        }

        var url = Get(metas, "og:url") ?? document.QuerySelector("link[rel='canonical']")?.GetAttribute("href");
        return DateText.ParseUrl(url);
    }

    /// <summary>
    /// Where the inline-state date search may start: a few characters before the first key it looks for, or -1 when
    /// the page names none. Every key holds one of these fragments within six characters of its start, behind a quote
    /// of at most six characters, so no match starts earlier; the regex then never walks the page's quotes ahead of it.
    /// </summary>
    private static int ScriptDateStart(string html)
    {
        var first = int.MaxValue;
        foreach (var fragment in (ReadOnlySpan<string>)["ublish", "pubDate", "ublication_date"])
        {
            var at = html.IndexOf(fragment, StringComparison.Ordinal);
            if (at >= 0)
            {
                first = Math.Min(first, at);
            }
        }

        return first == int.MaxValue ? -1 : Math.Max(0, first - 16);
    }

    /// <summary>Most nodes the headline window walks on either side.</summary>
    private const int MaxWindowSteps = 20_000;

    /// <summary>Short text nodes right after and before the headline, nearest first: where datelines and bylines sit.</summary>
    private static (List<IText> After, List<IText> Before) HeadlineWindow(IHtmlDocument document, string? title, out IElement? headline)
    {
        var after = new List<IText>();
        var before = new List<IText>();

        // The headline element is the one showing the title; a logo marked up as h1 would put the window in the masthead.
        var key = title is null ? string.Empty : Letters(title);
        var h1 = (key.Length == 0 ? null : document.QuerySelectorAll("h1, h2").Take(30).FirstOrDefault(h => string.Equals(Letters(Bounded(h)), key, StringComparison.Ordinal)))
            ?? document.QuerySelectorAll("h1").FirstOrDefault(h => !InFurniture(h));
        headline = h1;
        if (h1 is null)
        {
            return (after, before);
        }

        var budget = 0;

        // The walks are bounded in nodes as well as in text: a headline followed by 100,000 empty elements is a walk of
        // 100,000 steps otherwise.
        var steps = 0;
        var forward = new NodeCursor(h1);

        // A quotation (an embedded post, a pull quote) carries its own author's date and byline, not the page's.
        for (INode? n = forward.Next(skipChildren: true); n is not null && after.Count < 40 && budget < 3000 && ++steps < MaxWindowSteps; n = forward.Next(skipChildren: n is IElement { LocalName: "script" or "style" or "svg" or "noscript" or "blockquote" }))
        {
            // A menu between the headline and what follows means the header is over.
            if (n is IElement { LocalName: "nav" })
            {
                break;
            }

            if (n is IText t && t.Data.Length < 160 && !string.IsNullOrWhiteSpace(t.Data))
            {
                after.Add(t);
                budget += t.Data.Length;
            }
        }

        budget = 0;
        steps = 0;
        var backward = new NodeCursor(h1);
        for (INode? n = backward.Previous(); n is not null && before.Count < 15 && budget < 1200 && ++steps < MaxWindowSteps; n = backward.Previous())
        {
            if (n is IElement { LocalName: "nav" })
            {
                break;
            }

            if (n is IText t && t.Data.Length < 160 && !string.IsNullOrWhiteSpace(t.Data) && t.ParentElement?.LocalName is not ("script" or "style"))
            {
                before.Add(t);
                budget += t.Data.Length;
            }
        }

        return (after, before);
    }

    /// <summary>The date written in short text right around the headline (the dateline), nearest first.</summary>
    private static string? DateNearHeadline((List<IText> After, List<IText> Before) window, bool dayFirst)
    {
        var (after, before) = window;
        for (var i = 0; i < Math.Max(after.Count, before.Count); i++)
        {
            if (i < after.Count && DatelineOf(after[i], dayFirst) is { } a)
            {
                return a;
            }

            if (i < before.Count && DatelineOf(before[i], dayFirst) is { } b)
            {
                return b;
            }
        }

        return null;
    }

    /// <summary>
    /// The date of a dateline text: short (a sentence that mentions a date is prose about an event) and not quoted. A
    /// time element's machine value overrules the shown text only when they are days apart (a stale or mistyped
    /// label); within a day the shown text wins, since the machine value is often UTC and would shift the local day.
    /// </summary>
    private static string? DatelineOf(IText t, bool dayFirst)
    {
        var text = t.Data;
        if (text.Length <= 5 || WordCount(text) > MaxDatelineWords || DateText.ParseVisible(text, dayFirst) is not { } date)
        {
            return null;
        }

        var parent = t.ParentElement;
        if (parent is null)
        {
            return date;
        }

        if (HasAncestor(parent, "blockquote") || InProse(parent))
        {
            return null;
        }

        return parent.LocalName == "time" && DateText.ParseMachine(parent.GetAttribute("datetime")) is { } machine && DaysApart(machine, date) > 1 ? machine : date;
    }

    /// <summary>Days between two ISO dates; a one-day gap is the time zone of a UTC machine value, not a different date.</summary>
    private static int DaysApart(string a, string b) =>
        DateOnly.TryParseExact(a.AsSpan(0, 10), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var x)
        && DateOnly.TryParseExact(b.AsSpan(0, 10), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var y)
            ? Math.Abs(x.DayNumber - y.DayNumber) : 0;

    private const int MaxDatelineWords = 14;

    private static bool HasAncestor(IElement e, string localName)
    {
        for (IElement? a = e; a is not null; a = a.ParentElement)
        {
            if (a.LocalName == localName)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A link or emphasis inside a paragraph of running text: a date there is part of a sentence.</summary>
    private static bool InProse(IElement parent)
    {
        var e = parent;
        for (var depth = 0; depth < 3 && e is { LocalName: "a" or "span" or "strong" or "b" or "em" or "i" }; depth++)
        {
            e = e.ParentElement;
        }

        return e != parent && e is { LocalName: "p" or "li" } && WordCount(Bounded(e)) > MaxDatelineWords;
    }

    private static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            count += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return count;
    }

    /// <summary>A "By X" / "Written by X" / "Bài: X" byline right around the headline.</summary>
    private static string? BylineNearHeadline((List<IText> After, List<IText> Before) window, string? siteName)
    {
        var (after, before) = window;
        foreach (var list in new[] { after, before })
        {
            for (var i = 0; i < list.Count; i++)
            {
                var text = list[i].Data.Trim();
                if (!AuthorNames.IsBylineLead(text, out var rest))
                {
                    continue;
                }

                var candidate = rest.Length > 0 ? rest : list == after && i + 1 < list.Count ? list[i + 1].Data : string.Empty;
                if (rest.Length == 0 && list == after && i + 1 < list.Count && list[i + 1].ParentElement is { } p && p.LocalName == "a")
                {
                    candidate = list[i + 1].Data;
                }

                if (AuthorNames.FromByline(candidate, siteName) is { } name)
                {
                    return name;
                }
            }
        }

        return null;
    }

    private static INode? Next(INode node, bool skipChildren)
    {
        if (!skipChildren && node.FirstChild is { } first)
        {
            return first;
        }

        for (var n = node; n is not null; n = n.Parent)
        {
            if (n.NextSibling is { } next)
            {
                return next;
            }
        }

        return null;
    }

    private static string? VisibleDate(IHtmlDocument document, IElement? headline, bool dayFirst)
    {
        // A dated element before the headline belongs to a masthead or a list of other posts more often than to the
        // article; it is kept only in case nothing after the headline is dated.
        string? beforeHeadline = null;
        var passed = headline is null;
        const string selector = "time, [itemprop='datePublished'], [class*='date' i], [class*='time' i], [id*='date' i], [class*='publish' i], [class*='posted' i], [class*='byline' i], [class*='meta' i]";
        foreach (var el in document.QuerySelectorAll(selector).Take(400))
        {
            if (el.LocalName is "meta" or "link" or "script" or "style" or "body" or "html" || el.ChildElementCount > 12
                || el.Closest("aside, footer, nav, blockquote, [class*='comment' i], [class*='related' i], [class*='sidebar' i], [class*='widget' i]") is not null)
            {
                continue;
            }

            var date = el.LocalName == "time" || el.HasAttribute("itemprop") ? DateText.ParseMachine(el.GetAttribute("datetime") ?? el.GetAttribute("content")) : null;
            date ??= DateText.ParseVisible(Bounded(el), dayFirst);
            if (date is null)
            {
                continue;
            }

            // Elements come in document order, so once one follows the headline all the rest do.
            passed = passed || (headline!.CompareDocumentPosition(el) & DocumentPositions.Following) != 0;
            if (passed)
            {
                return date;
            }

            beforeHeadline ??= date;
        }

        return beforeHeadline;
    }

    private static List<string> AuthorsOf(IHtmlDocument document, (List<IText>, List<IText>) window, Dictionary<string, string> metas, List<(string Key, string Value)> authorMetas, JsonLdArticle? jsonLd, string? siteName)
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

        // Yoast's reading-time card names the writer in a label/data pair.
        if (authors.Count == 0 && Get(metas, "twitter:label1") is { } label && label.StartsWith("Written by", StringComparison.OrdinalIgnoreCase)
            && AuthorNames.Accept(Get(metas, "twitter:data1"), siteName) is { } written)
        {
            authors.Add(written);
        }

        if (authors.Count == 0 && BylineNearHeadline(window, siteName) is { } byline)
        {
            authors.Add(byline);
        }

        if (authors.Count == 0)
        {
            foreach (var key in AuthorMetaKeys)
            {
                foreach (var (k, v) in authorMetas)
                {
                    if (string.Equals(k, key, StringComparison.OrdinalIgnoreCase) && AuthorNames.Accept(Clean(v), siteName) is { } name)
                    {
                        authors.Add(name);
                    }
                }

                if (authors.Count > 0)
                {
                    break;
                }
            }
        }

        if (authors.Count == 0)
        {
            const string selector = "[rel='author'], [itemprop='author'], [class*='author' i], [class*='byline' i], [id*='author' i]";
            foreach (var el in document.QuerySelectorAll(selector).Take(30))
            {
                if (el.Closest("aside, nav, [class*='comment' i], [class*='related' i]") is not null || IsPageFooter(el))
                {
                    continue;
                }

                var nameEl = el.QuerySelector("[itemprop='name']") ?? el.QuerySelector("a[href]") ?? el;
                if (AuthorNames.FromByline(FirstText(nameEl), siteName) is { } name)
                {
                    authors.Add(name);
                    break;
                }
            }
        }

        if (authors.Count == 0 && LeadAnywhere(document, siteName) is { } late)
        {
            authors.Add(late);
        }

        if (authors.Count == 0)
        {
            foreach (var value in (jsonLd?.Authors ?? []).Concat(authorMetas.Select(m => m.Value)))
            {
                if (AuthorNames.Accept(Clean(value), siteName, allowHandle: true) is { } handle)
                {
                    authors.Add(handle);
                    break;
                }
            }
        }

        return authors.Distinct(StringComparer.Ordinal).ToList();
    }

    private static readonly string[] DateLabels = ["publish", "posted", "post time", "date", "updated", "written", "ngày đăng", "đăng lúc", "đăng ngày", "cập nhật", "xuất bản"];

    /// <summary>
    /// The last resort for a page with no date in its metadata, header or URL: a date the page labels as such
    /// ("Post time: 01-04-2024", "Last updated: …"), or one written beside the byline or in an element named for
    /// dates or authors, anywhere in the body (end-of-post meta lines, author boxes). Unlabelled dates in running
    /// text are not taken: they date events, not the page. Only texts holding a year go through the date parser.
    /// </summary>
    private static string? LabelledDateAnywhere(IHtmlDocument document, bool dayFirst)
    {
        if (document.Body is not { } body)
        {
            return null;
        }

        var sinceLabel = int.MaxValue;
        foreach (var t in ShortTexts(body))
        {
            // Most texts are neither a label nor hold a year: two cheap tests first, strings only for the rest.
            var span = t.Data.AsSpan().Trim();
            var year = HasYear(span);
            sinceLabel = sinceLabel == int.MaxValue ? sinceLabel : sinceLabel + 1;
            if (!year && span.Length > 40)
            {
                continue;
            }

            var text = span.ToString();
            var labelled = IsDateLabel(text) || (AuthorNames.MayBeBylineLead(span) && AuthorNames.IsBylineLead(text, out _));
            if (year && (labelled || sinceLabel <= 3 || InDateOrAuthorElement(t.ParentElement))
                && t.ParentElement?.Closest("[class*='comment' i], [class*='related' i]") is null && !IsPageFooter(t.ParentElement!)
                && DateText.ParseVisible(text, dayFirst) is { } date)
            {
                return date;
            }

            if (labelled)
            {
                sinceLabel = 0;
            }
        }

        return null;
    }

    /// <summary>
    /// Non-blank texts under 160 characters in document order, outside scripts, menus and asides; at most a few
    /// thousand nodes are visited. Walks child lists by index: a sibling step in the DOM library is not constant time.
    /// </summary>
    private static IEnumerable<IText> ShortTexts(IElement root)
    {
        var stack = new Stack<(INodeList Children, int Index)>();
        stack.Push((root.ChildNodes, 0));
        var visited = 0;
        while (stack.Count > 0 && visited < 8000)
        {
            var (children, index) = stack.Pop();
            if (index >= children.Length)
            {
                continue;
            }

            stack.Push((children, index + 1));
            var node = children[index];
            visited++;
            if (node is IText t)
            {
                if (t.Data.Length < 160 && !string.IsNullOrWhiteSpace(t.Data))
                {
                    yield return t;
                }
            }
            else if (node is IElement { LocalName: not ("script" or "style" or "svg" or "noscript" or "nav" or "aside" or "select" or "template") } e && e.HasChildNodes)
            {
                stack.Push((e.ChildNodes, 0));
            }
        }
    }

    private static bool IsDateLabel(string text) =>
        text.Length < 100 && DateLabels.Any(l => text.Contains(l, StringComparison.OrdinalIgnoreCase));

    private static bool HasYear(ReadOnlySpan<char> text)
    {
        for (var i = 0; i + 3 < text.Length; i++)
        {
            if ((text[i] == '1' && text[i + 1] == '9' || text[i] == '2' && text[i + 1] == '0') && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text's element or one of its two nearest ancestors is named for a date, a byline or an author box.</summary>
    private static bool InDateOrAuthorElement(IElement? e)
    {
        for (var depth = 0; e is not null && depth < 3; depth++, e = e.ParentElement)
        {
            if (e.LocalName == "time")
            {
                return true;
            }

            var cls = e.GetAttribute("class");
            if (cls is not null && (cls.Contains("date", StringComparison.OrdinalIgnoreCase) || cls.Contains("author", StringComparison.OrdinalIgnoreCase)
                || cls.Contains("byline", StringComparison.OrdinalIgnoreCase) || cls.Contains("publish", StringComparison.OrdinalIgnoreCase)
                || cls.Contains("posted", StringComparison.OrdinalIgnoreCase) || cls.Contains("entry-meta", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A footer of the whole page (copyright, links), as opposed to an article's own footer holding its byline.</summary>
    private static bool IsPageFooter(IElement el)
    {
        // A plain ancestor walk: this runs for every author candidate, and a selector is parsed anew on every call.
        var inFooter = false;
        for (var e = el; e is not null; e = e.ParentElement)
        {
            if (e.LocalName == "footer")
            {
                inFooter = true;
            }
            else if (inFooter && (e.LocalName is "article" or "main" || string.Equals(e.GetAttribute("role"), "main", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        return inFooter;
    }

    /// <summary>
    /// A "Written by" / "Article by" label anywhere in the body with the name in it or in the next text, or a link to
    /// an author archive page: author boxes
    /// at the end of a post or beside it, which the headline window does not reach. Bounded by a node budget.
    /// </summary>
    private static string? LeadAnywhere(IHtmlDocument document, string? siteName)
    {
        if (document.Body is not { } body)
        {
            return null;
        }

        string? pendingLead = null;
        foreach (var t in ShortTexts(body))
        {
            var span = t.Data.AsSpan().Trim();
            if (pendingLead is not null)
            {
                pendingLead = null;
                if (AuthorNames.FromByline(span.ToString(), siteName) is { } named && AuthorNames.LooksLikePerson(named))
                {
                    return named;
                }
            }

            // A link to the writer's archive page (/author/…, /authors/…) is how most CMSs mark a byline.
            if (span.Length < 60 && t.ParentElement is { LocalName: "a" } link && link.GetAttribute("href") is { } href
                && (href.Contains("/author/", StringComparison.OrdinalIgnoreCase) || href.Contains("/authors/", StringComparison.OrdinalIgnoreCase))
                && link.Closest("[class*='comment' i], [class*='related' i]") is null && !IsPageFooter(link)
                && AuthorNames.FromByline(span.ToString(), siteName) is { } linked && AuthorNames.LooksLikePerson(linked))
            {
                return linked;
            }

            if (span.Length >= 120 || !AuthorNames.MayBeBylineLead(span))
            {
                continue;
            }

            var text = span.ToString();
            if (AuthorNames.IsBylineLead(text, out var rest) && !text.StartsWith("by", StringComparison.OrdinalIgnoreCase)
                && t.ParentElement?.Closest("[class*='comment' i], [class*='related' i]") is null && !IsPageFooter(t.ParentElement!))
            {
                if (rest.Length == 0)
                {
                    pendingLead = text;
                }
                else if (AuthorNames.FromByline(rest, siteName) is { } named && AuthorNames.LooksLikePerson(named))
                {
                    return named;
                }
            }
        }

        return null;
    }

    /// <summary>The first words of an element, past a bare "By": a byline's name, without the job title beside it.</summary>
    private static string FirstText(IElement e)
    {
        var seen = 0;
        for (INode? n = e.FirstChild; n is not null && ++seen < 60; n = n == e ? null : Next(n, skipChildren: n is IElement { LocalName: "script" or "style" or "svg" }))
        {
            if (!e.Contains(n))
            {
                break;
            }

            if (n is not IText t || t.Data.Trim() is not { Length: > 0 } text)
            {
                continue;
            }

            var bareLead = AuthorNames.IsBylineLead(text, out var rest) && rest.Length == 0;
            if (!bareLead)
            {
                return text;
            }
        }

        return Bounded(e);
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
