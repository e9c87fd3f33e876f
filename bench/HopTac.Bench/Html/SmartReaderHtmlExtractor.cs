using System.Globalization;
using System.Text;
using HopTac.Core.Pages;
using SmartReader;
using Article = HopTac.Core.Pages.Article;

namespace HopTac.Bench.Html;

/// <summary>SmartReader (a C# port of Mozilla Readability) as the in-process peer.</summary>
internal sealed class SmartReaderHtmlExtractor : IHtmlExtractor
{
    private static readonly UTF8Encoding Utf8 = new(false, false);

    public string Name => "smartreader";

    public string Decode(byte[] bytes) => Utf8.GetString(bytes);

    public Article Extract(string html, string source)
    {
        // The page's real address is not part of the input every extractor sees, so all get the same placeholder.
        // Library defaults throughout: the peer is measured as a user would call it.
        var article = new Reader(PlaceholderUri.For(source), html).GetArticle();
        if (!article.Completed)
        {
            return Article.Empty;
        }

        var author = string.IsNullOrWhiteSpace(article.Author) ? article.Byline : article.Author;
        var published = article.PublicationDate?.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        return new Article(
            NullIfBlank(article.Title),
            published,
            string.IsNullOrWhiteSpace(author) ? [] : [author.Trim()],
            article.TextContent ?? string.Empty);
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
