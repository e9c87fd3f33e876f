using System.Globalization;
using System.Text;

namespace HopTac.Ingestion.Reading;

/// <summary>
/// A path as HopTac shows and stores it: control characters (newlines, ANSI escapes, C1 controls), bidirectional
/// overrides and the replacement character that stands for a name's bytes that are not UTF-8 are written as escapes
/// (<c>\n</c>, <c>\x1b</c>, <c>\u202e</c>, <c>\ufffd</c>), so that a file name can neither rewrite the terminal nor
/// smuggle a line into a report or the store. Ordinary names, Vietnamese ones included, come back unchanged.
/// </summary>
public static class PathDisplay
{
    /// <summary>The escaped form of <paramref name="path"/>; the same string when nothing needs escaping.</summary>
    public static string Escape(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!path.AsSpan().ContainsAnyInRange('\0', '\x1f') && !NeedsEscapeSlow(path))
        {
            return path;
        }

        var sb = new StringBuilder(path.Length + 8);
        foreach (var c in path)
        {
            switch (c)
            {
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\\': sb.Append('\\'); break;
                default:
                    if (NeedsEscape(c))
                    {
                        sb.Append(c <= '\xff' ? string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}") : string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    private static bool NeedsEscapeSlow(string path)
    {
        foreach (var c in path)
        {
            if (NeedsEscape(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NeedsEscape(char c) =>
        c < ' ' || c is '\x7f' || (c >= '\x80' && c <= '\x9f') || c is '\ufffd' || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
        || char.IsSurrogate(c) && !char.IsSurrogatePair(c, c);
}
