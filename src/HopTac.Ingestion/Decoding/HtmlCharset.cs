using System.Text;
using System.Text.RegularExpressions;

namespace HopTac.Ingestion.Decoding;

/// <summary>Finds the charset an HTML page declares in its first bytes (<c>&lt;meta charset&gt;</c> or http-equiv).</summary>
public static partial class HtmlCharset
{
    private const int PrescanBytes = 4096;

    /// <summary>The declared charset label, lower-cased, or null.</summary>
    public static string? Sniff(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var match = CharsetPattern().Match(head);
        return match.Success ? match.Groups["cs"].Value.ToLowerInvariant() : null;
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?\s*(?<cs>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetPattern();
}
