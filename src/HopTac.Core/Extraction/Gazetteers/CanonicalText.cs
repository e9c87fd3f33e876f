using System.Globalization;
using System.Text;
using HopTac.Core.Text;

namespace HopTac.Core.Extraction.Gazetteers;

/// <summary>
/// Lookup keys for Vietnamese words that ignore case and where the tone mark sits. Vietnamese writes the tone of
/// "hoà" on the last vowel in the old style and on the first ("hòa") in the new; both are correct and both occur
/// in the same newspaper. The key keeps the vowel-quality marks (circumflex, breve, horn) that change the letter and
/// moves the one tone mark to the end of the word, so "hoà", "hòa" and "Hoà" share a key while "ho", "hồ", "hổ" do not.
/// </summary>
internal static class CanonicalText
{
    /// <summary>The key of one word; punctuation and digits pass through lower-cased.</summary>
    public static string Key(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (IsPlainAscii(word))
        {
            return word.ToLowerInvariant();
        }

        if (Cache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var key = Compute(word);
        if (Cache.Count < MaxCacheEntries && word.Length <= 32)
        {
            Cache.TryAdd(word, key);
        }

        return key;
    }

    // Vietnamese has some thousands of distinct syllables, so a small cache serves almost every word; the bound
    // keeps hostile input (endless distinct words) from growing it without limit.
    private const int MaxCacheEntries = 100_000;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    private static bool IsPlainAscii(string word)
    {
        foreach (var c in word)
        {
            if (c > '\u007F')
            {
                return false;
            }
        }

        return true;
    }

    private static string Compute(string word)
    {
        var decomposed = VietnameseText.Normalize(word).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length + 1);
        char tone = '\0';
        foreach (var c in decomposed)
        {
            if (IsToneMark(c))
            {
                tone = c;
                continue;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        var composed = builder.ToString().Normalize(NormalizationForm.FormC);
        return tone == '\0' ? composed : composed + ToneSuffix(tone);
    }

    /// <summary>The key of a phrase: the keys of its words joined by single spaces (punctuation kept as words).</summary>
    public static string PhraseKey(string phrase)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        return string.Join(' ', tokens.Select(t => t.IsWord ? t.Key : t.Text));
    }

    private static bool IsToneMark(char c) => c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323'
        // Combining grave/acute tone marks written with the Vietnamese-specific code points.
        or '\u0340' or '\u0341';

    private static string ToneSuffix(char tone) => tone switch
    {
        '\u0300' or '\u0340' => "2",
        '\u0301' or '\u0341' => "1",
        '\u0303' => "4",
        '\u0309' => "3",
        _ => "5",
    };

    /// <summary>True when the word carries a letter or mark that only Vietnamese uses among Latin scripts.</summary>
    public static bool HasVietnameseLetters(string word)
    {
        ArgumentNullException.ThrowIfNull(word);

        // The canonical decomposition of a word is its characters' decompositions one after another (reordering
        // moves marks, it neither adds nor drops one), so a table of what each character decomposes to answers
        // without normalising the word: this runs for every pair of name parts compared, and normalising was a
        // tenth of extraction. A character the table cannot decide alone (a surrogate, a noncharacter ICU refuses)
        // sends the word through the full normalisation, which also throws as before on what it cannot normalise.
        var found = false;
        foreach (var c in word)
        {
            var mark = CharMarks[c];
            if (mark == MarkUnknown)
            {
                CharMarks[c] = mark = ClassifyChar(c);
            }

            if (mark == MarkUndecided)
            {
                return HasVietnameseLettersNormalized(word);
            }

            found |= mark == MarkVietnamese;
        }

        return found;
    }

    private const byte MarkUnknown = 0;
    private const byte MarkPlain = 1;
    private const byte MarkVietnamese = 2;
    private const byte MarkUndecided = 3;

    // One byte per UTF-16 unit, filled on first use; a racing fill writes the same value.
    private static readonly byte[] CharMarks = new byte[char.MaxValue + 1];

    private static byte ClassifyChar(char c)
    {
        if (char.IsSurrogate(c))
        {
            return MarkUndecided;
        }

        try
        {
            return HasVietnameseLettersNormalized(c.ToString()) ? MarkVietnamese : MarkPlain;
        }
        catch (ArgumentException)
        {
            return MarkUndecided;
        }
    }

    // Horn (ư, ơ), breve (ă), hook above, dot below and đ are Vietnamese; acute, grave and circumflex are not telling.
    private static bool HasVietnameseLettersNormalized(string word)
    {
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (c is 'đ' or 'Đ' or '\u031B' or '\u0306' or '\u0309' or '\u0323')
            {
                return true;
            }
        }

        return false;
    }
}
