using HopTac.Core.Pages;
using HopTac.Core.Text;
using HopTac.Ingestion.Articles.Credits;

namespace HopTac.Ingestion.Articles.TextDumps;

/// <summary>
/// Main-article extraction for plain-text dumps of news pages (one paragraph a line, page furniture included):
/// headline, dateline, byline, then lead, paragraphs and captions, without related-news lists and the like.
/// The article is found by structure: the headline-and-dateline block (or the page top) followed by the most
/// paragraph text, so a listing of other headlines before or after the article is passed over.
/// </summary>
public static class TextDumpExtractor
{
    /// <summary>Longer dumps are cut: no news page comes near it, and the work stays linear and bounded.</summary>
    public const int MaxChars = 2_000_000;

    private const int MaxLines = 20_000;

    // Each candidate block is scored by a scan to its end; a hostile page of thousands of date lines stays linear-ish.
    private const int MaxCandidates = 500;

    /// <summary>
    /// Extracts the article from normalised text ('\n' line ends). Never throws on messy input: null or empty
    /// text gives <see cref="Article.Empty"/>. The text is empty only when the input has no line with a letter.
    /// </summary>
    public static Article Extract(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Article.Empty;
        }

        if (text.Length > MaxChars)
        {
            text = text[..MaxChars];
        }

        // Callers pass normalised text, but a lone carriage return or a Unicode line separator still ends a line.
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\u2028', '\n').Replace('\u2029', '\n');
        var rows = new List<DumpLine>();
        var blank = false;
        foreach (var raw in text.Split('\n', MaxLines + 1))
        {
            var line = VietnameseText.CollapseSpaces(raw.Replace('\v', ' ').Replace('\f', ' ').Replace('\u0085', ' '));
            if (line.Length > 0)
            {
                rows.Add(new DumpLine(line) { AfterBlank = blank });
            }

            blank = line.Length == 0;
        }

        return rows.Count == 0 ? Article.Empty : new Extraction(rows).Run();
    }

    private sealed class Extraction(List<DumpLine> rows)
    {
        private readonly List<string> authors = [];
        private string? title;
        private string? published;

        public Article Run()
        {
            var body = Body(Locate());
            if (body.Count == 0)
            {
                body = Fallback();
            }

            return new Article(title, published, authors.Distinct(StringComparer.Ordinal).ToArray(), string.Join('\n', body));
        }

        /// <summary>Chooses the article block and sets title, date and byline from its frame.</summary>
        private List<(int Start, int End)> Locate()
        {
            var bestDate = -1;
            var bestScore = -1;
            var dated = 0;
            for (var i = 0; i < rows.Count && dated < MaxCandidates; i++)
            {
                if (IsFramedDate(i))
                {
                    dated++;
                    var score = Score(i + 1);
                    // Ties go to the later date line: a listing comes before the article more often than after.
                    if (score >= bestScore)
                    {
                        bestScore = score;
                        bestDate = i;
                    }
                }
            }

            var topStart = SkipLabels(0);
            var topScore = Score(topStart);

            // Headline and byline without a date, below a sidebar that cut the top block short.
            var bestByline = -1;
            var bylineScore = topScore;
            var tried = 0;
            for (var i = 2; i + 1 < rows.Count && tried < MaxCandidates; i++)
            {
                if (rows[i - 1].IsHeadlineLike && rows[i - 1].Words >= 4 && rows[i + 1].IsParagraph
                    && Byline.TryRead(rows[i].Text, out _))
                {
                    tried++;
                    var score = Score(i + 1);
                    if (score > bylineScore)
                    {
                        bylineScore = score;
                        bestByline = i;
                    }
                }
            }

            if (bestDate >= 0 && bestScore >= bylineScore)
            {
                return FromDateline(bestDate);
            }

            return bestByline >= 0 ? FromTop(bestByline - 1) : FromTop(topStart);
        }

        private List<(int Start, int End)> FromDateline(int date)
        {
            published = rows[date].Published;
            var before = date - 1;
            if (before - 1 >= 0 && rows[before - 1].IsHeadlineLike && Byline.TryRead(rows[before].Text, out var names))
            {
                authors.AddRange(names);
                before--;
            }

            var start = date + 1;
            if (before >= 0 && rows[before].IsTitleLike && rows[before].Words > 4)
            {
                title = rows[before].Text;
            }
            else if (start < rows.Count && rows[start].IsHeadlineLike && rows[start].Words >= 5 && ParagraphFollows(start))
            {
                // Some sites print breadcrumb and date above the headline.
                title = rows[start].Text;
                start++;
            }
            else if (before >= 0 && rows[before].IsHeadlineLike)
            {
                title = rows[before].Text;
            }

            start = TakeByline(SkipEmptyFrame(start));
            return Blocks(start);
        }

        private List<(int Start, int End)> FromTop(int start)
        {
            // A page that opens with its body has no headline; the first line is then a sentence or a long lead.
            // A short line with a full stop still heads a page when a paragraph follows (some sites end headlines so).
            var first = rows[start];
            if (start + 1 < rows.Count && first.Words <= 30
                && (first.IsHeadlineLike || (first.Words <= 15 && first.Text[^1] == '.' && !first.IsDropped && first.Date == DatelineKind.None
                    && rows[start + 1].IsParagraph && !HasInnerSentenceBreak(first.Text))))
            {
                title = rows[start].Text;
                start = TakeByline(start + 1);
            }

            return Blocks(start);
        }

        /// <summary>A date line stands next to a headline (above or below it); alone between paragraphs it is text.</summary>
        private bool IsFramedDate(int i) =>
            rows[i].Date == DatelineKind.Pure
            && (i == 0 || rows[i - 1].IsTitleLike || Byline.TryRead(rows[i - 1].Text, out _)
                || (i + 1 < rows.Count && rows[i + 1].IsHeadlineLike));

        private bool ParagraphFollows(int i)
        {
            for (var j = i + 1; j < rows.Count && j <= i + 3; j++)
            {
                if (rows[j].IsParagraph)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasInnerSentenceBreak(string text)
        {
            var cut = text.IndexOf(". ", StringComparison.Ordinal);
            return cut >= 0 && cut < text.Length - 2;
        }

        private int SkipLabels(int i)
        {
            // Section labels in capitals ("HOẠT ĐỘNG CỦA LÃNH ĐẠO BỘ") and dropped lines sit above the headline.
            while (i + 1 < rows.Count && (rows[i].IsDropped || (rows[i].Words <= 8 && IsUpperLabel(rows[i].Text))))
            {
                i++;
            }

            return i;
        }

        private int SkipEmptyFrame(int i)
        {
            while (i < rows.Count && rows[i].IsDropped)
            {
                i++;
            }

            return i;
        }

        private int TakeByline(int i)
        {
            if (i + 1 < rows.Count && Byline.TryRead(rows[i].Text, out var names))
            {
                authors.AddRange(names);
                return i + 1;
            }

            return i;
        }

        /// <summary>The paragraph words of the article that starts at <paramref name="start"/>.</summary>
        private int Score(int start)
        {
            var score = 0;
            foreach (var (from, to) in Blocks(start))
            {
                for (var i = from; i < to; i++)
                {
                    if (rows[i].IsParagraph && !rows[i].IsDropped)
                    {
                        score += rows[i].Words;
                    }
                }
            }

            return score;
        }

        /// <summary>
        /// The runs of article lines from <paramref name="start"/>: up to page furniture, and past a related-news box
        /// set inside the article when the article's paragraphs resume right after it.
        /// </summary>
        private List<(int Start, int End)> Blocks(int start)
        {
            var blocks = new List<(int Start, int End)>();
            var from = start;
            while (blocks.Count < 20)
            {
                var (end, boxed) = End(from);
                blocks.Add((from, end));
                var next = boxed ? Resume(end) : -1;
                if (next < 0)
                {
                    break;
                }

                from = next;
            }

            return blocks;
        }

        /// <summary>Where the block ends: a related-news label, the next date line, or a listing of headlines.</summary>
        private (int End, bool Boxed) End(int start)
        {
            for (var i = start; i < rows.Count; i++)
            {
                var row = rows[i];
                if (row.IsStop)
                {
                    return (i, PageFurniture.IsBoxLabel(row.Key));
                }

                if (row.Date == DatelineKind.Glued || (row.Date == DatelineKind.Pure && IsFramedDate(i)))
                {
                    // The next dated block starts at its headline.
                    return (i - 1 >= start && rows[i - 1].IsHeadlineLike ? i - 1 : i, false);
                }

                // Related articles repeat their headline (link text, then image alt) before a teaser; a pair at
                // the block's start is the page's own headline printed twice.
                if (i > start && i + 1 < rows.Count && row.IsHeadlineLike && row.Words >= 3
                    && string.Equals(row.Key, rows[i + 1].Key, StringComparison.Ordinal) && !IsTitle(row))
                {
                    return (i, true);
                }
            }

            return (rows.Count, false);
        }

        /// <summary>
        /// The row where the article goes on after a box, or -1: two running paragraphs within a few lines, before
        /// any date line or footer label. Listings alternate headlines and teasers, so they never qualify.
        /// </summary>
        private int Resume(int box)
        {
            for (var k = box + 1; k + 1 < rows.Count && k <= box + 12; k++)
            {
                var row = rows[k];
                if (row.Date != DatelineKind.None || (row.IsStop && !PageFurniture.IsBoxLabel(row.Key)))
                {
                    return -1;
                }

                if (row.IsRunningParagraph && rows[k + 1].IsRunningParagraph)
                {
                    return k;
                }
            }

            return -1;
        }

        private List<string> Body(List<(int Start, int End)> blocks)
        {
            var body = new List<DumpLine>();
            foreach (var (start, end) in blocks)
            {
                for (var i = start; i < end; i++)
                {
                    var row = rows[i];
                    if (row.IsDropped || row.Date == DatelineKind.Pure || IsTitle(row) || IsTitleLabel(row))
                    {
                        continue;
                    }

                    body.Add(row);
                }
            }

            while (body.Count > 1 && PageFurniture.IsClosingCredit(body[^1].Key, body[^1].Words))
            {
                body.RemoveAt(body.Count - 1);
            }

            // Bylines and agency lines close the running text, before the captions a blank line sets apart.
            var credits = ClosingCredits.Find(body.ConvertAll(r => r.Text), body.ConvertAll(r => r.AfterBlank));
            if (authors.Count == 0)
            {
                authors.AddRange(credits.Persons);
            }

            for (var i = credits.Removed.Count - 1; i >= 0; i--)
            {
                body.RemoveAt(credits.Removed[i]);
            }

            return body.ConvertAll(r => r.Text);
        }

        private List<string> Fallback()
        {
            var lines = rows.Where(r => !r.IsDropped && !IsTitle(r)).Select(r => r.Text).ToList();
            if (lines.Count == 0)
            {
                title = null;
                lines = rows.Where(r => PageFurniture.HasLetter(r.Text)).Select(r => r.Text).ToList();
            }

            return lines;
        }

        private bool IsTitle(DumpLine row) =>
            title is not null && string.Equals(row.Key, PageFurniture.Key(title), StringComparison.Ordinal);

        // "ASEAN-Nga" above a photo, when the headline reads "ASEAN-Nga: ...": a kicker, not text.
        private bool IsTitleLabel(DumpLine row)
        {
            if (title is null || row.Words > 6)
            {
                return false;
            }

            var key = PageFurniture.Key(title);
            return row.Key.Length < key.Length
                && (key.StartsWith(row.Key, StringComparison.Ordinal) || key.EndsWith(row.Key, StringComparison.Ordinal))
                && !char.IsLetterOrDigit(key.StartsWith(row.Key, StringComparison.Ordinal) ? key[row.Key.Length] : key[^(row.Key.Length + 1)]);
        }

        private static bool IsUpperLabel(string text)
        {
            var letters = 0;
            foreach (var c in text)
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                if (char.IsLetter(c))
                {
                    letters++;
                }
            }

            return letters >= 3;
        }
    }
}
