namespace HopTac.Core.Extraction.Sentences;

/// <summary>
/// Splits Vietnamese news text into sentences with their offsets. Every line (paragraph, caption) is at least one
/// sentence; inside a line, a sentence ends at <c>. ! ?</c> (and a closing quote) followed by a space and an
/// upper-case letter, except after abbreviations and initials ("TP.HCM", "V. Putin") and inside numbers ("1.000").
/// </summary>
public static class SentenceSplitter
{
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
            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            var j = i + 1;
            while (j < end && text[j] is '"' or '”' or '’' or ')' or '»')
            {
                j++;
            }

            if (j < end - 1 && text[j] == ' ' && char.IsUpper(text[j + 1]) && !IsAbbreviationBefore(text, sentenceStart, i))
            {
                Add(text, sentenceStart, j, result);
                sentenceStart = j + 1;
            }
        }

        Add(text, sentenceStart, end, result);
    }

    private static bool IsAbbreviationBefore(string text, int sentenceStart, int dot)
    {
        if (text[dot] != '.')
        {
            return false;
        }

        var wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, dot - wordStart);
        // One capital letter ("V." in "V. Putin") or a dotted abbreviation ("TP.", "PGS.TS.") is not a sentence end.
        return (word.Length == 1 && char.IsUpper(word[0])) || word.Contains('.') || word is "TP" or "Th.S" or "TS" or "PGS" or "GS" or "ThS" or "Mr" or "Mrs" or "Dr" or "St";
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
