using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using HopTac.Storage.Facts;
using HopTac.Storage.Watchlists;

namespace HopTac.Web.Watchlists;

/// <summary>
/// A watchlist's new facts as an Atom 1.0 feed (System.ServiceModel.Syndication writes it): one entry per fact, its id
/// a stable URN, updated when it was first consolidated, linking to the fact's page, its summary the evidence sentence
/// and source. Feed readers and mail gateways turn new entries into alerts.
/// </summary>
internal static class AtomFeed
{
    public static byte[] Write(Watchlist watchlist, IReadOnlyList<ConsolidatedFact> facts, Uri baseUri, DateTimeOffset now)
    {
        var feed = new SyndicationFeed(
            $"HopTac: {watchlist.Name}",
            Describe(watchlist),
            new Uri(baseUri, "/watchlists/" + watchlist.Id),
            $"urn:hoptac:watchlist:{watchlist.Id}",
            facts.Count == 0 ? now : facts.Max(f => f.FirstSeen ?? now));
        feed.Items = facts.Select(f =>
        {
            var item = new SyndicationItem(
                Title(f),
                Summary(f),
                new Uri(baseUri, "/facts/" + f.Id),
                $"urn:hoptac:fact:{f.Id}",
                f.FirstSeen ?? now)
            {
                Summary = new TextSyndicationContent(Summary(f)),
            };
            item.Categories.Add(new SyndicationCategory(f.Kind));
            return item;
        }).ToList();

        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return stream.ToArray();
    }

    private static string Describe(Watchlist w) =>
        string.Join(" · ", new[] { w.Query, w.Partner, w.Area }.Where(x => !string.IsNullOrWhiteSpace(x)));

    private static string Title(ConsolidatedFact f)
    {
        var what = f.Kind == "event" ? $"{f.Type} {string.Join(", ", f.Participants)}".Trim() : f.Label;
        return f.DateText is { Length: > 0 } date ? $"{date} — {what}" : what;
    }

    private static string Summary(ConsolidatedFact f) =>
        string.Join("\n", f.Sources.Select(s => $"“{s.Evidence}” ({s.Title ?? s.Source}, {s.Source})"));
}
