using System.Globalization;

namespace HopTac.Core.Extraction.Gazetteers;

/// <summary>
/// Splits text into words and single punctuation characters. Hyphens and dots are their own tokens, so "Á-Âu" and
/// "Á - Âu", "ASEAN-Nga" and "ASEAN - Nga" give the same words; <see cref="Token.SpaceBefore"/> keeps the difference
/// for callers that join "Jong-un" back together.
/// </summary>
internal static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        var i = 0;
        var spaceBefore = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                spaceBefore = true;
                i++;
                continue;
            }

            if (IsWordChar(c))
            {
                var start = i;
                while (i < text.Length && IsWordChar(text[i]))
                {
                    i++;
                }

                var word = text[start..i];
                tokens.Add(new Token(word, start, CanonicalText.Key(word), true, spaceBefore));
            }
            else
            {
                var length = char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
                tokens.Add(new Token(text.Substring(i, length), i, string.Empty, false, spaceBefore));
                i += length;
            }

            spaceBefore = false;
        }

        return tokens;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
