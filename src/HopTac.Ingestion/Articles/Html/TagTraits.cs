namespace HopTac.Ingestion.Articles.Html;

/// <summary>What the prefilter does with an element, by its name; one lookup per tag instead of a list scan per rule.</summary>
[Flags]
internal enum TagTraits : ushort
{
    None = 0,

    /// <summary>White space next to it separates nothing.</summary>
    Block = 1,

    /// <summary>Removed whole: script (JSON-LD aside), style, svg, noscript, template.</summary>
    Removed = 2,

    /// <summary>Tags kept, body emptied (nav menus, form controls).</summary>
    UnreadBody = 4,

    /// <summary>Body emptied only outside any article element (the page's footer).</summary>
    UnreadBodyOutsideArticle = 8,

    /// <summary>The tag itself goes: a void element nobody reads.</summary>
    Dropped = 16,

    /// <summary>Dropped when empty and carrying nothing a reader looks at.</summary>
    EmptyInline = 32,

    /// <summary>The article element, whose own footer is kept.</summary>
    Article = 64,

    /// <summary>An end tag the parser implies when the next tag closes the element: li, p, td, th, tr, dt, dd.</summary>
    OptionalEnd = 256,
}

/// <summary>The traits of the element names the prefilter knows, looked up without allocating.</summary>
internal static class TagTraitsTable
{
    private static readonly Dictionary<string, TagTraits> Table = Build();

    private static readonly Dictionary<string, TagTraits>.AlternateLookup<ReadOnlySpan<char>> Lookup = Table.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The traits of <paramref name="name"/> (any case) and its canonical lower-case spelling; none for an unknown name.</summary>
    public static TagTraits Of(ReadOnlySpan<char> name, out string? canonical)
    {
        canonical = null;
        return name.Length is > 0 and <= 12 && Lookup.TryGetValue(name, out canonical, out var traits) ? traits : TagTraits.None;
    }

    private static Dictionary<string, TagTraits> Build()
    {
        var table = new Dictionary<string, TagTraits>(StringComparer.OrdinalIgnoreCase);
        void Add(TagTraits traits, params string[] names)
        {
            foreach (var name in names)
            {
                table[name] = table.GetValueOrDefault(name) | traits;
            }
        }

        Add(
            TagTraits.Block,
            "html", "head", "body", "meta", "title", "div", "p", "ul", "ol", "li", "dl", "dt", "dd", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
            "section", "article", "main", "header", "footer", "nav", "aside", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "form", "hr", "br", "address", "pre", "center");
        Add(TagTraits.Removed, "script", "style", "svg", "noscript", "template");

        // The content scorer skips these whole (it keeps the tag, which marks its parent as a form control row), and none
        // holds a page's title, date or author. A button or a label may (author bio toggles, "Ngày đăng:" labels): kept.
        Add(TagTraits.UnreadBody, "nav", "select", "textarea", "dialog", "object", "iframe");

        // An article's own footer carries its byline and date; the page's footer (after the article, or on a page
        // without article elements) links, addresses and copyright lines that the content scorer skips anyway. It is a
        // tenth of a news page's tags. Asides are not emptied: author cards and dates sit in them.
        Add(TagTraits.UnreadBodyOutsideArticle, "footer");

        // Nobody reads these once their attributes are gone (alt is not kept): the writer emits nothing for them.
        Add(TagTraits.Dropped, "img", "source", "wbr");
        Add(TagTraits.EmptyInline, "span", "a", "i", "b", "em", "strong", "small", "u", "s", "font");
        Add(TagTraits.Article, "article");
        Add(TagTraits.OptionalEnd, "li", "p", "td", "th", "tr", "dt", "dd");
        return table;
    }
}
