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

        // The same string is often tokenized several times in a row by one thread (FindActors reads a page with the
        // states' and the blocs' gazetteers, a sentence is read for names, organisations and countries): the last few
        // results are kept per thread by reference, since tokens are a function of the text and never modified.
        var recent = Recent ??= new (string?, IReadOnlyList<Token>?)[RecentSize];
        foreach (var (seen, result) in recent)
        {
            if (ReferenceEquals(seen, text))
            {
                return result!;
            }
        }

        var tokens = Split(text);
        recent[RecentNext] = (text, tokens);
        RecentNext = (RecentNext + 1) % RecentSize;
        return tokens;
    }

    private const int RecentSize = 4;

    [ThreadStatic]
    private static (string? Text, IReadOnlyList<Token>? Tokens)[]? Recent;

    [ThreadStatic]
    private static int RecentNext;

    private static List<Token> Split(string text)
    {
        // At most about one token per three characters in Vietnamese prose: one allocation instead of a chain of doublings,
        // whose copies of a long page's list were a twentieth of extraction.
        var tokens = new List<Token>((text.Length / 3) + 4);
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
