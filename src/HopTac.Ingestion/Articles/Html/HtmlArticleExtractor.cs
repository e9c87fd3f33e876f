using System.Buffers;
using System.Diagnostics;
using AngleSharp.Html.Parser;
using HopTac.Core.Pages;
using HopTac.Ingestion.Articles.Credits;
using HopTac.Ingestion.Guards;

namespace HopTac.Ingestion.Articles.Html;

/// <summary>
/// Main-article extraction for HTML pages: metadata first (JSON-LD, og:*, article:published_time, time), then the
/// DOM scored by text and link density, without nav, aside, footer and related-link lists; captions kept.
/// Thread-safe; never throws on messy input (an unreadable page gives <see cref="Article.Empty"/>).
/// </summary>
public static class HtmlArticleExtractor
{
    [ThreadStatic]
    private static HtmlParser? parser;

    /// <summary>Extracts the article from an HTML document (already decoded and normalised). Never throws on messy input.</summary>
    public static Article Extract(string html, IngestOptions options) =>
        TryExtract(html, options, out var article, out _) ? article : Article.Empty;

    /// <summary>
    /// Extracts the article, or says in one sentence why the page cannot be read as HTML. A page whose parse would go
    /// past a bound of <see cref="IngestOptions"/> (nesting, elements, attributes, formatting elements, parser steps) is
    /// refused before parsing: recursive DOM code would overflow the stack on it (which no catch can stop), or the
    /// parser's time and memory would grow with its square.
    /// </summary>
    public static bool TryExtract(string html, IngestOptions options, out Article article, out string? rejection) =>
        Run(html, options, out article, out rejection, [], out _, CancellationToken.None);

    /// <summary>
    /// As <see cref="TryExtract(string, IngestOptions, out Article, out string?)"/>, stopping between stages and inside
    /// the content walk once <paramref name="cancellationToken"/> is cancelled (the page's time budget).
    /// </summary>
    public static bool TryExtract(string html, IngestOptions options, out Article article, out string? rejection, CancellationToken cancellationToken) =>
        Run(html, options, out article, out rejection, [], out _, cancellationToken);

    /// <summary>As <see cref="TryExtract(string, IngestOptions, out Article, out string?)"/>, and says how long each stage took.</summary>
    public static bool TryExtract(string html, IngestOptions options, out Article article, out string? rejection, out HtmlStageTimes times)
    {
        Span<long> marks = stackalloc long[6];
        var ok = Run(html, options, out article, out rejection, marks, out var input, CancellationToken.None);
        for (var i = 1; i < marks.Length; i++)
        {
            // A stage that did not run (a refused page) takes no time.
            marks[i] = Math.Max(marks[i], marks[i - 1]);
        }

        times = new HtmlStageTimes(marks[1] - marks[0], marks[2] - marks[1], marks[3] - marks[2], marks[4] - marks[3], marks[5] - marks[4])
        {
            ParserInputChars = input.Chars,
            ParserInputTags = input.Tags,
        };
        return ok;
    }

    private static bool Run(string html, IngestOptions options, out Article article, out string? rejection, Span<long> marks, out ParserInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(options);
        article = Article.Empty;
        rejection = null;
        input = default;
        var limit = (int)Math.Clamp(options.MaxBytes, 1024, int.MaxValue / 2);
        if (html.Length > limit)
        {
            html = html[..limit];
        }

        // Timing is asked for with a six-slot span; the plain entry points pass an empty one.
        var timed = marks.Length >= 6;
        Mark(marks, 0, timed);
        var buffer = ArrayPool<char>.Shared.Rent(HtmlPrefilter.MaxOutputLength(html.Length));
        try
        {
            var stripped = buffer.AsMemory(0, HtmlPrefilter.Strip(html, buffer));
            Mark(marks, 1, timed);

            // The guard reads what the parser will read, and stops at the first bound the page goes past.
            if (HtmlCost.Measure(stripped.Span, options).Exceeded is { } exceeded)
            {
                rejection = exceeded;
                return false;
            }

            Mark(marks, 2, timed);
            if (timed)
            {
                input = new ParserInput(stripped.Length, stripped.Span.Count('<'));
                marks[2] = Stopwatch.GetTimestamp();
            }

            cancellationToken.ThrowIfCancellationRequested();
            article = Parse(html, stripped, options, marks, timed, cancellationToken);
            return true;
        }
        finally
        {
            // The parsed tree may point into the buffer (AngleSharp keeps text as slices of its input); it is gone by now.
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static Article Parse(string html, ReadOnlyMemory<char> stripped, IngestOptions options, Span<long> marks, bool timed, CancellationToken cancellationToken)
    {
        try
        {
            parser ??= new HtmlParser(new HtmlParserOptions { IsScripting = false, DisableElementPositionTracking = true, SkipComments = true });

            // The raw page still goes to the metadata reader: its last-resort date search reads inline scripts.
            using var document = parser.ParseDocument(stripped);
            Mark(marks, 3, timed);
            var lang = document.DocumentElement?.GetAttribute("lang") ?? string.Empty;

            // Month-first numeric dates are an American habit; everything else, Vietnamese included, is day-first.
            var dayFirst = !lang.StartsWith("en-us", StringComparison.OrdinalIgnoreCase) && !string.Equals(lang, "en", StringComparison.OrdinalIgnoreCase);
            cancellationToken.ThrowIfCancellationRequested();
            var meta = MetadataReader.Read(document, html, dayFirst);
            Mark(marks, 4, timed);
            cancellationToken.ThrowIfCancellationRequested();
            var body = document.Body;
            var text = body is null ? string.Empty : ContentExtractor.Extract(body, options.MaxDomDepth, meta.Title, cancellationToken);
            Mark(marks, 5, timed);
            var (article, authors) = WithoutClosingCredits(text, meta.Authors);
            return new Article(meta.Title, meta.Published, authors, article);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            return Article.Empty;
        }
    }

    /// <summary>
    /// Bylines and agency lines that close the article body ("Minh Châu - Đức Anh", "Theo TTXVN") leave the text; the
    /// persons become the authors where the page's metadata named none. Each paragraph is a group of its own. Only
    /// Vietnamese pages are read so.
    /// </summary>
    private static (string Text, IReadOnlyList<string> Authors) WithoutClosingCredits(string text, IReadOnlyList<string> authors)
    {
        // The credit forms are Vietnamese; on an English page a closing "Read More" would pass for a name.
        if (text.AsSpan().IndexOfAny(VietnameseLetters) < 0)
        {
            return (text, authors);
        }

        var lines = text.Split('\n');
        var credits = ClosingCredits.Find(lines, Array.ConvertAll(lines, _ => true));
        if (credits.Removed.Count == 0)
        {
            return (text, authors);
        }

        var removed = credits.Removed.ToHashSet();
        var kept = string.Join('\n', lines.Where((_, i) => !removed.Contains(i)));
        return (kept, authors.Count == 0 ? credits.Persons : authors);
    }

    private static readonly System.Buffers.SearchValues<char> VietnameseLetters = System.Buffers.SearchValues.Create("ăâđêôơưĂÂĐÊÔƠƯ");

    private static void Mark(Span<long> marks, int stage, bool timed)
    {
        if (timed)
        {
            marks[stage] = Stopwatch.GetTimestamp();
        }
    }

    private readonly record struct ParserInput(int Chars, int Tags);
}
