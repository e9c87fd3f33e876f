using System.Text;
using System.Text.RegularExpressions;
using HopTac.Core.Text;

namespace HopTac.Ingestion.Decoding;

/// <summary>
/// Finds the charset an HTML page declares in its first bytes (<c>&lt;meta charset&gt;</c>, http-equiv, or an XML
/// declaration for XHTML). Only a hint: <see cref="TextDecoder"/> lets clearly better detection override it.
/// </summary>
public static partial class HtmlCharset
{
    private const int PrescanBytes = 4096;

    /// <summary>The declared charset label, lower-cased, or null.</summary>
    public static string? Sniff(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        try
        {
            var match = CharsetPattern().Match(head);
            if (!match.Success)
            {
                match = XmlDeclarationPattern().Match(head);
            }

            return match.Success ? match.Groups["cs"].Value.ToLowerInvariant() : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?\s*(?<cs>[A-Za-z0-9_\-:.]{1,40})""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex CharsetPattern();

    [GeneratedRegex("""^\s*<\?xml[^>]+encoding\s*=\s*["'](?<cs>[A-Za-z0-9_\-:.]{1,40})""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex XmlDeclarationPattern();
}
