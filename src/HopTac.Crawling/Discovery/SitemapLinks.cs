using System.Xml;

namespace HopTac.Crawling.Discovery;

/// <summary>What a sitemap lists: child sitemaps (a sitemap index) or page URLs (a urlset, Google News sitemaps included).</summary>
public sealed record SitemapLinks(IReadOnlyList<string> Sitemaps, IReadOnlyList<string> Pages)
{
    /// <summary>Reads the <c>loc</c> of every <c>sitemap</c> and <c>url</c> element, or null when the bytes are no sitemap.</summary>
    public static SitemapLinks? Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var sitemaps = new List<string>();
        var pages = new List<string>();
        try
        {
            using var reader = XmlBytes.Open(bytes);
            string? parent = null;
            var isSitemap = false;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                switch (reader.LocalName)
                {
                    case "urlset" or "sitemapindex" when reader.Depth == 0:
                        isSitemap = true;
                        break;
                    case "sitemap" or "url" when reader.Depth == 1:
                        parent = reader.LocalName;
                        break;
                    case "loc" when reader.Depth == 2 && parent is not null:
                        var loc = reader.ReadElementContentAsString().Trim();
                        (parent == "sitemap" ? sitemaps : pages).Add(loc);
                        break;
                }
            }

            return isSitemap ? new SitemapLinks(sitemaps, pages) : null;
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or InvalidOperationException)
        {
            return sitemaps.Count + pages.Count > 0 ? new SitemapLinks(sitemaps, pages) : null;
        }
    }
}
