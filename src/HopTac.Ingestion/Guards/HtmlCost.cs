namespace HopTac.Ingestion.Guards;

/// <summary>
/// Measures, in one pass over the markup and without building a tree, what an HTML5 parser would build from it: the
/// stack of open elements as the tree construction rules grow and shrink it (a self-closing <c>&lt;div/&gt;</c> still
/// opens a div; <c>p</c>, <c>li</c>, <c>rt</c> and table cells close only where the rules close them; foreign content
/// closes its own self-closing tags and is left by the "breakout" tags), the list of active formatting elements with
/// its reconstruction (each reconstructed element is a new element), and the steps of the scope checks and pops, which
/// is where a parser's time goes on deep stacks. Every step this meter takes is one the parser would take, and it stops
/// at the first bound a page goes past, so its own cost is bounded by the bounds.
/// The model errs on the side of more: where a rule is only approximated, it keeps elements open.
/// </summary>
internal static class HtmlCost
{
    /// <summary>Measures <paramref name="html"/> against the bounds in <paramref name="bounds"/>.</summary>
    public static HtmlShape Measure(ReadOnlySpan<char> html, IngestOptions bounds)
    {
        ArgumentNullException.ThrowIfNull(bounds);
        var meter = new Meter(bounds);
        meter.Run(html);
        return meter.Result();
    }

    [Flags]
    private enum Kind
    {
        None = 0,
        Void = 1,
        Special = 2,
        Scope = 4,
        Formatting = 8,
        ImpliedEnd = 16,
        ClosesP = 32,
        Heading = 64,
        RawText = 128,
        ForeignRoot = 256,
        Breakout = 512,
        TablePart = 1024,
        Marker = 2048,
        Ignored = 4096,
        ListStop = 8192,
        SvgIntegration = 16384,
        MathIntegration = 32768,
    }

    /// <summary>An open element; <see cref="Space"/> is 0 for HTML, 1 for SVG, 2 for MathML.</summary>
    private readonly record struct Entry(int Key, Kind Kind, byte Space, int AfeId)
    {
        public bool Foreign => Space != 0;

        /// <summary>A foreign element inside which HTML is parsed as HTML.</summary>
        public bool Integration => (Space == 1 && (Kind & Kind.SvgIntegration) != 0) || (Space == 2 && (Kind & Kind.MathIntegration) != 0);
    }

    private readonly record struct Active(int Id, int Key, int Attributes, bool OnStack)
    {
        public bool Marker => Id == 0;
    }

    private sealed class Names
    {
        private readonly Dictionary<string, (int Key, Kind Kind)> table = new(StringComparer.OrdinalIgnoreCase);

        public Names()
        {
            Add(Kind.Void | Kind.Special, "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "img", "image", "input", "keygen", "link", "meta", "param", "source", "track", "wbr", "hr");
            Add(Kind.Special | Kind.ClosesP, "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section", "summary", "ul", "pre", "listing", "form", "table", "xmp", "plaintext", "dd", "dt", "li");
            Add(Kind.Special | Kind.ClosesP | Kind.Heading, "h1", "h2", "h3", "h4", "h5", "h6");
            Add(Kind.Special, "applet", "button", "caption", "colgroup", "frameset", "head", "html", "body", "iframe", "marquee", "noembed", "noframes", "noscript", "object", "script", "select", "style", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "title", "tr");
            Add(Kind.Scope, "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template");
            Add(Kind.Formatting, "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");
            Add(Kind.ImpliedEnd, "dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc");
            Add(Kind.RawText, "script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title", "plaintext");
            Add(Kind.ForeignRoot, "svg", "math");
            Add(Kind.Breakout, "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var", "font");
            Add(Kind.TablePart, "caption", "colgroup", "col", "tbody", "thead", "tfoot", "tr", "td", "th");
            Add(Kind.Marker, "applet", "marquee", "object", "template", "td", "th", "caption");
            Add(Kind.Ignored, "html", "head", "body", "frameset");
            Add(Kind.None, "option", "optgroup", "ruby", "rb", "rp", "rt", "rtc", "span");

            // Inside these foreign elements, HTML is parsed as HTML, without leaving the foreign element first.
            Add(Kind.SvgIntegration, "foreignobject", "desc", "title");
            Add(Kind.MathIntegration, "mi", "mo", "mn", "ms", "mtext", "annotation-xml");
            foreach (var name in table.Keys.ToList())
            {
                var (key, kind) = table[name];
                if ((kind & Kind.Special) != 0 && name is not ("address" or "div" or "p"))
                {
                    table[name] = (key, kind | Kind.ListStop);
                }
            }

            Lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public Dictionary<string, (int Key, Kind Kind)>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

        public int this[string name] => table[name].Key;

        private void Add(Kind kind, params string[] names)
        {
            foreach (var name in names)
            {
                table[name] = table.TryGetValue(name, out var known) ? (known.Key, known.Kind | kind) : (table.Count + 1, kind);
            }
        }
    }

    private static readonly Names Known = new();

    private static readonly int P = Known["p"];
    private static readonly int Li = Known["li"];
    private static readonly int Dd = Known["dd"];
    private static readonly int Dt = Known["dt"];
    private static readonly int Ul = Known["ul"];
    private static readonly int Ol = Known["ol"];
    private static readonly int Button = Known["button"];
    private static readonly int Ruby = Known["ruby"];
    private static readonly int Rtc = Known["rtc"];
    private static readonly int Rt = Known["rt"];
    private static readonly int Rp = Known["rp"];
    private static readonly int Option = Known["option"];
    private static readonly int Textarea = Known["textarea"];
    private static readonly int Optgroup = Known["optgroup"];
    private static readonly int A = Known["a"];
    private static readonly int Nobr = Known["nobr"];
    private static readonly int Hr = Known["hr"];
    private static readonly int Table = Known["table"];
    private static readonly int Tbody = Known["tbody"];
    private static readonly int Thead = Known["thead"];
    private static readonly int Tfoot = Known["tfoot"];
    private static readonly int Tr = Known["tr"];
    private static readonly int Td = Known["td"];
    private static readonly int Th = Known["th"];
    private static readonly int Caption = Known["caption"];
    private static readonly int Colgroup = Known["colgroup"];
    private static readonly int Col = Known["col"];
    private static readonly int Html = Known["html"];
    private static readonly int Template = Known["template"];
    private static readonly int Rb = Known["rb"];
    private static readonly int Br = Known["br"];
    private static readonly int Select = Known["select"];
    private static readonly int Svg = Known["svg"];
    private static readonly int Script = Known["script"];
    private static readonly int Xmp = Known["xmp"];
    private static readonly int Input = Known["input"];
    private static readonly int Keygen = Known["keygen"];

    private sealed class Meter(IngestOptions bounds)
    {
        private readonly List<Entry> stack = [];
        private readonly List<Active> active = [];
        private int nextId = 1;

        // Open select elements: AngleSharp keeps void elements open inside one (a br there nests what follows).
        private int selects;

        // For each open select, innermost last: whether the parser reads it "in select in table" (a table tag closes it).
        private readonly List<bool> selectInTable = [];
        private int formatting;
        private int depth;
        private int elements;
        private int maxTagAttributes;
        private long attributes;
        private int maxFormatting;
        private long work;
        private string? exceeded;

        // Quirks mode until a doctype says otherwise (Doctype); begun once the first token that is not one has been read.
        private bool quirks = true;
        private bool begun;

        private bool InForeign => stack.Count > 0 && stack[^1].Foreign && !stack[^1].Integration;

        public HtmlShape Result() => new(depth, elements, maxTagAttributes, attributes, maxFormatting, work, exceeded);

        public void Run(ReadOnlySpan<char> s)
        {
            var i = 0;

            // "</" and a raw-text element's name (the longest is "plaintext").
            Span<char> needle = stackalloc char[16];
            while (exceeded is null && i < s.Length)
            {
                var rel = s[i..].IndexOf('<');
                var lt = rel < 0 ? s.Length : i + rel;
                if (lt > i && !s[i..lt].IsWhiteSpace())
                {
                    begun = true;
                    Text();
                }

                if (lt + 1 >= s.Length)
                {
                    return;
                }

                var c = s[lt + 1];
                if (c == '!')
                {
                    if (s[lt..].StartsWith("<!--", StringComparison.Ordinal))
                    {
                        i = CommentEnd(s, lt + 4);
                    }
                    else if (InForeign && s[lt..].StartsWith("<![CDATA[", StringComparison.Ordinal))
                    {
                        var close = s[(lt + 9)..].IndexOf("]]>", StringComparison.Ordinal);
                        i = close < 0 ? -1 : lt + 9 + close + 3;
                    }
                    else
                    {
                        i = After(s, '>', lt + 2);
                        if (!begun && s[(lt + 2)..].StartsWith("doctype", StringComparison.OrdinalIgnoreCase))
                        {
                            // Only the first token may be a doctype; a later one is ignored by the parser.
                            quirks = Doctype.IsQuirks(i < 0 ? s[(lt + 9)..] : s[(lt + 9)..(i - 1)]);
                        }

                        begun = true;
                    }
                }
                else if (c == '?')
                {
                    i = After(s, '>', lt + 2);
                }
                else if (c == '/')
                {
                    if (lt + 2 < s.Length && char.IsAsciiLetter(s[lt + 2]))
                    {
                        begun = true;
                        var nameEnd = NameEnd(s, lt + 2);
                        var end = TagEnd(s, nameEnd, int.MaxValue, out _, out _);
                        if (end >= 0)
                        {
                            EndTag(s[(lt + 2)..nameEnd]);
                        }

                        i = end < 0 ? -1 : end + 1;
                    }
                    else
                    {
                        i = lt + 2 < s.Length && s[lt + 2] == '>' ? lt + 3 : After(s, '>', lt + 2);
                    }
                }
                else if (char.IsAsciiLetter(c))
                {
                    begun = true;
                    var nameEnd = NameEnd(s, lt + 1);
                    var end = TagEnd(s, nameEnd, bounds.MaxHtmlTagAttributes, out var count, out var selfClosing);
                    if (end == -2)
                    {
                        Fail($"a tag carries more than {bounds.MaxHtmlTagAttributes} attributes");
                        return;
                    }

                    if (end < 0)
                    {
                        return;
                    }

                    maxTagAttributes = Math.Max(maxTagAttributes, count);
                    attributes += count;
                    if (attributes > bounds.MaxHtmlAttributes)
                    {
                        Fail($"the HTML carries more than {bounds.MaxHtmlAttributes} attributes");
                        return;
                    }

                    var name = s[(lt + 1)..nameEnd];
                    var raw = StartTag(name, selfClosing, string.GetHashCode(s[nameEnd..end]));
                    i = end + 1;
                    if (raw)
                    {
                        // Raw text runs to its end tag; plaintext to the end of the page.
                        if (name.Equals("plaintext", StringComparison.OrdinalIgnoreCase))
                        {
                            return;
                        }

                        needle[0] = '<';
                        needle[1] = '/';
                        name.CopyTo(needle[2..]);
                        // Inside a select AngleSharp may ignore the element: unclosed there, what follows is read as markup.
                        var close = s[i..].IndexOf(needle[..(name.Length + 2)], StringComparison.OrdinalIgnoreCase);
                        i = close >= 0 ? i + close : selects > 0 ? i : -1;
                    }
                }
                else
                {
                    begun = true;
                    Text();
                    i = lt + 1;
                }

                if (i < 0)
                {
                    return;
                }
            }
        }

        private static int After(ReadOnlySpan<char> s, char c, int from)
        {
            if (from >= s.Length)
            {
                return -1;
            }

            var at = s[from..].IndexOf(c);
            return at < 0 ? -1 : from + at + 1;
        }

        private static int CommentEnd(ReadOnlySpan<char> s, int from)
        {
            // "<!-->" and "<!--->" are complete (empty) comments to an HTML parser; an unclosed one runs to the end.
            if (from < s.Length && s[from] == '>')
            {
                return from + 1;
            }

            if (from + 1 < s.Length && s[from] == '-' && s[from + 1] == '>')
            {
                return from + 2;
            }

            if (from >= s.Length)
            {
                return -1;
            }

            var end = s[from..].IndexOf("-->", StringComparison.Ordinal);
            return end < 0 ? -1 : from + end + 3;
        }

        private static int NameEnd(ReadOnlySpan<char> s, int from)
        {
            var i = from;
            while (i < s.Length && s[i] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>'))
            {
                i++;
            }

            return i;
        }

        private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

        /// <summary>
        /// Where the tag whose name ends at <paramref name="from"/> ends (its '&gt;'), reading attributes as the tokenizer
        /// does; -1 when the page ends inside the tag, -2 past <paramref name="maxAttributes"/>.
        /// </summary>
        private static int TagEnd(ReadOnlySpan<char> s, int from, int maxAttributes, out int count, out bool selfClosing)
        {
            count = 0;
            selfClosing = false;
            var i = from;
            while (i < s.Length)
            {
                var c = s[i];
                if (IsSpace(c))
                {
                    i++;
                    continue;
                }

                if (c == '>')
                {
                    return i;
                }

                if (c == '/')
                {
                    if (i + 1 < s.Length && s[i + 1] == '>')
                    {
                        selfClosing = true;
                        return i + 1;
                    }

                    i++;
                    continue;
                }

                if (++count > maxAttributes)
                {
                    return -2;
                }

                // The first character of a name may be anything, '=' included.
                i++;
                while (i < s.Length && !IsSpace(s[i]) && s[i] is not ('/' or '>' or '='))
                {
                    i++;
                }

                while (i < s.Length && IsSpace(s[i]))
                {
                    i++;
                }

                if (i >= s.Length || s[i] != '=')
                {
                    continue;
                }

                i++;
                while (i < s.Length && IsSpace(s[i]))
                {
                    i++;
                }

                if (i >= s.Length)
                {
                    return -1;
                }

                if (s[i] is '"' or '\'')
                {
                    var close = s[(i + 1)..].IndexOf(s[i]);
                    if (close < 0)
                    {
                        return -1;
                    }

                    i += close + 2;
                    continue;
                }

                while (i < s.Length && !IsSpace(s[i]) && s[i] != '>')
                {
                    i++;
                }
            }

            return -1;
        }

        private void Fail(string reason) => exceeded ??= reason;

        private static (int Key, Kind Kind) Of(ReadOnlySpan<char> name) =>
            Known.Lookup.TryGetValue(name, out var known) ? known : ((string.GetHashCode(name, StringComparison.OrdinalIgnoreCase) & 0x3FFF_FFFF) | 0x4000_0000, Kind.None);

        private void Count(int created)
        {
            elements += created;
            if (elements > bounds.MaxHtmlElements)
            {
                Fail($"the HTML makes more than {bounds.MaxHtmlElements} elements");
            }
        }

        private void Step(int steps)
        {
            work += steps;
            if (work > bounds.MaxHtmlParserWork)
            {
                Fail($"parsing the HTML would take more than {bounds.MaxHtmlParserWork} steps (its structure makes the parser rescan deep stacks)");
            }
        }

        private void Push(int key, Kind kind, bool foreign, int activeId = 0)
        {
            // A foreign element is in its parent's namespace, unless it opens one.
            // (an svg tag inside MathML is a MathML element; one inside an integration point opens SVG).
            var parent = stack.Count > 0 ? stack[^1] : default;
            byte space = !foreign ? (byte)0
                : parent.Foreign && !parent.Integration ? parent.Space
                : key == Svg ? (byte)1
                : (byte)2;
            if (key == Select && space == 0)
            {
                // AngleSharp enters "in select in table" when the select opens in a table's modes; it resets to plain "in
                // select" (measured: after a template inside the select closes), so the mode is remembered per select.
                selectInTable.Add(TableBelow(stack.Count - 1));
            }

            stack.Add(new Entry(key, kind, space, activeId));
            // A select in SVG or MathML is a foreign element of that name (fuzzing finding: <math><select><div><select>…).
            selects += key == Select && space == 0 ? 1 : 0;
            Count(1);
            Step(1);
            depth = Math.Max(depth, stack.Count);
            if (stack.Count > bounds.MaxHtmlNesting)
            {
                Fail($"the HTML nests elements more than {bounds.MaxHtmlNesting} levels deep");
            }
        }

        private void PopTo(int index)
        {
            Step(Math.Max(0, stack.Count - index));
            for (var i = stack.Count - 1; i >= index; i--)
            {
                var entry = stack[i];
                stack.RemoveAt(i);
                if (entry.Key == Select && !entry.Foreign)
                {
                    selects--;
                    selectInTable.RemoveAt(selectInTable.Count - 1);
                }
                if (entry.AfeId != 0)
                {
                    SetOnStack(entry.AfeId, false);
                }

                if ((entry.Kind & Kind.Marker) != 0 && !entry.Foreign)
                {
                    ClearToMarker();
                }
            }
        }

        /// <summary>
        /// The index of the nearest open <paramref name="key"/> in scope, or -1; counts the steps of the walk. Of foreign
        /// elements only the integration points bound a scope, as HTML says (fuzzing finding: <c>&lt;h2&gt;&lt;svg&gt;&lt;/h2&gt;</c>
        /// closes the h2, and the elements after it nest in the body, not in the svg).
        /// </summary>
        private int InScope(int key, int extra1 = -1, int extra2 = -1, bool tableScope = false)
        {
            var steps = 0;
            try
            {
                for (var i = stack.Count - 1; i >= 0; i--)
                {
                    steps++;
                    var e = stack[i];
                    if (e.Key == key && !e.Foreign)
                    {
                        return i;
                    }

                    var boundary = tableScope
                        ? e.Key == Table || e.Key == Html || e.Key == Template
                        : e.Foreign ? e.Integration : (e.Kind & Kind.Scope) != 0 || e.Key == extra1 || e.Key == extra2;
                    if (boundary)
                    {
                        return -1;
                    }
                }

                return -1;
            }
            finally
            {
                Step(steps);
            }
        }

        private void ClosePInButtonScope()
        {
            var p = InScope(P, Button);
            if (p >= 0)
            {
                PopTo(p);
            }
        }

        private void Text()
        {
            if (!InForeign)
            {
                Reconstruct();
            }
        }

        /// <summary>Reopens the formatting elements closed out of order; each reopened one is a new element.</summary>
        private void Reconstruct()
        {
            if (active.Count == 0 || active[^1].Marker || active[^1].OnStack)
            {
                return;
            }

            var i = active.Count - 1;
            while (i > 0 && !active[i - 1].Marker && !active[i - 1].OnStack)
            {
                i--;
            }

            Step(active.Count - i);
            for (; i < active.Count && exceeded is null; i++)
            {
                active[i] = active[i] with { OnStack = true };
                Push(active[i].Key, Kind.Formatting, false, active[i].Id);
            }
        }

        private void SetOnStack(int id, bool onStack)
        {
            for (var i = active.Count - 1; i >= 0; i--)
            {
                if (active[i].Id == id)
                {
                    active[i] = active[i] with { OnStack = onStack };
                    return;
                }
            }
        }

        private void AddFormatting(int key, int attributeHash)
        {
            // "Noah's Ark": at most three identical entries since the last marker.
            var same = 0;
            var earliest = -1;
            for (var i = active.Count - 1; i >= 0 && !active[i].Marker; i--)
            {
                if (active[i].Key == key && active[i].Attributes == attributeHash)
                {
                    same++;
                    earliest = i;
                }
            }

            Step(active.Count);
            if (same >= 3)
            {
                active.RemoveAt(earliest);
                formatting--;
            }

            var id = nextId++;
            active.Add(new Active(id, key, attributeHash, true));
            formatting++;
            maxFormatting = Math.Max(maxFormatting, formatting);
            if (formatting > bounds.MaxHtmlFormatting)
            {
                Fail($"the HTML leaves more than {bounds.MaxHtmlFormatting} formatting elements open at once");
                return;
            }

            Push(key, Kind.Formatting, false, id);
        }

        private void InsertMarker() => active.Add(new Active(0, 0, 0, false));

        private void ClearToMarker()
        {
            while (active.Count > 0)
            {
                var last = active[^1];
                active.RemoveAt(active.Count - 1);
                if (last.Marker)
                {
                    return;
                }

                formatting--;
            }
        }

        /// <summary>The adoption agency, as far as the stack's height goes: the formatting element leaves the stack and the list.</summary>
        private void CloseFormatting(int key)
        {
            var at = -1;
            for (var i = active.Count - 1; i >= 0 && !active[i].Marker; i--)
            {
                if (active[i].Key == key)
                {
                    at = i;
                    break;
                }
            }

            if (at < 0)
            {
                AnyOtherEndTag(key);
                return;
            }

            var entry = active[at];
            if (!entry.OnStack)
            {
                active.RemoveAt(at);
                formatting--;
                return;
            }

            var steps = 0;
            var special = false;
            for (var i = stack.Count - 1; i >= 0; i--)
            {
                steps++;
                if (stack[i].AfeId == entry.Id)
                {
                    // With a block inside the formatting element, the adoption agency moves the block under a clone that
                    // takes the element's place in the stack and the list: the height and the list stay as they are.
                    if (!special)
                    {
                        active.RemoveAt(at);
                        formatting--;
                        PopTo(i);
                    }

                    break;
                }

                special |= IsSpecial(stack[i]);
            }

            Step(steps);
        }

        /// <summary>HTML's "special" elements; of the foreign ones, the integration points.</summary>
        private static bool IsSpecial(Entry e) => e.Foreign ? e.Integration : (e.Kind & Kind.Special) != 0;

        private void AnyOtherEndTag(int key)
        {
            var steps = 0;
            for (var i = stack.Count - 1; i >= 0; i--)
            {
                steps++;
                var e = stack[i];
                if (e.Key == key)
                {
                    PopTo(i);
                    break;
                }

                if (IsSpecial(e))
                {
                    break;
                }
            }

            Step(steps);
        }

        /// <summary>Whether the element opened is raw text whose body the caller skips.</summary>
        private bool StartTag(ReadOnlySpan<char> name, bool selfClosing, int attributeHash)
        {
            var (key, kind) = Of(name);
            if (selects > 0 && IsTableTag(key) && SelectInTable() is var inTable and >= 0)
            {
                // A select inside a table is closed by a table tag, which is then read in the table's mode (fuzzing
                // finding: <table><td><select><table><div><div> repeated nests four levels a round, measured as two).
                PopTo(inTable);
            }

            if (selects > 0 && stack[^1].Key == Select && !stack[^1].Foreign && !SelectChild(key))
            {
                // With the select itself as the current node, AngleSharp ignores every other start tag, raw-text and
                // foreign ones included, so what follows them is read as markup in the select (fuzzing finding:
                // <select><div><textarea><!--</textarea> reads the textarea as raw text, as the div was never opened).
                return false;
            }

            if (InForeign)
            {
                if ((kind & Kind.Breakout) == 0)
                {
                    if (selfClosing)
                    {
                        Count(1);
                    }
                    else
                    {
                        Push(key, kind, foreign: true);
                    }

                    return false;
                }

                // Inside a select AngleSharp does not pop the foreign elements first: they stay counted.
                while (selects == 0 && stack.Count > 0 && stack[^1].Foreign && !stack[^1].Integration)
                {
                    PopTo(stack.Count - 1);
                }
            }

            if ((kind & Kind.Ignored) != 0)
            {
                return false;
            }

            if ((kind & Kind.ForeignRoot) != 0)
            {
                Reconstruct();
                if (selfClosing)
                {
                    Count(1);
                }
                else
                {
                    Push(key, kind, foreign: true);
                }

                return false;
            }

            if (selects > 0 && (key == Select || key == Input || key == Keygen || key == Textarea))
            {
                var select = InnermostSelect();
                for (var i = stack.Count - 1; i > select; i--)
                {
                    if (stack[i].Foreign || (stack[i].Key != Option && stack[i].Key != Optgroup))
                    {
                        // Unless the select is in "select scope" (only options and optgroups above it), AngleSharp drops
                        // these tags (fuzzing findings: <select><button><select><div><div>…,
                        // <select><option><div><option><textarea><div>…).
                        Step(stack.Count - i);
                        return false;
                    }
                }

                // In select scope they close the select; a select opens nothing more, the others are then read as
                // outside it (fuzzing finding: <select><textarea></textarea><select><option><div>…).
                PopTo(select);
                if (key == Select)
                {
                    return false;
                }
            }

            if (selects > 0)
            {
                // Under any other element of the select AngleSharp closes nothing for a start tag (not even a void
                // element, nor an a or nobr by the adoption agency: fuzzing finding <select><button><a><ruby><a><a><div>):
                // count it open.
                Reconstruct();
                if ((kind & Kind.Formatting) != 0)
                {
                    AddFormatting(key, attributeHash);
                    return false;
                }

                Push(key, kind, false);
                return (kind & Kind.RawText) != 0;
            }

            if (key == Table && OpenTableInTableMode() is var open and >= 0)
            {
                // A table start tag in a table's insertion mode closes that table first: the new table is its sibling,
                // not its child, and the elements foster-parented in the old one close with it (fuzzing finding:
                // <table><table></table><div>…</table><div>… nests the last divs under the first ones).
                PopTo(open);
            }

            if ((kind & Kind.TablePart) != 0)
            {
                TablePart(key, kind);
                return false;
            }

            if ((kind & Kind.Void) != 0)
            {
                if (key == Hr)
                {
                    ClosePInButtonScope();
                }
                else
                {
                    Reconstruct();
                }

                Count(1);
                return false;
            }

            if (key == Li || key == Dd || key == Dt)
            {
                var steps = 0;
                for (var i = stack.Count - 1; i >= 0; i--)
                {
                    steps++;
                    var e = stack[i];
                    if (!e.Foreign && (key == Li ? e.Key == Li : e.Key == Dd || e.Key == Dt))
                    {
                        PopTo(i);
                        break;
                    }

                    if (e.Foreign ? e.Integration : (e.Kind & Kind.ListStop) != 0)
                    {
                        break;
                    }
                }

                Step(steps);
                ClosePInButtonScope();
                Push(key, kind, false);
                return false;
            }

            if ((kind & Kind.ClosesP) != 0)
            {
                // In quirks mode a table opens inside the p (fuzzing finding: <p><ruby><span><a><table><td>).
                if (key != Table || !quirks)
                {
                    ClosePInButtonScope();
                }

                if ((kind & Kind.Heading) != 0 && stack.Count > 0 && (stack[^1].Kind & Kind.Heading) != 0)
                {
                    PopTo(stack.Count - 1);
                }

                Push(key, kind, false);
                return (kind & Kind.RawText) != 0;
            }

            if (key == Rt || key == Rp || key == Rb || key == Rtc)
            {
                if (InScope(Ruby) >= 0)
                {
                    while (stack.Count > 0 && (stack[^1].Kind & Kind.ImpliedEnd) != 0 && !((key == Rt || key == Rp) && stack[^1].Key == Rtc))
                    {
                        PopTo(stack.Count - 1);
                    }
                }

                Push(key, kind, false);
                return false;
            }

            if (key == Option || key == Optgroup)
            {
                if (stack.Count > 0 && stack[^1].Key == Option)
                {
                    PopTo(stack.Count - 1);
                }

                Reconstruct();
                Push(key, kind, false);
                return false;
            }

            if ((kind & Kind.Formatting) != 0)
            {
                if (key == A || key == Nobr)
                {
                    // An open a (or nobr in scope) is closed by the next one.
                    CloseFormattingIfActive(key);
                }

                Reconstruct();
                AddFormatting(key, attributeHash);
                return false;
            }

            Reconstruct();
            Push(key, kind, false);
            if ((kind & Kind.Marker) != 0)
            {
                InsertMarker();
            }

            return (kind & Kind.RawText) != 0;
        }

        /// <summary>
        /// The start tags AngleSharp acts on when the current node is a select (measured on AngleSharp 1.7.2: it inserts
        /// option, optgroup, button, template, script and xmp, and closes the select for select, input, keygen and
        /// textarea); it ignores the rest.
        /// </summary>
        private static bool SelectChild(int key) =>
            key == Option || key == Optgroup || key == Button || key == Template || key == Script || key == Xmp
            || key == Select || key == Input || key == Keygen || key == Textarea;

        private static bool IsTableTag(int key) =>
            key == Table || key == Caption || key == Tbody || key == Thead || key == Tfoot || key == Tr || key == Td || key == Th;

        /// <summary>The index of the innermost select when the parser reads it "in select in table", else -1.</summary>
        private int SelectInTable() => selects > 0 && selectInTable[^1] ? InnermostSelect() : -1;

        /// <summary>Whether a table is open at or below <paramref name="from"/>, with no template between.</summary>
        private bool TableBelow(int from)
        {
            var steps = 0;
            try
            {
                for (var i = from; i >= 0; i--)
                {
                    steps++;
                    if (stack[i].Key == Template && !stack[i].Foreign)
                    {
                        return false;
                    }

                    if (stack[i].Key == Table && !stack[i].Foreign)
                    {
                        return true;
                    }
                }

                return false;
            }
            finally
            {
                Step(steps);
            }
        }

        private int InnermostSelect()
        {
            var i = stack.Count - 1;
            while (i > 0 && (stack[i].Key != Select || stack[i].Foreign))
            {
                i--;
            }

            Step(stack.Count - i);
            return i;
        }

        private void CloseFormattingIfActive(int key)
        {
            for (var i = active.Count - 1; i >= 0 && !active[i].Marker; i--)
            {
                if (active[i].Key == key)
                {
                    CloseFormatting(key);
                    return;
                }
            }
        }

        /// <summary>
        /// The index of the open table when the parser is in a table's insertion mode: the nearest table-context element
        /// below the current node (elements foster-parented above it do not change the mode) is the table, a section
        /// or a row, or a caption (a table start tag closes the caption and then the table). -1 in a cell or outside.
        /// </summary>
        private int OpenTableInTableMode()
        {
            var steps = 0;
            for (var i = stack.Count - 1; i >= 0; i--)
            {
                steps++;
                var e = stack[i];
                if (e.Foreign || e.Key == Td || e.Key == Th || e.Key == Html || e.Key == Template)
                {
                    Step(steps);
                    return -1;
                }

                if (e.Key == Table || e.Key == Tbody || e.Key == Thead || e.Key == Tfoot || e.Key == Tr || e.Key == Caption)
                {
                    Step(steps);
                    return InScope(Table, tableScope: true);
                }
            }

            Step(steps);
            return -1;
        }

        private void TablePart(int key, Kind kind)
        {
            var table = InScope(Table, tableScope: true);
            if (table < 0 || stack[table].Key != Table)
            {
                // Outside a table, the body ignores these tags.
                return;
            }

            if (key == Caption || key == Colgroup || key == Tbody || key == Thead || key == Tfoot)
            {
                PopTo(table + 1);
                Push(key, kind, false);
                if (key == Caption)
                {
                    InsertMarker();
                }

                return;
            }

            if (key == Col)
            {
                PopTo(table + 1);
                Push(Colgroup, kind, false);
                Count(1);
                return;
            }

            // tr, td, th: back to the row, or the section, or the table, opening what is implied.
            var steps = 0;
            var row = -1;
            var section = -1;
            for (var i = stack.Count - 1; i > table; i--)
            {
                steps++;
                var k = stack[i].Key;
                if (k == Tr && key != Tr && !stack[i].Foreign)
                {
                    row = i;
                    break;
                }

                if ((k == Tbody || k == Thead || k == Tfoot) && !stack[i].Foreign)
                {
                    section = i;
                    break;
                }
            }

            Step(steps);
            if (row >= 0)
            {
                PopTo(row + 1);
            }
            else if (section >= 0)
            {
                PopTo(section + 1);
                if (key != Tr)
                {
                    Push(Tr, Kind.TablePart | Kind.Special, false);
                }
            }
            else
            {
                PopTo(table + 1);
                Push(Tbody, Kind.TablePart | Kind.Special, false);
                if (key != Tr)
                {
                    Push(Tr, Kind.TablePart | Kind.Special, false);
                }
            }

            Push(key, kind, false);
            if (key != Tr)
            {
                InsertMarker();
            }
        }

        private void EndTag(ReadOnlySpan<char> name)
        {
            var (key, kind) = Of(name);
            if (InForeign && (key == P || key == Br) && selects == 0)
            {
                // </p> and </br> leave foreign content: the foreign elements close and the tag is read as HTML (fuzzing
                // finding: <math></p><rt><a><rt><div> repeated nests four levels per round, the model had counted one).
                while (stack.Count > 0 && stack[^1].Foreign && !stack[^1].Integration)
                {
                    PopTo(stack.Count - 1);
                }
            }
            else if (InForeign)
            {
                var steps = 0;
                for (var i = stack.Count - 1; i >= 0 && stack[i].Foreign; i--)
                {
                    steps++;
                    if (stack[i].Key == key)
                    {
                        Step(steps);
                        PopTo(i);
                        return;
                    }
                }

                Step(steps);
            }

            if (selects > 0 && IsTableTag(key) && SelectInTable() is var inTable and >= 0 && InScope(key, tableScope: true) >= 0)
            {
                // The same for an end tag of a table part that is open: it closes the select first.
                PopTo(inTable);
            }

            // Inside a select, count every other end tag as ignored: AngleSharp's select rules differ from the body's.
            // A template end tag there is read as in the head: it closes the template, and the select inside it (fuzzing
            // finding: <template><select></template><div><div>… nests the divs in the body).
            if ((kind & Kind.Ignored) != 0 || key == Br || (selects > 0 && key != Select && key != Option && key != Optgroup && key != Template))
            {
                return;
            }

            if ((kind & Kind.Formatting) != 0)
            {
                CloseFormatting(key);
                return;
            }

            int at;
            if (key == Template)
            {
                // Read as in the head: it closes the nearest open template, whatever scope lies between (fuzzing
                // finding: <template><table><select></template><div>… closes the table and the select with it).
                at = stack.Count - 1;
                while (at >= 0 && (stack[at].Key != Template || stack[at].Foreign))
                {
                    at--;
                }

                Step(stack.Count - at);
            }
            else if (key == P)
            {
                at = InScope(P, Button);
            }
            else if (key == Li)
            {
                at = InScope(Li, Ul, Ol);
            }
            else if ((kind & Kind.Heading) != 0)
            {
                at = -1;
                var steps = 0;
                for (var i = stack.Count - 1; i >= 0; i--)
                {
                    steps++;
                    if ((stack[i].Kind & Kind.Heading) != 0 && !stack[i].Foreign)
                    {
                        at = i;
                        break;
                    }

                    if (stack[i].Foreign ? stack[i].Integration : (stack[i].Kind & Kind.Scope) != 0)
                    {
                        break;
                    }
                }

                Step(steps);
            }
            else if ((kind & Kind.TablePart) != 0 || key == Table)
            {
                at = InScope(key, tableScope: true);
            }
            else if ((kind & Kind.Special) != 0)
            {
                at = InScope(key);
            }
            else
            {
                AnyOtherEndTag(key);
                return;
            }

            if (at >= 0)
            {
                PopTo(at);
                if (key == Template && selects > 0)
                {
                    // Closing a template resets the insertion mode; for a select AngleSharp picks plain "in select".
                    selectInTable[^1] = false;
                }
            }
        }
    }
}
