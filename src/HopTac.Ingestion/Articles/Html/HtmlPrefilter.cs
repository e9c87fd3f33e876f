using System.Buffers;

namespace HopTac.Ingestion.Articles.Html;

/// <summary>
/// Cuts a page down to what the extractor reads before the parser sees it, in one forward pass over the string:
/// script (except JSON-LD), style, svg, noscript and template elements and comments are removed; nav menus, form
/// controls and the page's footer keep their tags but lose their bodies; images go; and start tags keep only the
/// attributes some reader looks at (<see cref="HtmlAttributeFilter"/>). Container tags stay, so the tree keeps its
/// shape. AngleSharp's parse costs by the tag more than by the character, so every tag not handed over counts. News pages carry several times more script, inline SVG and attribute noise (srcset,
/// data-*, tracking hooks) than article text, and tokenising it was most of the parse.
/// </summary>
internal static class HtmlPrefilter
{
    /// <summary>Bounds the furniture search so that hostile nesting (thousands of unclosed navs) stays linear.</summary>
    private const int MaxFurnitureScans = 200;

    private const int MaxFurnitureChars = 400_000;

    /// <summary>
    /// Elements whose bodies no reader looks at: the content scorer skips them whole (it keeps the tag itself, which
    /// marks its parent as a form control row), and none holds a page's title, date or author (a button or a label
    /// may: author bio toggles, "Ngày đăng:" labels, so those stay).
    /// </summary>
    private static readonly string[] UnreadBodies = ["nav", "select", "textarea", "dialog", "object", "iframe"];

    /// <summary>
    /// Emptied only outside any article element: an article's own footer carries its byline and date, the page's
    /// footer (after the article, or on a page without article elements) links, addresses and copyright lines that
    /// the content scorer skips anyway. It is a tenth of a news page's tags. Asides are not emptied: author cards
    /// and dates sit in them.
    /// </summary>
    private static readonly string[] OutsideArticleBodies = ["footer"];

    /// <summary>Void elements nobody reads once their attributes are gone (alt is not kept): the writer emits nothing for them.</summary>
    private static readonly string[] DroppedTags = ["img", "source", "wbr"];

    private static readonly string[] EmptyInline = ["span", "a", "i", "b", "em", "strong", "small", "u", "s", "font"];

    private static readonly string[] Emptied = ["script", "style", "svg", "noscript", "template"];

    private static readonly HashSet<string> BlockNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "html", "head", "body", "meta", "title", "div", "p", "ul", "ol", "li", "dl", "dt", "dd", "table", "tbody", "thead",
        "tfoot", "tr", "td", "th", "section", "article", "main", "header", "footer", "nav", "aside", "figure", "figcaption",
        "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "form", "hr", "br", "address", "pre", "center",
    };

    /// <summary>The page with those bodies, comments and attributes removed; the input itself when there is nothing to remove.</summary>
    public static string Strip(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var buffer = ArrayPool<char>.Shared.Rent(MaxOutputLength(html.Length));
        try
        {
            var length = Strip(html, buffer);
            var output = buffer.AsSpan(0, length);
            return output.SequenceEqual(html) ? html : new string(output);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// How long a buffer the output of a page of <paramref name="length"/> characters needs. Cuts only shorten the page,
    /// but a kept attribute written straight after a quoted value (<c>id="a"class="b"</c>, which parsers accept) gets
    /// a space the source lacked: at most one per five characters.
    /// </summary>
    public static int MaxOutputLength(int length) => (int)Math.Min(Array.MaxLength, length + (length / 4L) + 16);

    /// <summary>
    /// Writes the cut-down page into <paramref name="destination"/>, at least <see cref="MaxOutputLength"/> long, and
    /// returns its length.
    /// </summary>
    public static int Strip(string html, Span<char> destination)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, MaxOutputLength(html.Length));
        var output = new CharSink(destination);
        var copied = 0;
        var pos = 0;

        // Where the text since the last tag starts; a run of white space there before a block tag is dropped.
        var textStart = 0;
        var afterBlock = false;
        var furnitureScans = 0;
        var articleDepth = 0;
        Span<HtmlAttributeFilter.Attribute> attributes = stackalloc HtmlAttributeFilter.Attribute[HtmlAttributeFilter.MaxAttributes];
        Span<HtmlAttributeFilter.Attribute> scratch = stackalloc HtmlAttributeFilter.Attribute[HtmlAttributeFilter.MaxAttributes];
        while (pos < html.Length)
        {
            var lt = html.IndexOf('<', pos);
            if (lt < 0 || lt + 3 >= html.Length)
            {
                break;
            }

            var next = html[lt + 1];
            if (next == '!' && html[lt + 2] == '-' && html[lt + 3] == '-')
            {
                var end = CommentEnd(html, lt + 4);
                Flush(ref output, html, ref copied, lt);
                copied = end;
                pos = end;
                continue;
            }

            if (next == '/' && char.IsAsciiLetter(html[lt + 2]))
            {
                var gt = html.IndexOf('>', lt + 2);
                if (gt < 0)
                {
                    break;
                }

                afterBlock = DropBlankBefore(ref output, html, ref copied, textStart, lt, lt + 2, afterBlock);
                if (articleDepth > 0 && TagNamed(html, lt + 2, "article"))
                {
                    articleDepth--;
                }

                pos = textStart = gt + 1;
                continue;
            }

            if (!char.IsAsciiLetter(next))
            {
                pos = lt + 1;
                continue;
            }

            var tag = HtmlAttributeFilter.ReadTag(html, lt, attributes);
            if (tag.End < 0)
            {
                // A start tag cut off by the end of the page: the parser drops it anyway.
                break;
            }

            var tagEnd = tag.End;
            var name = RemovedName(html, lt + 1, tag.NameEnd);

            // JSON-LD is the most reliable source of title, date and author; it has to reach the metadata reader.
            if (name is "script" && html.AsSpan(lt, tagEnd - lt).Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            {
                name = null;
            }

            if (name is null)
            {
                if (HtmlAttributeFilter.IsUnreadLink(html, lt, tag, attributes) || In(DroppedTags, html, lt + 1, tag.NameEnd) is not null)
                {
                    Flush(ref output, html, ref copied, lt);
                    copied = tagEnd + 1;
                }
                else if (!tag.SelfClosing && EmptyInlineEnd(html, lt, tag, attributes, scratch) is var emptyEnd && emptyEnd > 0)
                {
                    Flush(ref output, html, ref copied, lt);
                    pos = copied = emptyEnd;
                    continue;
                }
                else
                {
                    afterBlock = DropBlankBefore(ref output, html, ref copied, textStart, lt, lt + 1, afterBlock);
                    if (tag.Dropped > 0)
                    {
                        Flush(ref output, html, ref copied, lt);
                        HtmlAttributeFilter.Write(ref output, html, tag, attributes, lt);
                        copied = tagEnd + 1;
                    }

                    textStart = tagEnd + 1;
                    if (!tag.SelfClosing && TagNamed(html, lt + 1, "article"))
                    {
                        articleDepth++;
                    }

                    if (!tag.SelfClosing && furnitureScans < MaxFurnitureScans
                        && (In(UnreadBodies, html, lt + 1, tag.NameEnd) ?? (articleDepth == 0 ? In(OutsideArticleBodies, html, lt + 1, tag.NameEnd) : null)) is { } furniture)
                    {
                        furnitureScans++;
                        var end = FurnitureEnd(html, tagEnd + 1, furniture);
                        if (end > 0)
                        {
                            Flush(ref output, html, ref copied, tagEnd + 1);
                            copied = end;
                            pos = textStart = end;
                            continue;
                        }
                    }
                }

                pos = tagEnd + 1;
                continue;
            }

            if (tag.SelfClosing && name is "svg")
            {
                Flush(ref output, html, ref copied, lt);
                pos = copied = tagEnd + 1;
                continue;
            }

            var close = html.AsSpan(tagEnd + 1).IndexOf(EndTagOf(name), StringComparison.OrdinalIgnoreCase);
            close = close < 0 ? -1 : close + tagEnd + 1;
            if (close < 0)
            {
                // An unclosed script or style swallows the rest of the page in a browser too; an unclosed svg or
                // template is left for the parser to recover.
                if (name is "script" or "style")
                {
                    Flush(ref output, html, ref copied, lt);
                    copied = html.Length;
                }

                break;
            }

            // The element goes whole: nothing reads an emptied script or style, and the parser builds less.
            var closeEnd = html.IndexOf('>', close + 2 + name.Length);
            closeEnd = closeEnd < 0 ? html.Length : closeEnd + 1;
            Flush(ref output, html, ref copied, lt);
            copied = closeEnd;
            pos = closeEnd;
        }

        Flush(ref output, html, ref copied, html.Length);
        return output.Length;
    }

    /// <summary>
    /// White space between two tags makes a text node of its own; next to a block tag it separates nothing (the text
    /// writer breaks the line there, and measures ignore white space), so it is not handed to the parser. Says whether
    /// the tag at <paramref name="lt"/> is a block tag.
    /// </summary>
    private static bool DropBlankBefore(ref CharSink output, string html, ref int copied, int textStart, int lt, int nameStart, bool afterBlock)
    {
        var block = IsBlockName(html, nameStart);
        if (lt <= textStart || textStart < copied || !(block || afterBlock) || !html.AsSpan(textStart, lt - textStart).IsWhiteSpace())
        {
            return block;
        }

        Flush(ref output, html, ref copied, textStart);
        copied = lt;
        return block;
    }

    private static bool IsBlockName(string html, int at)
    {
        var end = at;
        while (end < html.Length && end - at < 12 && char.IsAsciiLetterOrDigit(html[end]))
        {
            end++;
        }

        if (end >= html.Length || html[end] is not ('>' or '/' or ' ' or '\t' or '\n' or '\r' or '\f'))
        {
            return false;
        }

        return BlockNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(html.AsSpan(at, end - at));
    }

    private static void Flush(ref CharSink output, string html, ref int copied, int upTo)
    {
        if (upTo > copied)
        {
            output.Append(html.AsSpan(copied, upTo - copied));
        }

        copied = Math.Max(copied, upTo);
    }

    private static int CommentEnd(string html, int from)
    {
        // "<!-->" and "<!--->" are complete (empty) comments to an HTML parser.
        if (from < html.Length && html[from] == '>')
        {
            return from + 1;
        }

        if (from + 1 < html.Length && html[from] == '-' && html[from + 1] == '>')
        {
            return from + 2;
        }

        var end = html.IndexOf("-->", from, StringComparison.Ordinal);
        return end < 0 ? html.Length : end + 3;
    }

    /// <summary>
    /// Where the body of a nav, footer or aside that starts at <paramref name="from"/> ends (its matching end tag), or
    /// -1 to leave it to the parser: unclosed, longer than <see cref="MaxFurnitureChars"/>, or holding a main or
    /// article element (an unclosed aside or nav can swallow the article, and then it is the article's container).
    /// Nothing reads inside such furniture: the writer skips it, and the metadata reader ignores dates and authors
    /// found in it.
    /// </summary>
    private static int FurnitureEnd(string html, int from, string name)
    {
        var depth = 1;
        var at = from;
        var limit = (int)Math.Min(html.Length, (long)from + MaxFurnitureChars);
        while (true)
        {
            var lt = html.IndexOf('<', at, limit - at);
            if (lt < 0 || lt + 2 >= limit)
            {
                return -1;
            }

            var closing = html[lt + 1] == '/';
            var nameAt = closing ? lt + 2 : lt + 1;
            if (!closing && (TagNamed(html, nameAt, "main") || TagNamed(html, nameAt, "article")))
            {
                return -1;
            }

            if (TagNamed(html, nameAt, name))
            {
                depth += closing ? -1 : 1;
                if (depth == 0)
                {
                    return lt;
                }
            }

            at = lt + 1;
        }
    }

    private static bool TagNamed(string html, int at, string name)
    {
        var end = at + name.Length;
        return end < html.Length
            && string.Compare(html, at, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
            && html[end] is '>' or '/' or ' ' or '\t' or '\n' or '\r' or '\f';
    }

    private static string? In(string[] names, string html, int at, int nameEnd)
    {
        var name = html.AsSpan(at, nameEnd - at);
        foreach (var unread in names)
        {
            if (name.Equals(unread, StringComparison.OrdinalIgnoreCase))
            {
                return unread;
            }
        }

        return null;
    }

    /// <summary>
    /// Where an empty inline element (<c>&lt;span class="icon"&gt;&lt;/span&gt;</c>, an icon's <c>&lt;i&gt;</c>, a link
    /// whose image is gone) ends, or -1. Such an element adds no text and no break, and with only a class, id or link
    /// target on it no reader looks at it (a time, an itemprop or a content attribute can date a page, so those stay).
    /// </summary>
    private static int EmptyInlineEnd(string html, int lt, HtmlAttributeFilter.Tag tag, ReadOnlySpan<HtmlAttributeFilter.Attribute> attributes, Span<HtmlAttributeFilter.Attribute> scratch)
    {
        var name = html.AsSpan(lt + 1, tag.NameEnd - lt - 1);
        if (name.Length > 6 || tag.Count >= attributes.Length || In(EmptyInline, html, lt + 1, tag.NameEnd) is null)
        {
            return -1;
        }

        // Images inside are dropped anyway: a link around an image is empty once the image is gone.
        var end = tag.End + 1;
        while (end + 4 < html.Length && html[end] == '<' && char.IsAsciiLetter(html[end + 1]))
        {
            var inner = HtmlAttributeFilter.ReadTag(html, end, scratch);
            if (inner.End < 0 || In(DroppedTags, html, end + 1, inner.NameEnd) is null)
            {
                break;
            }

            end = inner.End + 1;
        }

        if (end + name.Length + 3 > html.Length || html[end] != '<' || html[end + 1] != '/'
            || !html.AsSpan(end + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase) || html[end + 2 + name.Length] != '>')
        {
            return -1;
        }

        foreach (var a in attributes[..tag.Count])
        {
            var attribute = html.AsSpan(a.Start, a.NameEnd - a.Start);
            if (a.Keep == HtmlAttributeFilter.Keep.Whole && !attribute.Equals("class", StringComparison.OrdinalIgnoreCase)
                && !attribute.Equals("id", StringComparison.OrdinalIgnoreCase) && !attribute.Equals("rel", StringComparison.OrdinalIgnoreCase))
            {
                return -1;
            }
        }

        return end + 3 + name.Length;
    }

    private static string EndTagOf(string name) => name switch
    {
        "script" => "</script",
        "style" => "</style",
        "svg" => "</svg",
        "noscript" => "</noscript",
        _ => "</template",
    };

    private static string? RemovedName(string html, int at, int nameEnd)
    {
        var name = html.AsSpan(at, nameEnd - at);
        foreach (var emptied in Emptied)
        {
            if (name.Equals(emptied, StringComparison.OrdinalIgnoreCase))
            {
                return emptied;
            }
        }

        return null;
    }
}
