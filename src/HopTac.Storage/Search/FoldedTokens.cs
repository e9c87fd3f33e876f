using System.Globalization;
using HopTac.Core.Text;

namespace HopTac.Storage.Search;

/// <summary>
/// Splits folded text into word tokens the way the FTS5 <c>unicode61</c> tokenizer does (letters, numbers and
/// private-use characters are word characters; everything else separates), so spans we compute ourselves for
/// highlights agree with what the index matched.
/// </summary>
internal static class FoldedTokens
{
    public static bool IsTokenChar(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetterOrDigit(c);
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
                or UnicodeCategory.PrivateUse
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
            _ => false,
        };
    }

    /// <summary>The spans of the word tokens of <paramref name="text"/>, in order.</summary>
    public static List<TextSpan> Spans(string text)
    {
        var spans = new List<TextSpan>();
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsTokenChar(text[i]))
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                spans.Add(new TextSpan(start, i - start));
                start = -1;
            }
        }

        if (start >= 0)
        {
            spans.Add(new TextSpan(start, text.Length - start));
        }

        return spans;
    }

    /// <summary>The folded word tokens of raw user text.</summary>
    public static List<string> Words(string text)
    {
        var folded = VietnameseText.Fold(text);
        return Spans(folded).ConvertAll(s => folded.Substring(s.Start, s.Length));
    }
}
