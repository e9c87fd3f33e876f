namespace HopTac.Ingestion.Guards;

/// <summary>
/// Whether a document type declaration puts the parser in quirks mode (HTML's "initial" insertion mode). It matters
/// to the cost model because in quirks mode a table does not close an open p: everything open inside the p stays open
/// under the table, and a page repeating <c>&lt;p&gt;…&lt;table&gt;&lt;td&gt;</c> nests as deep as it likes (fuzzing
/// finding). Only declarations known not to be full quirks are read as such; any other (and a missing one) is quirks,
/// which keeps more elements open in the model: it may refuse a page early, never see a deep one as shallow.
/// </summary>
internal static class Doctype
{
    // Public identifiers of declarations that are standards or limited-quirks mode (only full quirks changes the
    // table rule). The HTML 4.01 loose ones are limited quirks only with a system identifier.
    private static readonly string[] NotQuirks =
    [
        "-//W3C//DTD XHTML 1.0 Strict//", "-//W3C//DTD XHTML 1.0 Transitional//", "-//W3C//DTD XHTML 1.0 Frameset//",
        "-//W3C//DTD XHTML 1.1//", "-//W3C//DTD XHTML Basic", "-//W3C//DTD XHTML+RDFa", "-//W3C//DTD HTML 4.01//",
        "-//WAPFORUM//DTD XHTML Mobile",
    ];

    private static readonly string[] QuirksWithoutSystemId = ["-//W3C//DTD HTML 4.01 Transitional//", "-//W3C//DTD HTML 4.01 Frameset//"];

    /// <summary>Reads the declaration between <c>&lt;!DOCTYPE</c> and its <c>&gt;</c>.</summary>
    public static bool IsQuirks(ReadOnlySpan<char> declaration)
    {
        var rest = declaration.TrimStart();
        var nameEnd = rest.IndexOfAny(" \t\n\r\f");
        var name = nameEnd < 0 ? rest : rest[..nameEnd];
        if (!name.Equals("html", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        rest = nameEnd < 0 ? [] : rest[nameEnd..].Trim();
        if (rest.IsEmpty)
        {
            return false;
        }

        if (rest.StartsWith("system", StringComparison.OrdinalIgnoreCase))
        {
            return !Quoted(rest[6..], out var system, out _)
                || system.Equals("http://www.ibm.com/data/dtd/v11/ibmxhtml1-transitional.dtd", StringComparison.OrdinalIgnoreCase);
        }

        if (!rest.StartsWith("public", StringComparison.OrdinalIgnoreCase) || !Quoted(rest[6..], out var id, out var after))
        {
            return true;
        }

        var hasSystemId = Quoted(after, out _, out _);
        foreach (var prefix in QuirksWithoutSystemId)
        {
            if (id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return !hasSystemId;
            }
        }

        foreach (var prefix in NotQuirks)
        {
            if (id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A quoted identifier after optional white space; false when there is none or it is not closed.</summary>
    private static bool Quoted(ReadOnlySpan<char> s, out ReadOnlySpan<char> value, out ReadOnlySpan<char> after)
    {
        value = after = default;
        s = s.TrimStart();
        if (s.IsEmpty || s[0] is not ('"' or '\''))
        {
            return false;
        }

        var close = s[1..].IndexOf(s[0]);
        if (close < 0)
        {
            return false;
        }

        value = s.Slice(1, close);
        after = s[(close + 2)..];
        return true;
    }
}
