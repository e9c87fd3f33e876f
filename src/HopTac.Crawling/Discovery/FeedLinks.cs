using System.ServiceModel.Syndication;
using System.Xml;

namespace HopTac.Crawling.Discovery;

/// <summary>The article links of an RSS 2.0 or Atom 1.0 feed, read by System.ServiceModel.Syndication.</summary>
public static class FeedLinks
{
    /// <summary>The items' links (alternate link, else the item id when it is a URL), or null when the bytes are no feed.</summary>
    public static IReadOnlyList<string>? Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            using var reader = XmlBytes.Open(bytes);
            var feed = SyndicationFeed.Load(reader);
            var links = new List<string>();
            foreach (var item in feed.Items)
            {
                var link = item.Links.FirstOrDefault(l => string.IsNullOrEmpty(l.RelationshipType) || l.RelationshipType == "alternate")?.GetAbsoluteUri()?.ToString()
                    ?? (Uri.TryCreate(item.Id, UriKind.Absolute, out var id) ? id.ToString() : null);
                if (link is not null)
                {
                    links.Add(link);
                }
            }

            return links;
        }
        catch (Exception e) when (e is XmlException or InvalidOperationException or FormatException or ArgumentException or InvalidDataException)
        {
            return null;
        }
    }
}
