using System.IO.Compression;
using System.Xml;

namespace HopTac.Crawling.Discovery;

/// <summary>Safe XML readers over fetched bytes: no DTDs, no external entities, bounded size; gzip (sitemap.xml.gz) opened transparently.</summary>
internal static class XmlBytes
{
    /// <summary>Sitemaps may be 50 MB uncompressed by the protocol; nothing larger is read.</summary>
    public const long MaxCharacters = 50L * 1024 * 1024;

    public static XmlReader Open(byte[] bytes)
    {
        Stream stream = new MemoryStream(bytes, writable: false);
        if (bytes.Length > 2 && bytes[0] == 0x1f && bytes[1] == 0x8b)
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        return XmlReader.Create(stream, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersInDocument = MaxCharacters,
            IgnoreComments = true,
            CloseInput = true,
        });
    }

    /// <summary>Whether the bytes start (after a BOM and blanks) like an XML document rather than HTML.</summary>
    public static bool LooksLikeXml(byte[] bytes, string? contentType)
    {
        if (contentType is not null && (contentType.Contains("xml", StringComparison.OrdinalIgnoreCase) && !contentType.Contains("xhtml", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (bytes.Length > 2 && bytes[0] == 0x1f && bytes[1] == 0x8b)
        {
            return true;
        }

        var head = System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 512)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<rss", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<feed", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<urlset", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<sitemapindex", StringComparison.OrdinalIgnoreCase);
    }
}
