namespace HopTac.Ingestion.Guards;

/// <summary>
/// Estimates how deeply an HTML document nests its elements, in one pass over the markup and without parsing it.
/// Pathological pages (tens of thousands of unclosed <c>&lt;div&gt;</c>) would overflow the stack of recursive DOM
/// code (ours or the parser library's), which no catch can stop; such pages are rejected before parsing.
/// Void elements, self-closing tags and elements whose end tag may be omitted (<c>p</c>, <c>li</c>, <c>td</c> …)
/// are not counted, so ordinary sloppy markup never looks deep.
/// </summary>
internal static class HtmlNesting
{
    /// <summary>Elements not counted: void, self-closing by nature, or with an end tag that may be left out.</summary>
    internal static readonly string[] NotNested =
    [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "tbody", "thead", "tfoot",
        "colgroup", "caption", "html", "head", "body", "basefont", "frame", "keygen", "image",
    ];

    private static readonly HashSet<string> Uncounted = new(NotNested, StringComparer.OrdinalIgnoreCase);

    /// <summary>The deepest nesting of counted elements seen.</summary>
    public static int EstimateMaxDepth(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return EstimateMaxDepth(html.AsSpan());
    }

    /// <summary>The deepest nesting of counted elements seen.</summary>
    public static int EstimateMaxDepth(ReadOnlySpan<char> html) => EstimateMaxDepth(html, 0);

    /// <summary>The deepest nesting seen in markup that starts <paramref name="depth"/> elements deep (the rest of a page).</summary>
    public static int EstimateMaxDepth(ReadOnlySpan<char> html, int depth)
    {
        var max = depth;
        var i = 0;
        while (true)
        {
            var next = html[i..].IndexOf('<');
            if (next < 0 || i + next + 1 >= html.Length)
            {
                return max;
            }

            i += next;
            if (html[i..].StartsWith("<!--", StringComparison.Ordinal))
            {
                var end = IndexOf(html, "-->", i + 4, StringComparison.Ordinal);
                if (end < 0)
                {
                    return max;
                }

                i = end + 3;
                continue;
            }

            var closing = html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }

            var name = html[nameStart..nameEnd];
            var close = IndexOf(html, '>', nameEnd);
            if (close < 0)
            {
                return max;
            }

            var counted = !Uncounted.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);
            if (closing)
            {
                if (counted && depth > 0)
                {
                    depth--;
                }
            }
            else if (counted && html[close - 1] != '/')
            {
                if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
                {
                    // Raw text: skip to the end tag so markup inside scripts is not counted.
                    var end = IndexOf(html, name.Length == 6 ? "</script" : "</style", close, StringComparison.OrdinalIgnoreCase);
                    var endClose = end < 0 ? -1 : IndexOf(html, '>', end);
                    if (endClose < 0)
                    {
                        return max;
                    }

                    i = endClose + 1;
                    continue;
                }

                depth++;
                max = Math.Max(max, depth);
            }

            i = close + 1;
        }
    }

    private static int IndexOf(ReadOnlySpan<char> html, string value, int from, StringComparison comparison)
    {
        var at = html[from..].IndexOf(value, comparison);
        return at < 0 ? -1 : from + at;
    }

    private static int IndexOf(ReadOnlySpan<char> html, char value, int from)
    {
        var at = html[from..].IndexOf(value);
        return at < 0 ? -1 : from + at;
    }
}
