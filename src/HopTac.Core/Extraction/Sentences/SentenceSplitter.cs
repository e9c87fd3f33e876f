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

    private static readonly System.Buffers.SearchValues<char> UpperLetters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZĐ");

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

            if (next < end && (char.IsUpper(text[next]) || char.IsDigit(text[next])) && !IsAbbreviationBefore(text, sentenceStart, i, next, end))
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

    private static bool IsAbbreviationBefore(string text, int sentenceStart, int dot, int next, int end)
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

        // An initial ("V." in "V. Putin"), unless the letter names a thing ("châu Á.", "25 độ C.", "bảng B.").
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return !LetterNames.Contains(PreviousWord(text, sentenceStart, wordStart));
        }

        // Initials written together ("A.A. Kozlov", "K.Iu. Noskov"): short capitalised parts joined by dots.
        if (word.Contains('.') && word.Length <= 6 && IsJoinedInitials(word))
        {
            return true;
        }

        // A list number at the start of a line ("1. Tăng cường ...").

        if (wordStart == sentenceStart && word.Length <= 2 && char.IsAsciiDigit(word[0]) && char.IsAsciiDigit(word[^1]))
        {
            return true;
        }

        var lastPart = word[(word.LastIndexOf('.') + 1)..];
        // "TP." also ends sentences ("... phát triển của TP. Theo đó ..."); a title or city abbreviation is
        // followed by a name of at least two capitalised words ("TP. Hồ Chí Minh", "TS. Nguyễn Văn An").
        return (Abbreviations.Contains(word.ToString()) || Abbreviations.Contains(lastPart.ToString()))
            && SecondWordIsCapitalized(text, next, end);
    }

    private static bool IsJoinedInitials(ReadOnlySpan<char> word)
    {
        foreach (var range in word.Split('.'))
        {
            var part = word[range];
            if (part.IsEmpty || part.Length > 2 || !char.IsUpper(part[0]) || (part.Length == 2 && !char.IsLower(part[1])))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly HashSet<string> LetterNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "châu", "độ", "hạng", "loại", "nhóm", "khối", "vitamin", "vòng", "bảng", "khu", "lớp", "tổ", "đội", "tiểu",
        "ấp", "phân", "điểm", "mục", "phụ", "lục", "tầng", "dãy", "nhà", "toà", "tòa", "sân", "cửa", "cổng", "kiểu",
    };

    private static string PreviousWord(string text, int sentenceStart, int wordStart)
    {
        var e = wordStart;
        while (e > sentenceStart && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        var b = e;
        while (b > sentenceStart && e - b < MaxWordLookBack && char.IsLetter(text[b - 1]))
        {
            b--;
        }

        return text[b..e];
    }

    private static bool SecondWordIsCapitalized(string text, int next, int end)
    {
        var k = next;
        var limit = Math.Min(end, next + MaxWordLookBack);
        while (k < limit && !char.IsWhiteSpace(text[k]))
        {
            k++;
        }

        // An upper-case acronym ("TP. HCM") is a name by itself.
        var first = text.AsSpan(next, k - next).TrimEnd(".,;:");
        if (first.Length >= 2 && !first.ContainsAnyExcept(UpperLetters))
        {
            return true;
        }

        while (k < end && text[k] == ' ')
        {
            k++;
        }

        return k < end && (char.IsUpper(text[k]) || char.IsDigit(text[k]));
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
