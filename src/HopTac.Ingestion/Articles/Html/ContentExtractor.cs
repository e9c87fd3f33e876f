using System.Buffers;
using System.Text;
using AngleSharp.Dom;
using HopTac.Core.Text;

namespace HopTac.Ingestion.Articles.Html;

/// <summary>
/// Finds the main article in a page body and writes it as one block per line. One bottom-up pass measures every
/// element (text, link text, commas), a readability-style pass scores paragraph parents, and the writer walks the
/// chosen subtree once, dropping link-dense lists, furniture and bylines. No subtree's text is read twice.
/// </summary>
internal sealed class ContentExtractor
{
    private const int MaxTextChars = 2_000_000;
    private const int MaxElements = 400_000;

    private static readonly HashSet<string> Junk = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "iframe", "nav", "aside", "footer", "svg", "button", "select", "option",
        "template", "object", "embed", "canvas", "input", "textarea", "label", "math", "link", "meta", "head", "title", "dialog",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre",
        "section", "table", "tr", "td", "th", "caption", "ul", "summary", "tbody", "thead", "tfoot", "center", "body",
    };

    private static readonly HashSet<string> Containers = new(StringComparer.Ordinal)
    {
        "div", "section", "ul", "ol", "table", "dl", "header", "figure", "center", "article", "aside", "details", "tbody", "form",
    };

    private static readonly string[] RelatedLabels =
    [
        "tin liên quan", "tin lien quan", "đọc thêm", "xem thêm", "xem nhiều", "tin cùng chuyên mục", "cùng chuyên mục", "tin khác",
        "bài liên quan", "related", "read more", "read next", "more from", "you may also like", "you might also like",
        "recommended", "popular", "trending", "more stories", "most read", "tags", "share this", "share:",
        "also read", "see also", "further reading",
    ];

    private static readonly string[] MetaWords = ["byline", "author", "dateline", "date", "time", "meta", "posted", "published", "tac-gia", "tacgia"];

    // Measures live in a tree of their own beside the DOM, in document order: looking elements up in a dictionary
    // hashed every element by identity, and that hashing was a third of this stage.
    private readonly List<Info> infos = [];
    private readonly Dictionary<string, (int Weight, bool Unlikely)> hints = new(StringComparer.Ordinal);
    private readonly int maxDepth;
    private readonly string? titleKey;
    private readonly HashSet<IElement> wrappers;
    private readonly CancellationToken cancellationToken;
    private int elements;

    // Node visits left to the prose test of layout wrappers, for the whole page: nested wrappers would each walk their subtree.
    private int proseBudget = 200_000;

    private ContentExtractor(int maxDepth, string? title, HashSet<IElement> wrappers, CancellationToken cancellationToken)
    {
        this.maxDepth = Math.Clamp(maxDepth, 8, 1024);
        titleKey = string.IsNullOrWhiteSpace(title) ? null : Squash(title);
        this.wrappers = wrappers;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>The article text of <paramref name="body"/>, one block per line; empty when there is none.</summary>
    public static string Extract(IElement body, int maxDepth, string? title) => Extract(body, maxDepth, title, CancellationToken.None);

    /// <summary>
    /// As <see cref="Extract(IElement, int, string?)"/>; every stage is linear in the number of elements, and the walks
    /// stop with <see cref="OperationCanceledException"/> once <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public static string Extract(IElement body, int maxDepth, string? title, CancellationToken cancellationToken)
    {
        var wrappers = ArticleWrappers(body);
        var strict = new ContentExtractor(maxDepth, title, wrappers, cancellationToken).Run(body, stripUnlikely: true);
        if (strict.Length >= 400)
        {
            return strict;
        }

        // Pages whose whole layout uses "header"/"sidebar"-like classes lose their article to the strict pass, and
        // streamed server-rendered pages park the article in a hidden element that a script later reveals.
        var loose = new ContentExtractor(maxDepth, title, wrappers, cancellationToken).Run(body, stripUnlikely: false);
        return loose.Length > strict.Length * 2 ? loose : strict;
    }

    /// <summary>
    /// The asides, navs and footers that hold a main or article element, found once for the page: asking each of them
    /// (<see cref="WrapsArticle"/>) walks its subtree, and nested ones made that quadratic.
    /// </summary>
    private static HashSet<IElement> ArticleWrappers(IElement body)
    {
        var set = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (var article in body.QuerySelectorAll("main, article"))
        {
            for (var a = article.ParentElement; a is not null && set.Add(a); a = a.ParentElement)
            {
            }
        }

        return set;
    }

    private string Run(IElement body, bool stripUnlikely)
    {
        var bodyInfo = Measure(body, null, 0, stripUnlikely);
        var top = Score();
        var roots = top is null ? [bodyInfo] : Gather(top);
        var writer = new Writer(this);
        foreach (var lead in top is null ? [] : Leads(roots[0]))
        {
            writer.Write(lead, 0, isRoot: true);
        }

        foreach (var root in roots)
        {
            writer.Write(root, 0, isRoot: true);
        }

        return writer.Finish();
    }

    /// <summary>
    /// An unclosed aside, nav or footer swallows the rest of the page in the parser's tree, article included; such an
    /// element is a container, not furniture.
    /// </summary>
    internal static bool WrapsArticle(IElement e, string tag) =>
        tag is "aside" or "nav" or "footer" && e.QuerySelector("main, article") is not null;

    /// <summary>
    /// Layout wrappers are named after what sits beside the article ("content-and-sidebar-container"); an element with
    /// several long paragraphs of plain text is the article's wrapper, not a sidebar. Link teasers are not prose.
    /// </summary>
    private static bool IsLayoutWrapper(string key) =>
        !BoilerplateHints.ContainsAny(key, ["comment", "remark", "replies", "disqus", "related", "lienquan", "lien-quan", "recommend"]);

    /// <summary>Whether <paramref name="e"/> holds five paragraphs of plain text; the walk is bounded per element and per page.</summary>
    private bool HoldsProse(IElement e)
    {
        var prose = 0;
        var seen = 0;
        var stack = new Stack<(IElement Element, bool InLink)>();
        stack.Push((e, e.Closest("a") is not null));
        while (stack.Count > 0 && proseBudget-- > 0)
        {
            var (node, inLink) = stack.Pop();
            if (node.LocalName == "p" && !ReferenceEquals(node, e))
            {
                if (++seen > 400)
                {
                    break;
                }

                if (!inLink && PlainTextLength(node) >= 120 && ++prose >= 5)
                {
                    return true;
                }
            }

            var children = node.Children;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], inLink || node.LocalName == "a"));
            }
        }

        return false;
    }

    private static int PlainTextLength(IElement p)
    {
        var plain = 0;
        var nodes = p.ChildNodes;
        for (var i = 0; i < nodes.Length; i++)
        {
            if (nodes[i] is IText t)
            {
                plain += t.Data.Length;
            }
        }

        return plain;
    }

    /// <summary>
    /// An element's text as <c>TextContent</c> gives it, for the short elements the cleaning rules look at, bounded so
    /// that an element with little visible text but a huge subtree (and its nested copies) costs little.
    /// </summary>
    internal static string ShortText(IElement e)
    {
        const int MaxNodes = 4_000;
        const int MaxChars = 20_000;
        var sb = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(e);
        var visited = 0;
        while (stack.Count > 0 && ++visited <= MaxNodes && sb.Length < MaxChars)
        {
            var node = stack.Pop();
            if (node is IText t)
            {
                sb.Append(t.Data);
                continue;
            }

            var nodes = node.ChildNodes;
            for (var i = nodes.Length - 1; i >= 0; i--)
            {
                stack.Push(nodes[i]);
            }
        }

        return sb.ToString();
    }

    private Info Measure(IElement e, Info? parent, int depth, bool stripUnlikely)
    {
        var info = new Info(e, parent) { Index = infos.Count };
        infos.Add(info);
        var tag = e.LocalName;
        if ((++elements & 4095) == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        if (elements > MaxElements || (Junk.Contains(tag) && !(tag is "aside" or "nav" or "footer" && wrappers.Contains(e))) || (stripUnlikely && IsHidden(e)))
        {
            info.Skip = true;
            info.Interactive = tag is "input" or "textarea" or "select" or "button";
            return info;
        }

        info.Key = BoilerplateHints.Key(e);
        var unlikely = false;
        if (info.Key.Length > 0)
        {
            // Class names repeat across a page's cards and rows; each distinct one is matched against the vocabulary once.
            if (!hints.TryGetValue(info.Key, out var hint))
            {
                hint = (BoilerplateHints.Weight(info.Key), BoilerplateHints.IsUnlikely(info.Key));
                hints[info.Key] = hint;
            }

            (info.Weight, unlikely) = hint;
        }

        if (stripUnlikely && unlikely && tag is not ("body" or "article" or "main" or "a" or "p" or "td" or "li" or "tr" or "tbody" or "table") && !(IsLayoutWrapper(info.Key) && HoldsProse(e)))
        {
            info.Skip = true;
            return info;
        }

        if (depth >= maxDepth)
        {
            info.Flatten = true;
            var flat = e.TextContent;
            info.Text = CountVisible(flat, out info.Commas);
            return info;
        }

        Info? last = null;

        // By index: AngleSharp's NextSibling searches the parent's children, which made wide elements quadratic.
        var nodes = e.ChildNodes;
        for (var n = 0; n < nodes.Length; n++)
        {
            var child = nodes[n];
            if (child is IText text)
            {
                info.Text += CountVisible(text.Data, out var commas);
                info.Commas += commas;
            }
            else if (child is IElement ce)
            {
                var ci = Measure(ce, info, depth + 1, stripUnlikely);
                if (last is null)
                {
                    info.FirstChild = ci;
                }
                else
                {
                    last.NextSibling = ci;
                }

                last = ci;
                info.Interactive |= ci.Interactive;
                if (ci.Skip)
                {
                    continue;
                }

                info.Text += ci.Text;
                info.Link += ci.Link;
                info.Commas += ci.Commas;
                if (Blocks.Contains(ce.LocalName) || ci.HasBlockChild)
                {
                    info.HasBlockChild = true;
                }
            }
        }

        if (tag == "a")
        {
            info.Link = info.Text;
        }

        return info;
    }

    private Info? Score()
    {
        var scored = new List<Info>();
        foreach (var info in infos)
        {
            if (info.Skip || info.Text < 25)
            {
                continue;
            }

            var tag = info.Element.LocalName;
            // A list item of prose (a how-to step, a listicle entry) is a paragraph; short items are menus and tags.
            var paragraph = tag is "p" or "pre" or "td" or "blockquote"
                || (tag is "div" or "section" or "span" or "font" && !info.HasBlockChild)
                || (tag is "li" && !info.HasBlockChild && info.Text >= 100 && LinkDensity(info) < 0.2);
            if (!paragraph)
            {
                continue;
            }

            if (LinkDensity(info) < 0.3)
            {
                info.OwnContentText = info.Text;
            }

            var content = 1 + info.Commas + Math.Min(info.Text / 100.0, 3.0);
            var ancestor = info.Parent;
            for (var level = 0; ancestor is not null && level < 5; level++, ancestor = ancestor.Parent)
            {
                if (ancestor.Skip)
                {
                    break;
                }

                if (!ancestor.Scored)
                {
                    ancestor.Scored = true;
                    ancestor.Score = TagBase(ancestor.Element.LocalName) + ancestor.Weight;
                    scored.Add(ancestor);
                }

                ancestor.Score += content / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            }
        }

        // Each ancestor's paragraph text, summed in one pass from the last element back (children follow their parent).
        for (var i = infos.Count - 1; i > 0; i--)
        {
            if (infos[i].Parent is { } parentInfo)
            {
                parentInfo.ContentText += infos[i].ContentText + infos[i].OwnContentText;
            }
        }

        Info? top = null;
        var topScore = double.MinValue;
        foreach (var info in scored)
        {
            info.Final = info.Score * (1 - LinkDensity(info));
            if (info.Final > topScore)
            {
                topScore = info.Final;
                top = info;
            }
        }

        if (top is null)
        {
            return null;
        }

        // Several strong candidates under one ancestor mean the article is split into sections: take the ancestor.
        var strong = new List<Info>();
        foreach (var info in scored)
        {
            if (!ReferenceEquals(info, top) && info.Final >= topScore * 0.75 && strong.Count < 20)
            {
                strong.Add(info);
            }
        }

        if (strong.Count >= 2)
        {
            for (var a = top.Parent; a is not null && a.Element.LocalName != "body"; a = a.Parent)
            {
                var ancestor = a;
                var inside = strong.Count(s => ReferenceEquals(s, ancestor) || IsAncestor(ancestor, s));
                if (inside >= 2)
                {
                    top = a;
                    break;
                }
            }
        }

        // Articles split into sections or widgets: an ancestor that adds clearly more paragraph text, and is still
        // mostly paragraphs, is the article.
        var current = top;
        for (var a = top.Parent; a is not null && a.Element.LocalName != "body"; a = a.Parent)
        {
            if (a.ContentText >= current.ContentText * 1.25 && LinkDensity(a) < 0.35 && a.ContentText >= a.Text * 0.6)
            {
                top = a;
                current = a;
            }
        }

        // A candidate that is its parent's only child says nothing the parent does not.
        while (top.Parent is { } parent && parent.Element.LocalName != "body" && parent.Element.ChildElementCount == 1)
        {
            top = parent;
        }

        return top;
    }

    private static List<Info> Gather(Info top)
    {
        var roots = new List<Info>();
        var parent = top.Parent;
        if (parent is null || top.Final <= 0)
        {
            roots.Add(top);
            return roots;
        }

        var topInfo = top;
        var threshold = Math.Max(10, topInfo.Final * 0.2);
        for (var si = parent.FirstChild; si is not null; si = si.NextSibling)
        {
            if (ReferenceEquals(si, top))
            {
                roots.Add(si);
                continue;
            }

            if (si.Skip || si.Text == 0)
            {
                continue;
            }

            var sibling = si.Element;
            var bonus = topInfo.Key.Length > 0 && string.Equals(si.Key, topInfo.Key, StringComparison.Ordinal) ? topInfo.Final * 0.2 : 0;
            if (si.Scored && si.Final + bonus >= threshold)
            {
                roots.Add(si);
            }
            else if (sibling.LocalName is "p" or "h2" or "h3" or "blockquote" or "ul" or "ol" or "figure")
            {
                var density = LinkDensity(si);
                if ((si.Text > 80 && density < 0.25) || (si.Text > 0 && density == 0 && sibling.LocalName != "p"))
                {
                    roots.Add(si);
                }
                else if (si.Text > 0 && density == 0 && sibling.TextContent.Contains(". ", StringComparison.Ordinal))
                {
                    roots.Add(si);
                }
            }
        }

        return roots;
    }

    /// <summary>
    /// The lead (standfirst, sapo, intro) often sits in the headline's box rather than in the body's, so scoring leaves
    /// it out. Prose paragraphs between the headline and the first chosen block are the article's opening; infos are
    /// in document order, so that span is one slice of the list. A crowded span says the headline is not the
    /// article's own (a listing, a hero box): nothing is taken then.
    /// </summary>
    private List<Info> Leads(Info first)
    {
        var leads = new List<Info>();
        var end = first.Index;
        var start = TitleIndex(end);
        if (start < 0)
        {
            return leads;
        }

        var chars = 0;
        var titleAncestors = new HashSet<Info>(ReferenceEqualityComparer.Instance);
        for (var a = infos[start].Parent; a is not null; a = a.Parent)
        {
            titleAncestors.Add(a);
        }

        for (var i = start + 1; i < end; i++)
        {
            var info = infos[i];
            if (info.Skip || info.Text < 20 || !IsLeadParagraph(info, infos[start], titleAncestors))
            {
                continue;
            }

            chars += info.Text;
            leads.Add(info);
            if (leads.Count > MaxLeads || chars > MaxLeadChars)
            {
                leads.Clear();
                break;
            }
        }

        return leads;
    }

    private static readonly string[] LeadWords =
    [
        "dek", "standfirst", "subhead", "sub-head", "subtitle", "sub-title", "summary", "excerpt", "lead", "lede", "sapo",
        "intro", "description", "chapeau", "tom-tat", "tomtat", "mo-ta",
    ];

    /// <summary>Names of an article's summary (the Vietnamese "sapo", from the French "chapeau"; "tóm tắt"; a description).</summary>
    private static readonly string[] SummaryWords = ["sapo", "chapeau", "tom-tat", "tomtat", "description", "summary"];

    private const int MaxLeads = 6;
    private const int MaxLeadChars = 2500;
    private const int MaxLeadSpan = 600;

    /// <summary>Where the headline is among the infos before <paramref name="end"/>: the heading that reads as the title, else the last h1.</summary>
    private int TitleIndex(int end)
    {
        var h1 = -1;
        for (var i = end - 1; i >= 0 && i >= end - MaxLeadSpan; i--)
        {
            var info = infos[i];
            var tag = info.Element.LocalName;
            if (info.Skip || tag is not ("h1" or "h2") || info.Text == 0 || info.Text > 400)
            {
                continue;
            }

            if (titleKey is not null && titleKey.Length > 0)
            {
                var heading = Squash(ShortText(info.Element));
                if (heading.Length >= 12 && (titleKey.StartsWith(heading, StringComparison.Ordinal) || heading.StartsWith(titleKey, StringComparison.Ordinal)))
                {
                    return i;
                }
            }

            if (tag == "h1" && h1 < 0)
            {
                h1 = i;
            }
        }

        return h1;
    }

    private static bool IsAncestor(Info candidate, Info of)
    {
        for (var a = of.Parent; a is not null; a = a.Parent)
        {
            if (ReferenceEquals(a, candidate))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLeadParagraph(Info info, Info title, HashSet<Info> titleAncestors)
    {
        var e = info.Element;
        var tag = e.LocalName;
        // A standfirst names itself ("dek", "subheading", "sapo") and need not end like a sentence. Vietnamese CMSs set
        // the sapo as a heading (Tuổi Trẻ's and Thanh Niên's "h2.detail-sapo"), so a heading named as the article's
        // summary is a paragraph too; a heading named "subtitle" or "subheading" is a second headline, left out.
        var named = info.Key.Length > 0 && BoilerplateHints.ContainsAny(info.Key, LeadWords);
        var paragraph = tag is "p" || (tag is "div" or "span" && !info.HasBlockChild)
            || (tag is "h2" or "h3" or "h4" && info.Key.Length > 0 && BoilerplateHints.ContainsAny(info.Key, SummaryWords));
        if (!paragraph || LinkDensity(info) > 0.2 || info.Weight < 0)
        {
            return false;
        }

        // Up to the box the headline shares with this paragraph; a paragraph inside the headline is not a lead.
        for (var a = info.Parent; a is not null && !titleAncestors.Contains(a); a = a.Parent)
        {
            if (ReferenceEquals(a, title))
            {
                return false;
            }

            if (a.Weight < 0 || a.Element.LocalName is "figure" or "figcaption" or "form" or "a" or "li"
                || (a.Interactive && a.Text < 300) || (a.Key.Length > 0 && BoilerplateHints.ContainsAny(a.Key, MetaWords)))
            {
                return false;
            }
        }

        if (info.Key.Length > 0 && BoilerplateHints.ContainsAny(info.Key, MetaWords))
        {
            return false;
        }

        var content = e.TextContent;
        var text = content.AsSpan().Trim();
        var sentence = text.Length > 0 && text[^1] is '.' or '!' or '?' or '…' or '"' or '”' or ')' or ':';
        return (named || (info.Text >= 40 && (sentence || info.Text >= 80))) && !IsBylineOrDateline(e, info) && !IsAdLabel(e) && !IsDisclosure(content);
    }

    private static int TagBase(string tag) => tag switch
    {
        "div" or "article" or "main" => 5,
        "section" => 3,
        "pre" or "td" or "blockquote" => 3,
        "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
        _ => 0,
    };

    private static double LinkDensity(Info info) => info.Text == 0 ? 0 : Math.Min(1.0, (double)info.Link / info.Text);

    private static bool IsHidden(IElement e)
    {
        if (e.HasAttribute("hidden"))
        {
            return true;
        }

        var style = e.GetAttribute("style");
        if (style is null || style.Length > 500)
        {
            return false;
        }

        return style.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || style.Contains("display: none", StringComparison.OrdinalIgnoreCase)
            || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    private static int CountVisible(string s, out int commas)
    {
        var n = 0;
        commas = 0;
        foreach (var c in s)
        {
            if (!char.IsWhiteSpace(c))
            {
                n++;
                if (c is ',' or '，' or '、')
                {
                    commas++;
                }
            }
        }

        return n;
    }

    private static string Squash(string s)
    {
        var sb = new StringBuilder(Math.Min(s.Length, 512));
        foreach (var c in s.AsSpan(0, Math.Min(s.Length, 512)))
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    private static readonly string[] AdLabels =
    [
        "advertisement", "advertisement - continue reading below", "article continues below", "continue reading below",
        "story continues below", "sponsored", "quảng cáo", "ads", "ad", "scroll to continue",
    ];

    /// <summary>"Written by Lan Anh", "Last updated March 3, 2025 by X", "15 Dec, 2025": bylines and datelines stay out of the text.</summary>
    private static bool IsBylineOrDateline(IElement e, Info info)
    {
        var text = ShortText(e).Trim();
        if (AuthorNames.IsBylineLead(text, out var rest) && rest.Length > 0 && !rest.Contains(". ", StringComparison.Ordinal)
            && AuthorNames.FromByline(text, null) is not null)
        {
            return true;
        }

        if (text.StartsWith("last updated", StringComparison.OrdinalIgnoreCase) || text.StartsWith("updated", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("published", StringComparison.OrdinalIgnoreCase) || text.StartsWith("cập nhật", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return info.Text < 40 && DateText.ParseVisible(text, dayFirst: true) is { } date && text.Count(char.IsLetter) < 20 && date.Length >= 10;
    }

    private static readonly string[] DisclosureWords =
    [
        "a commission", "earn commission", "small commission", "affiliate link", "affiliate marketer", "qualifying purchases",
        "reader-supported", "independently select", "independently chosen", "chosen independently",
    ];

    private static readonly string[] CallToActionWords =
    [
        "newsletter", "subscribe", "sign up", "signup", "inbox", "mailing list", "join our", "book a demo", "request a quote",
        "get started", "free trial", "download now", "đăng ký nhận", "nhận bản tin",
    ];

    private static readonly SearchValues<string> Disclosures = SearchValues.Create(DisclosureWords, StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> CallsToAction = SearchValues.Create(CallToActionWords, StringComparison.OrdinalIgnoreCase);

    /// <summary>Affiliate and editorial-independence notices: page furniture that some sites set as a paragraph.</summary>
    private static bool IsDisclosure(string text) => text.Length < 600 && text.AsSpan().ContainsAny(Disclosures);


    /// <summary>
    /// Sign-up, subscribe and demo boxes: a small box of two or more parts (a pitch and its button, a heading and its
    /// form) whose heading or button asks the reader to act. A lone paragraph that mentions subscribing is left alone.
    /// </summary>
    private static bool IsCallToAction(IElement e, Info info)
    {
        if (e.LocalName is "ul" or "ol" or "dl" or "table" or "tbody")
        {
            return false;
        }

        var parts = 0;
        for (var c = info.FirstChild; c is not null && parts < 2; c = c.NextSibling)
        {
            if ((!c.Skip && c.Text > 0) || c.Interactive)
            {
                parts++;
            }
        }

        if (parts < 2)
        {
            return false;
        }

        // The ask is in the box's heading or button, not somewhere in a paragraph about subscriptions.
        for (var c = info.FirstChild; c is not null; c = c.NextSibling)
        {
            if (!c.Skip && c.Text is > 0 and < 100 && ShortText(c.Element).AsSpan().ContainsAny(CallsToAction))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAdLabel(IElement e)
    {
        var t = ShortText(e).Trim().ToLowerInvariant();
        return t.Length < 60 && AdLabels.Contains(t, StringComparer.Ordinal);
    }

    /// <summary>
    /// Vietnamese sites point to other articles from inside the body with a line that is one link behind arrows or a
    /// label: "&gt;&gt; Xem thêm: …", "» Đọc thêm: …", "&gt;&gt; Hai nước ký …". The caller has checked that the line is mostly link.
    /// </summary>
    private static bool IsRelatedLinkLine(string text)
    {
        var t = text.AsSpan().Trim();
        if (t.StartsWith(">>", StringComparison.Ordinal) || t.StartsWith("»", StringComparison.Ordinal) || t.StartsWith("→", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var label in (ReadOnlySpan<string>)["xem thêm:", "đọc thêm:", "tin liên quan:", "mời xem:", "xem tiếp:", "đọc tiếp:"])
        {
            if (t.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithRelatedLabel(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (t.Length > 40)
        {
            return false;
        }

        foreach (var label in RelatedLabels)
        {
            if (t.StartsWith(label, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Info(IElement element, Info? parent)
    {
        public readonly IElement Element = element;
        public readonly Info? Parent = parent;
        public Info? FirstChild;
        public Info? NextSibling;
        public int Text;
        public int Link;
        public int Commas;
        public int ContentText;
        public int OwnContentText;
        public double Score;
        public double Final;
        public bool Scored;
        public bool Skip;
        public bool Flatten;
        public bool HasBlockChild;
        public bool Interactive;
        public string Key = string.Empty;
        public int Weight;
        public int Index;
    }

    /// <summary>Writes a subtree as lines, cleaning as it goes.</summary>
    private sealed class Writer(ContentExtractor owner)
    {
        private readonly StringBuilder output = new();
        private readonly StringBuilder line = new();
        private string? lastLine;
        private bool bullet;
        private int cells;

        // Hashes of the long lines written so far: a run of five lines and 400 characters has a line of 80 or more.
        private readonly HashSet<int> hashes = [];
        private int repeats;

        public void Write(Info info, int depth, bool isRoot)
        {
            if (output.Length > MaxTextChars || info.Skip)
            {
                return;
            }

            var e = info.Element;
            var tag = e.LocalName;
            if (!isRoot && Drop(e, tag, info))
            {
                return;
            }

            if (tag == "br")
            {
                if (cells > 0)
                {
                    Append(" ");
                }
                else
                {
                    Flush();
                }

                return;
            }

            // A table row reads as one line, its cells joined by " | " as plain-text renderers write tables.
            var cell = tag is "td" or "th" && e.ParentElement?.LocalName == "tr";
            var block = Blocks.Contains(tag) && !cell;
            var savedCells = cells;
            if (cell)
            {
                if (cells++ > 0 && line.Length > 0)
                {
                    Append(" | ");
                }
            }
            else if (tag == "tr")
            {
                cells = 0;
            }

            if (block)
            {
                Flush();

                // List items keep a marker so a list reads as a list in plain text, as renderers write them.
                bullet |= tag == "li";
            }

            if (info.Flatten)
            {
                Append(e.TextContent);
            }
            else
            {
                // Every element child was measured, in this order.
                var measured = info.FirstChild;
                var nodes = e.ChildNodes;
                for (var n = 0; n < nodes.Length; n++)
                {
                    var child = nodes[n];
                    if (child is IText text)
                    {
                        Append(text.Data);
                    }
                    else if (child is IElement && measured is not null)
                    {
                        Write(measured, depth + 1, isRoot: false);
                        measured = measured.NextSibling;
                    }
                }
            }

            if (block)
            {
                Flush();
                bullet &= tag != "li";
            }

            if (tag == "tr")
            {
                cells = savedCells;
            }
        }

        private bool Drop(IElement e, string tag, Info info)
        {
            if (info.Text == 0)
            {
                return tag is not ("br" or "img");
            }

            if (tag == "h1")
            {
                return true;
            }

            var density = LinkDensity(info);
            if (tag is "h2" or "h3" or "h4" or "h5" or "h6")
            {
                return (owner.titleKey is not null && info.Text < 400 && string.Equals(Squash(ShortText(e)), owner.titleKey, StringComparison.Ordinal))
                    || (density > 0.5 && info.Text < 120 && BoilerplateHints.IsNegative(info.Key))
                    || (info.Text < 40 && StartsWithRelatedLabel(ShortText(e)));
            }

            // Font-size buttons, vote and like counters, view counts: controls inside the article's wrapper.
            if (info.Text < 100 && PageWidgets.IsWidget(ShortText(e).Trim()))
            {
                return true;
            }

            var key = info.Key;
            if (key.Length > 0 && info.Text < 200 && BoilerplateHints.ContainsAny(key, MetaWords) && !key.Contains("content", StringComparison.Ordinal)
                && !key.Contains("body", StringComparison.Ordinal) && !key.Contains("sapo", StringComparison.Ordinal))
            {
                return true;
            }

            if (info.Text < 100 && tag is "p" or "div" or "span" or "li" or "time" or "small" && IsBylineOrDateline(e, info))
            {
                return true;
            }

            if (tag == "a" && key.Length > 0 && info.Text < 60 && (key.Contains("btn", StringComparison.Ordinal) || key.Contains("button", StringComparison.Ordinal) || key.Contains("cta", StringComparison.Ordinal)))
            {
                return true;
            }

            if (info.Text < 40 && IsAdLabel(e))
            {
                return true;
            }

            if (!Containers.Contains(tag))
            {
                return tag is "p" or "li" && ((density > 0.8 && info.Text < 100 && StartsWithRelatedLabel(ShortText(e))) || (density > 0.6 && info.Text < 250 && IsRelatedLinkLine(ShortText(e))));
            }

            // Sign-up boxes, search boxes and calls to action: a little text around an input or button.
            if ((tag == "form" && info.Text < 300) || (info.Interactive && info.Text < 160))
            {
                return true;
            }

            if (info.Text < 400 && IsCallToAction(e, info))
            {
                return true;
            }

            if (BoilerplateHints.IsStrongNegative(key) && info.Scored is false)
            {
                return true;
            }

            if (density > 0.5 || (info.Weight < 0 && density > 0.2))
            {
                return true;
            }

            if (info.Text < 3000 && density > 0.25 && e.FirstElementChild is { } first && StartsWithRelatedLabel(ShortText(first)))
            {
                return true;
            }

            return false;
        }

        private void Append(string text)
        {
            var pendingSpace = line.Length > 0 && text.Length > 0 && char.IsWhiteSpace(text[0]);
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = line.Length > 0;
                    continue;
                }

                if (pendingSpace && line[^1] != ' ')
                {
                    line.Append(' ');
                }

                pendingSpace = false;
                line.Append(c);
            }

            if (pendingSpace && line[^1] != ' ')
            {
                line.Append(' ');
            }
        }

        private void Flush()
        {
            if (line.Length == 0)
            {
                return;
            }

            var s = line.ToString().Trim();
            line.Clear();
            // Affiliate notices are checked on the written line: it costs no second walk of the paragraph's subtree.
            if (s.Length == 0 || string.Equals(s, lastLine, StringComparison.Ordinal) || (!bullet && s.Length < 300 && IsDisclosure(s)))
            {
                return;
            }

            if (output.Length > 0)
            {
                output.Append('\n');
            }

            if (bullet)
            {
                output.Append("- ");
                bullet = false;
            }

            output.Append(s);
            lastLine = s;
            if (s.Length >= 80 && !hashes.Add(string.GetHashCode(s, StringComparison.Ordinal)))
            {
                repeats++;
            }
        }

        public string Finish()
        {
            Flush();
            var text = output.ToString();
            return VietnameseText.Normalize(repeats > 0 ? DropRepeatedRuns(text) : text);
        }

        /// <summary>
        /// Responsive layouts print the same article twice (a mobile and a desktop copy, a tab and its panel). A run of
        /// at least five lines and 400 characters that repeats an earlier run word for word is that copy; single repeated
        /// lines (a table's "Yes", a recurring note) stay.
        /// </summary>
        private static string DropRepeatedRuns(string text)
        {
            const int MinLines = 5;
            const int MinChars = 400;
            var lines = text.Split('\n');
            if (lines.Length < MinLines * 2 || lines.Length > 10_000)
            {
                return text;
            }

            var seen = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < lines.Length; i++)
            {
                if (!seen.TryGetValue(lines[i], out var at))
                {
                    seen[lines[i]] = at = [];
                }

                at.Add(i);
            }

            var kept = new StringBuilder(text.Length);
            var dropped = false;
            for (var i = 0; i < lines.Length;)
            {
                var run = 0;
                var tries = 0;
                foreach (var k in seen[lines[i]])
                {
                    if (k >= i || ++tries > 4)
                    {
                        break;
                    }

                    var m = 0;
                    while (m < 1000 && i + m < lines.Length && k + m < i && string.Equals(lines[k + m], lines[i + m], StringComparison.Ordinal))
                    {
                        m++;
                    }

                    run = Math.Max(run, m);
                }

                var chars = 0;
                for (var j = i; j < i + run; j++)
                {
                    chars += lines[j].Length;
                }

                if (run >= MinLines && chars >= MinChars)
                {
                    i += run;
                    dropped = true;
                    continue;
                }

                if (kept.Length > 0)
                {
                    kept.Append('\n');
                }

                kept.Append(lines[i]);
                i++;
            }

            return dropped ? kept.ToString() : text;
        }
    }
}
