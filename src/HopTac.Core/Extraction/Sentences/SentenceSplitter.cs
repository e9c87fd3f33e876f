namespace HopTac.Core.Extraction.Sentences;

/// <summary>
/// Splits Vietnamese news text into sentences with their offsets. Every line (paragraph, caption, list item) is at
/// least one sentence; inside a line, a sentence ends at <c>. ! ? …</c> (with any closing quotes or brackets)
/// followed by a space and a capital letter or digit (possibly behind an opening quote), except after initials and
/// title abbreviations ("V. Putin", "PGS. Nguyễn", "TS. Lan") and inside numbers ("1.000", "4,7", "1.1.2016").
/// Invariants: sentences are in text order, do not overlap, are trimmed and never empty, and
/// <c>text.Substring(s.Start, s.Text.Length) == s.Text</c>.
/// </summary>
public static class SentenceSplitter
{
    // Titles and the like written with a full stop that a name follows ("PGS.TS. Nguyễn Văn A", "TP. Hồ Chí Minh").
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "TP", "Tp", "TS", "ThS", "Th.S", "BS", "GS", "PGS", "KS", "CN", "NXB", "Mr", "Mrs", "Ms", "Dr", "St", "Jr",
        "Sr", "Th", "Q", "P", "TX", "TT", "BSCKI", "BSCKII", "BSCK", "NSND", "NSƯT", "GS.TS", "PGS.TS", "TS.BS",
        "ThS.BS", "Gs", "Pgs", "Ts", "Ths", "Ltd", "Inc", "Corp", "Vs", "vs", "tr", "Tr",
    };

    private const int MaxWordLookBack = 24;

    /// <summary>Splits <paramref name="text"/>; sentences are trimmed, never empty, in order.</summary>
    public static IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<Sentence>();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            SplitLine(text, lineStart, lineEnd, result);
            lineStart = lineEnd + 1;
        }

        return result;
    }

    private static void SplitLine(string text, int start, int end, List<Sentence> result)
    {
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var j = i + 1;
            while (j < end && text[j] is '.' or '!' or '?' or '…')
            {
                j++;
            }

            while (j < end && IsClosing(text[j]))
            {
                j++;
            }

            if (j >= end || !char.IsWhiteSpace(text[j]))
            {
                i = j - 1;
                continue;
            }

            var next = j;
            while (next < end && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            while (next < end && IsOpening(text[next]))
            {
                next++;
            }

            if (next < end && (char.IsUpper(text[next]) || char.IsDigit(text[next])) && !IsAbbreviationBefore(text, sentenceStart, i))
            {
                Add(text, sentenceStart, j, result);
                sentenceStart = j;
            }

            i = j - 1;
        }

        Add(text, sentenceStart, end, result);
    }

    private static bool IsClosing(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']' or '»';

    private static bool IsOpening(char c) => c is '"' or '“' or '‘' or '\'' or '(' or '[' or '«';

    private static bool IsAbbreviationBefore(string text, int sentenceStart, int dot)
    {
        if (text[dot] != '.' || (dot + 1 < text.Length && text[dot + 1] == '.'))
        {
            return false;
        }

        var wordStart = dot;
        var floor = Math.Max(sentenceStart, dot - MaxWordLookBack);
        while (wordStart > floor && !char.IsWhiteSpace(text[wordStart - 1]) && !IsOpening(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.IsEmpty)
        {
            return false;
        }

        // An initial ("V." in "V. Putin"); a list number at the start of a line ("1. Tăng cường ...").
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        if (wordStart == sentenceStart && word.Length <= 2 && char.IsAsciiDigit(word[0]) && char.IsAsciiDigit(word[^1]))
        {
            return true;
        }

        var lastPart = word[(word.LastIndexOf('.') + 1)..];
        return Abbreviations.Contains(word.ToString()) || Abbreviations.Contains(lastPart.ToString());
    }

    private static void Add(string text, int start, int end, List<Sentence> result)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            result.Add(new Sentence(text[start..end], start));
        }
    }
}
