using System.Buffers;

namespace HopTac.Ingestion.Articles.Html;

/// <summary>
/// Cuts a page down to what the extractor reads before the parser sees it, in one forward pass over the string:
/// script (except JSON-LD), style, svg, noscript and template elements and comments are removed; nav menus, form
/// controls and the page's footer keep their tags but lose their bodies; images go; and start tags keep only the
/// attributes some reader looks at (<see cref="HtmlAttributeFilter"/>); <see cref="TagTraitsTable"/> says which
/// element gets what. Container tags stay, so the tree keeps its shape. News pages carry several times more script,
/// inline SVG and attribute noise (srcset, data-*, tracking hooks) than article text, and AngleSharp's parse costs by
/// the tag more than by the character, so every tag not handed over counts.
/// </summary>
internal static class HtmlPrefilter
{
    /// <summary>Bounds the furniture search so that hostile nesting (thousands of unclosed navs) stays linear.</summary>
    private const int MaxFurnitureScans = 200;

    private const int MaxFurnitureChars = 400_000;

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
    /// returns its length. Linear in the page: every search is bounded (<see cref="MaxFurnitureScans"/>), and the
    /// parser's cost is judged on this output by <c>Guards/HtmlCost</c>.
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

                var endTraits = TagTraitsTable.Of(html.AsSpan(lt + 2, NameLength(html, lt + 2, gt)), out _);
                afterBlock = DropBlankBefore(ref output, html, ref copied, textStart, lt, (endTraits & TagTraits.Block) != 0, afterBlock);
                if (articleDepth > 0 && (endTraits & TagTraits.Article) != 0)
                {
                    articleDepth--;
                }

                if ((endTraits & TagTraits.OptionalEnd) != 0 && ClosedByNext(html, lt + 2, gt + 1))
                {
                    Flush(ref output, html, ref copied, lt);
                    copied = gt + 1;
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
            var traits = TagTraitsTable.Of(html.AsSpan(lt + 1, NameLength(html, lt + 1, tag.NameEnd)), out var name);
            if ((traits & TagTraits.Removed) != 0)
            {
                // JSON-LD is the most reliable source of title, date and author; it has to reach the metadata reader,
                // and its body is raw text, copied as it is.
                var jsonLd = name is "script" && html.AsSpan(lt, tagEnd - lt).Contains("ld+json", StringComparison.OrdinalIgnoreCase);
                if (tag.SelfClosing && name is "svg")
                {
                    Flush(ref output, html, ref copied, lt);
                    pos = copied = tagEnd + 1;
                    continue;
                }

                var close = html.AsSpan(tagEnd + 1).IndexOf(EndTagOf(name!), StringComparison.OrdinalIgnoreCase);
                if (close < 0)
                {
                    // An unclosed script or style swallows the rest of the page in a browser too; an unclosed svg or
                    // template is left for the parser to recover.
                    if (name is "script" or "style" && !jsonLd)
                    {
                        Flush(ref output, html, ref copied, lt);
                        copied = html.Length;
                    }

                    break;
                }

                close += tagEnd + 1;
                var closeEnd = html.IndexOf('>', close + 2 + name!.Length);
                closeEnd = closeEnd < 0 ? html.Length : closeEnd + 1;
                if (jsonLd)
                {
                    afterBlock = DropBlankBefore(ref output, html, ref copied, textStart, lt, false, afterBlock);
                    if (tag.Dropped > 0)
                    {
                        Flush(ref output, html, ref copied, lt);
                        HtmlAttributeFilter.Write(ref output, html, tag, attributes, lt);
                        copied = tagEnd + 1;
                    }

                    pos = textStart = closeEnd;
                    continue;
                }

                // The element goes whole: nothing reads an emptied script or style, and the parser builds less.
                Flush(ref output, html, ref copied, lt);
                copied = closeEnd;
                pos = closeEnd;
                continue;
            }

            if ((traits & TagTraits.Dropped) != 0 || HtmlAttributeFilter.IsUnreadLink(html, lt, tag, attributes) || HtmlAttributeFilter.IsUnreadMeta(html, lt, tag, attributes))
            {
                Flush(ref output, html, ref copied, lt);
                pos = copied = tagEnd + 1;
                continue;
            }

            if ((traits & TagTraits.EmptyInline) != 0 && !tag.SelfClosing && EmptyInlineEnd(html, lt, tag, attributes, scratch) is var emptyEnd && emptyEnd > 0)
            {
                Flush(ref output, html, ref copied, lt);
                pos = copied = emptyEnd;
                continue;
            }

            afterBlock = DropBlankBefore(ref output, html, ref copied, textStart, lt, (traits & TagTraits.Block) != 0, afterBlock);
            if (tag.Dropped > 0)
            {
                Flush(ref output, html, ref copied, lt);
                HtmlAttributeFilter.Write(ref output, html, tag, attributes, lt);
                copied = tagEnd + 1;
            }

            textStart = pos = tagEnd + 1;
            if (tag.SelfClosing)
            {
                continue;
            }

            if ((traits & TagTraits.Article) != 0)
            {
                articleDepth++;
            }

            var emptied = (traits & TagTraits.UnreadBody) != 0 || (articleDepth == 0 && (traits & TagTraits.UnreadBodyOutsideArticle) != 0);
            if (emptied && furnitureScans < MaxFurnitureScans)
            {
                furnitureScans++;
                var end = FurnitureEnd(html, tagEnd + 1, name!);
                if (end > 0)
                {
                    Flush(ref output, html, ref copied, tagEnd + 1);
                    copied = end;
                    pos = textStart = end;
                }
            }
        }

        Flush(ref output, html, ref copied, html.Length);
        return output.Length;
    }

    /// <summary>
    /// Whether the end tag of an element whose end tag may be omitted (li, p, td …), ending before <paramref name="from"/>,
    /// changes nothing because the next tag closes that element anyway (HTML's "close a p element", the list item and
    /// table cell rules): a token the parser need not build. Only white space, which is dropped next to those block
    /// tags, may lie between.
    /// </summary>
    private static bool ClosedByNext(string html, int nameAt, int from)
    {
        var i = from;
        while (i < html.Length && html[i] is ' ' or '\t' or '\n' or '\r' or '\f')
        {
            i++;
        }

        if (i + 3 >= html.Length || html[i] != '<')
        {
            return false;
        }

        var closing = html[i + 1] == '/';
        var at = closing ? i + 2 : i + 1;
        var next = html.AsSpan(at, NameLength(html, at, Math.Min(html.Length, at + 12)));
        if (at + next.Length >= html.Length || html[at + next.Length] is not ('>' or ' ' or '\t' or '\n' or '\r' or '\f' or '/'))
        {
            return false;
        }

        var element = char.ToLowerInvariant(html[nameAt]);
        var second = char.ToLowerInvariant(html[nameAt + 1]);
        string[] closers = (element, second, closing) switch
        {
            ('l', _, false) => ["li"],
            ('l', _, true) => ["ul", "ol"],
            ('p', _, false) => ["p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "figure", "header", "footer", "aside", "nav", "main", "li", "dl", "pre", "hr"],
            ('p', _, true) => ["div", "li", "td", "th", "section", "article", "blockquote", "main"],
            ('t', 'r', false) => ["tr"],
            ('t', 'r', true) => ["tbody", "table", "thead", "tfoot"],
            ('t', _, false) => ["td", "th"],
            ('t', _, true) => ["tr"],
            ('d', _, false) => ["dt", "dd"],
            ('d', _, true) => ["dl"],
            _ => [],
        };
        foreach (var closer in closers)
        {
            if (next.Equals(closer, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An element name's length: letters, digits, '-' and ':'.</summary>
    private static int NameLength(string html, int at, int end)
    {
        var i = at;
        while (i < end && (char.IsAsciiLetterOrDigit(html[i]) || html[i] is '-' or ':'))
        {
            i++;
        }

        return i - at;
    }

    /// <summary>
    /// White space between two tags makes a text node of its own; next to a block tag it separates nothing (the text
    /// writer breaks the line there, and measures ignore white space), so it is not handed to the parser. Says whether
    /// the tag at <paramref name="lt"/> is a block tag.
    /// </summary>
    private static bool DropBlankBefore(ref CharSink output, string html, ref int copied, int textStart, int lt, bool block, bool afterBlock)
    {
        if (lt <= textStart || textStart < copied || !(block || afterBlock) || !html.AsSpan(textStart, lt - textStart).IsWhiteSpace())
        {
            return block;
        }

        Flush(ref output, html, ref copied, textStart);
        copied = lt;
        return block;
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

    /// <summary>
    /// Where an empty inline element (<c>&lt;span class="icon"&gt;&lt;/span&gt;</c>, an icon's <c>&lt;i&gt;</c>, a link
    /// whose image is gone) ends, or -1. Such an element adds no text and no break, and with only a class, id or link
    /// target on it no reader looks at it (a time, an itemprop or a content attribute can date a page, so those stay).
    /// </summary>
    private static int EmptyInlineEnd(string html, int lt, HtmlAttributeFilter.Tag tag, ReadOnlySpan<HtmlAttributeFilter.Attribute> attributes, Span<HtmlAttributeFilter.Attribute> scratch)
    {
        var name = html.AsSpan(lt + 1, tag.NameEnd - lt - 1);
        if (name.Length > 6 || tag.Count >= attributes.Length)
        {
            return -1;
        }

        // Images inside are dropped anyway: a link around an image is empty once the image is gone.
        var end = tag.End + 1;
        while (end + 4 < html.Length && html[end] == '<' && char.IsAsciiLetter(html[end + 1]))
        {
            var inner = HtmlAttributeFilter.ReadTag(html, end, scratch);
            if (inner.End < 0 || (TagTraitsTable.Of(html.AsSpan(end + 1, inner.NameEnd - end - 1), out _) & TagTraits.Dropped) == 0)
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
}
