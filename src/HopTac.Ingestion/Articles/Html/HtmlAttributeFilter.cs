namespace HopTac.Ingestion.Articles.Html;

/// <summary>
/// Reads one start tag the way the HTML tokenizer does (attribute names, quoted and unquoted values, a '&gt;' inside
/// quotes) and decides which attributes the extractor needs. Kept: class and id (boilerplate hints), hidden and a
/// style that may hide the element, lang, the meta attributes (property, name, itemprop, content), datetime, rel,
/// the publication-date data attributes, type on script (JSON-LD), href on link (canonical URL) and a bare href on
/// a (author links are found by its presence), with its value only when it is the home page (logo headings). Everything else (src, srcset, alt, title, data-*, aria-*, on*, inline
/// styles) is read by no one, and building it is parser time.
/// </summary>
internal static class HtmlAttributeFilter
{
    private static readonly string[] UnreadMetaKeys =
    [
        "viewport", "robots", "googlebot", "theme-color", "format-detection", "referrer", "generator", "google-site-verification",
        "msapplication-", "apple-", "mobile-web-app", "handheldfriendly", "mobileoptimized", "og:image", "twitter:image", "fb:",
        "facebook-domain-verification", "p:domain_verify",
    ];

    /// <summary>Tags with more attributes than this are copied as they are.</summary>
    public const int MaxAttributes = 64;

    /// <summary>How one attribute is written back.</summary>
    public enum Keep : byte
    {
        Drop,
        Whole,
        NameOnly,
    }

    /// <summary>
    /// One attribute's source span: name from <see cref="Start"/> to <see cref="NameEnd"/>, the whole text to
    /// <see cref="End"/>, the value (without quotes) from <see cref="ValueStart"/> to <see cref="ValueEnd"/>.
    /// </summary>
    public readonly record struct Attribute(int Start, int NameEnd, int ValueStart, int ValueEnd, int End, Keep Keep);

    /// <summary>
    /// One start tag: its name ends at <see cref="NameEnd"/>, its '&gt;' is at <see cref="End"/> (-1 when the page ends
    /// inside the tag); <see cref="Dropped"/> attributes are not kept.
    /// </summary>
    public readonly record struct Tag(int NameEnd, int End, int Count, int Dropped, bool SelfClosing);

    /// <summary>Reads the start tag whose '&lt;' is at <paramref name="lt"/> (followed by an ASCII letter).</summary>
    public static Tag ReadTag(string html, int lt, Span<Attribute> attributes)
    {
        var i = lt + 1;
        while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>'))
        {
            i++;
        }

        var nameEnd = i;
        var element = html.AsSpan(lt + 1, nameEnd - lt - 1);
        var count = 0;
        var dropped = 0;
        var overflow = false;
        while (i < html.Length)
        {
            var c = html[i];
            if (IsSpace(c))
            {
                i++;
                continue;
            }

            if (c == '>')
            {
                return new Tag(nameEnd, i, count, overflow ? 0 : dropped, false);
            }

            if (c == '/')
            {
                if (i + 1 < html.Length && html[i + 1] == '>')
                {
                    return new Tag(nameEnd, i + 1, count, overflow ? 0 : dropped, true);
                }

                i++;
                continue;
            }

            // Attribute name: the first character may be anything, '=' included.
            var start = i++;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>' or '='))
            {
                i++;
            }

            var attrNameEnd = i;
            var end = i;
            var j = SkipSpace(html, i);
            if (j < html.Length && html[j] == '=')
            {
                j = SkipSpace(html, j + 1);
                if (j >= html.Length)
                {
                    return new Tag(nameEnd, -1, count, 0, false);
                }

                var q = html[j];
                if (q is '"' or '\'')
                {
                    var close = html.IndexOf(q, j + 1);
                    if (close < 0)
                    {
                        return new Tag(nameEnd, -1, count, 0, false);
                    }

                    end = close + 1;
                    i = end;
                    var keepValue = Decide(element, html.AsSpan(start, attrNameEnd - start), html.AsSpan(j + 1, close - j - 1));
                    Add(attributes, ref count, ref dropped, ref overflow, new Attribute(start, attrNameEnd, j + 1, close, end, keepValue));
                    continue;
                }

                // A '>' ends an unquoted value (and the tag); so does white space.
                var k = j;
                while (k < html.Length && !IsSpace(html[k]) && html[k] != '>')
                {
                    k++;
                }

                end = k;
                i = k;
                var keep = Decide(element, html.AsSpan(start, attrNameEnd - start), html.AsSpan(j, k - j));
                Add(attributes, ref count, ref dropped, ref overflow, new Attribute(start, attrNameEnd, j, k, end, keep));
                continue;
            }

            Add(attributes, ref count, ref dropped, ref overflow, new Attribute(start, attrNameEnd, end, end, end, Decide(element, html.AsSpan(start, attrNameEnd - start), [])));
            i = attrNameEnd;
        }

        return new Tag(nameEnd, -1, count, 0, false);
    }

    /// <summary>Writes the tag with its kept attributes, each as written in the source.</summary>
    public static void Write(ref CharSink output, string html, Tag tag, scoped ReadOnlySpan<Attribute> attributes, int lt)
    {
        output.Append(html.AsSpan(lt, tag.NameEnd - lt));
        foreach (var a in attributes[..tag.Count])
        {
            if (a.Keep == Keep.Whole)
            {
                output.Append(' ');
                output.Append(html.AsSpan(a.Start, a.End - a.Start));
            }
            else if (a.Keep == Keep.NameOnly)
            {
                output.Append(' ');
                output.Append(html.AsSpan(a.Start, a.NameEnd - a.Start));
            }
        }

        output.Append(tag.SelfClosing ? "/>" : ">");
    }

    /// <summary>
    /// A link element nobody reads: only the canonical address and author links are looked at, and a stylesheet or
    /// preload link costs the parser a URL parse and a resource-loading check.
    /// </summary>
    public static bool IsUnreadLink(string html, int lt, Tag tag, ReadOnlySpan<Attribute> attributes)
    {
        if (!Is(html.AsSpan(lt + 1, tag.NameEnd - lt - 1), "link"))
        {
            return false;
        }

        foreach (var a in attributes[..tag.Count])
        {
            if (Is(html.AsSpan(a.Start, a.NameEnd - a.Start), "rel"))
            {
                var rel = html.AsSpan(a.ValueStart, a.ValueEnd - a.ValueStart);
                return !rel.Contains("canonical", StringComparison.OrdinalIgnoreCase) && !rel.Contains("author", StringComparison.OrdinalIgnoreCase);
            }
        }

        return true;
    }

    /// <summary>
    /// A meta element nobody reads: the metadata reader keys meta tags by property, name or itemprop and reads their
    /// content, so one without either is dead weight; so are the rendering, verification and image hints that say
    /// nothing about a page's title, date or author.
    /// </summary>
    public static bool IsUnreadMeta(string html, int lt, Tag tag, ReadOnlySpan<Attribute> attributes)
    {
        if (!Is(html.AsSpan(lt + 1, tag.NameEnd - lt - 1), "meta") || tag.Count >= attributes.Length)
        {
            return false;
        }

        ReadOnlySpan<char> key = default;
        var hasKey = false;
        var hasContent = false;
        foreach (var a in attributes[..tag.Count])
        {
            var name = html.AsSpan(a.Start, a.NameEnd - a.Start);
            if (Is(name, "content"))
            {
                hasContent = true;
            }
            else if (Is(name, "property") || Is(name, "name") || Is(name, "itemprop"))
            {
                // The reader takes property first, then name, then itemprop; any key makes the tag readable unless it is
                // a known hint, judged by the first key seen.
                if (!hasKey)
                {
                    key = html.AsSpan(a.ValueStart, a.ValueEnd - a.ValueStart);
                }

                hasKey = true;
            }
        }

        if (!hasKey || !hasContent)
        {
            return true;
        }

        foreach (var hint in UnreadMetaKeys)
        {
            if (key.StartsWith(hint, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(Span<Attribute> attributes, ref int count, ref int dropped, ref bool overflow, Attribute attribute)
    {
        if (count >= attributes.Length)
        {
            overflow = true;
            return;
        }

        attributes[count++] = attribute;
        if (attribute.Keep != Keep.Whole)
        {
            dropped++;
        }
    }

    private static Keep Decide(ReadOnlySpan<char> element, ReadOnlySpan<char> name, ReadOnlySpan<char> value)
    {
        if (Is(name, "class") || Is(name, "id") || Is(name, "content") || Is(name, "name") || Is(name, "property")
            || Is(name, "itemprop") || Is(name, "rel") || Is(name, "datetime") || Is(name, "hidden") || Is(name, "lang")
            || Is(name, "data-pubdate") || Is(name, "data-published") || Is(name, "data-publish-date"))
        {
            return Keep.Whole;
        }

        if (Is(name, "type"))
        {
            return Is(element, "script") ? Keep.Whole : Keep.Drop;
        }

        if (Is(name, "href"))
        {
            // A link to the home page keeps its value: a heading made of one is the masthead's logo or slogan.
            return Is(element, "link") || (Is(element, "a") && IsHomeHref(value)) ? Keep.Whole : Is(element, "a") ? Keep.NameOnly : Keep.Drop;
        }

        // Only a style that hides the element is read; the reader decides from the parsed value.
        if (Is(name, "style"))
        {
            return value.Contains("none", StringComparison.OrdinalIgnoreCase) || value.Contains("hidden", StringComparison.OrdinalIgnoreCase)
                ? Keep.Whole
                : Keep.Drop;
        }

        return Keep.Drop;
    }

    /// <summary>"/", "./", or a scheme and host with nothing after them but a slash.</summary>
    private static bool IsHomeHref(ReadOnlySpan<char> value)
    {
        var v = value.Trim().Trim("\"'");
        if (v is "/" or "./")
        {
            return true;
        }

        var scheme = v.IndexOf("//", StringComparison.Ordinal);
        if (scheme < 0 || scheme > 6)
        {
            return false;
        }

        var rest = v[(scheme + 2)..].TrimEnd('/');
        return rest.Length > 0 && rest.IndexOfAny('/', '?', '#') < 0;
    }

    private static bool Is(ReadOnlySpan<char> name, string known) => name.Equals(known, StringComparison.OrdinalIgnoreCase);

    private static int SkipSpace(string html, int i)
    {
        while (i < html.Length && IsSpace(html[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
