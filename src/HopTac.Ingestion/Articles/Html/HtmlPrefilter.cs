using System.Text;

namespace HopTac.Ingestion.Articles.Html;

/// <summary>
/// Empties the elements the extractor never reads before the parser sees them: script (except JSON-LD), style,
/// svg, noscript and template bodies, and comments. One forward pass over the string; the opening and closing tags
/// stay so the tree keeps its shape. News pages carry several times more script and inline SVG than article text,
/// and tokenising it was most of the parse.
/// </summary>
internal static class HtmlPrefilter
{
    private static readonly string[] Emptied = ["script", "style", "svg", "noscript", "template"];

    /// <summary>The page with those bodies and comments removed; the input itself when there is nothing to remove.</summary>
    public static string Strip(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        StringBuilder? sb = null;
        var copied = 0;
        var pos = 0;
        while (pos < html.Length)
        {
            var lt = html.IndexOf('<', pos);
            if (lt < 0 || lt + 3 >= html.Length)
            {
                break;
            }

            if (html[lt + 1] == '!' && html[lt + 2] == '-' && html[lt + 3] == '-')
            {
                var end = CommentEnd(html, lt + 4);
                Flush(ref sb, html, ref copied, lt);
                copied = end;
                pos = end;
                continue;
            }

            var name = EmptiedName(html, lt + 1);
            if (name is null)
            {
                pos = lt + 1;
                continue;
            }

            var tagEnd = html.IndexOf('>', lt + 1 + name.Length);
            if (tagEnd < 0)
            {
                break;
            }

            // JSON-LD is the most reliable source of title, date and author; it has to reach the metadata reader.
            if (string.Equals(name, "script", StringComparison.Ordinal)
                && html.AsSpan(lt, tagEnd - lt).Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            {
                pos = tagEnd + 1;
                continue;
            }

            if (html[tagEnd - 1] == '/' && name is "svg")
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

        sb.Append(html, copied, html.Length - copied);
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

    private static string? EmptiedName(string html, int at)
    {
        foreach (var name in Emptied)
        {
            var after = at + name.Length;
            if (after < html.Length
                && string.Compare(html, at, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && html[after] is '>' or '/' or ' ' or '\t' or '\n' or '\r' or '\f')
            {
                return name;
            }
        }

        return null;
    }
}
