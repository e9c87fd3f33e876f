using System.Text;

namespace HopTac.Ingestion.Articles.Html;

/// <summary>
/// Cuts a page down to what the extractor reads before the parser sees it, in one forward pass over the string:
/// script (except JSON-LD), style, svg, noscript and template bodies and comments are emptied, and start tags keep
/// only the attributes some reader looks at (<see cref="HtmlAttributeFilter"/>). Opening and closing tags stay, so
/// the tree keeps its shape. News pages carry several times more script, inline SVG and attribute noise (srcset,
/// data-*, tracking hooks) than article text, and tokenising it was most of the parse.
/// </summary>
internal static class HtmlPrefilter
{
    private static readonly string[] Emptied = ["script", "style", "svg", "noscript", "template"];

    /// <summary>The page with those bodies, comments and attributes removed; the input itself when there is nothing to remove.</summary>
    public static string Strip(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        StringBuilder? sb = null;
        var copied = 0;
        var pos = 0;
        Span<HtmlAttributeFilter.Attribute> attributes = stackalloc HtmlAttributeFilter.Attribute[HtmlAttributeFilter.MaxAttributes];
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
                Flush(ref sb, html, ref copied, lt);
                copied = end;
                pos = end;
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
            if (tag.Dropped > 0)
            {
                Flush(ref sb, html, ref copied, lt);
                HtmlAttributeFilter.Write(sb!, html, tag, attributes, lt);
                copied = tagEnd + 1;
            }

            var name = EmptiedName(html, lt + 1, tag.NameEnd);
            if (name is null)
            {
                pos = tagEnd + 1;
                continue;
            }

            // JSON-LD is the most reliable source of title, date and author; it has to reach the metadata reader.
            if (name is "script" && html.AsSpan(lt, tagEnd - lt).Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            {
                pos = tagEnd + 1;
                continue;
            }

            if (tag.SelfClosing && name is "svg")
            {
                pos = tagEnd + 1;
                continue;
            }

            var close = html.IndexOf(string.Concat("</", name), tagEnd + 1, StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                // An unclosed script or style swallows the rest of the page in a browser too; an unclosed svg or
                // template is left for the parser to recover.
                if (name is "script" or "style")
                {
                    Flush(ref sb, html, ref copied, tagEnd + 1);
                    copied = html.Length;
                }

                break;
            }

            Flush(ref sb, html, ref copied, tagEnd + 1);
            copied = close;
            pos = close + 2 + name.Length;
        }

        if (sb is null)
        {
            return html;
        }

        if (copied < html.Length)
        {
            sb.Append(html, copied, html.Length - copied);
        }

        return sb.ToString();
    }

    private static void Flush(ref StringBuilder? sb, string html, ref int copied, int upTo)
    {
        sb ??= new StringBuilder(html.Length / 2);
        if (upTo > copied)
        {
            sb.Append(html, copied, upTo - copied);
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

    private static string? EmptiedName(string html, int at, int nameEnd)
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
