using System.Collections.Frozen;
using System.Globalization;
using HopTac.Ingestion.Decoding.Legacy;

namespace HopTac.Ingestion.Decoding;

/// <summary>
/// Judges whether a word is a well-formed Vietnamese syllable: onset + rime (glide, vowel nucleus, coda) with at
/// most one tone, the spelling rules for c/k, g/gh, ng/ngh, and the rule that rimes closed by p, t, c, ch take only
/// the acute or dot-below tone. Used to tell the right decoding of a page from mojibake, so it is strict about
/// letters and lenient about rare but real rimes.
/// </summary>
public static class VietnameseSyllables
{
    private const int MaxSyllableLength = 7; // "nghiêng"

    private static readonly string[] Onsets =
    [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
    ];

    private static readonly FrozenSet<string> Rimes = FrozenSet.ToFrozenSet(
        """
        a e ê i y o ô ơ u ư ia ua ưa oa oe uê uy uơ uya
        ai ao au ay am an ang anh ac ach ap at
        ăm ăn ăng ăc ăp ăt
        âu ây âm ân âng âc âp ât
        eo em en eng ec ep et
        êu êm ên ênh êch êp êt
        iu im in inh ich ip it
        oi om on ong oc op ot oong ooc
        ôi ôm ôn ông ôc ôp ôt
        ơi ơm ơn ơp ơt
        ui um un ung uc up ut
        ưi ưu ưng ưc ưt ưm ưn
        iêu iêm iên iêng iêc iêp iêt
        yêu yêm yên yêt
        uôi uôm uôn uông uôc uôt
        ươi ươu ươm ươn ương ươc ươp ươt
        oai oay oao oam oan oang oanh oac oach oap oat
        oăm oăn oăng oăc oăt
        oeo oem oen oet
        uân uâng uât uây
        uênh uêch uên
        uyu uynh uych uyn uyt uyên uyêt
        """.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RimeLookup =
        Rimes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The most frequent syllables of Vietnamese prose (function words and everyday nouns). Mojibake between two
    /// legacy encodings can still be well-formed syllables; it is rarely these ones.
    /// </summary>
    private static readonly FrozenSet<string> Common = FrozenSet.ToFrozenSet(
        """
        và của là có các được cho những một trong với người đã này không năm đến tại về khi ngày từ đó nhiều sẽ
        theo như cũng hai để ra vào làm thì mà nhưng bị trên sau đây nước việt nam công ty thể đi lại còn rằng hơn
        nhất việc chính phủ quốc tế hợp tác tỉnh thành phố động học đầu mới bộ trưởng chủ tịch dân ông bà anh chị
        sự đồng tiền triệu tỷ tháng số hội kinh tế
        """.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    /// <summary>True when <paramref name="word"/> (NFC, any case) is one well-formed Vietnamese syllable.</summary>
    public static bool IsValid(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxSyllableLength)
        {
            return false;
        }

        Span<char> bare = stackalloc char[MaxSyllableLength];
        var tone = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = char.ToLowerInvariant(word[i]);
            if (VietnameseLetters.TryGet(c, out var parts))
            {
                if (parts.Tone > 0)
                {
                    if (tone > 0)
                    {
                        return false;
                    }

                    tone = parts.Tone;
                }

                c = parts.Hatted;
            }
            else if (!(c is >= 'a' and <= 'z' or 'đ') || c is 'f' or 'j' or 'w' or 'z')
            {
                return false;
            }

            bare[i] = c;
        }

        return IsValidBare(bare[..word.Length], tone);
    }

    /// <summary>Counts words and well-formed syllables in <paramref name="text"/> (NFC).</summary>
    public static SyllableScore Score(ReadOnlySpan<char> text)
    {
        var words = 0;
        var valid = 0;
        var common = 0;
        Span<char> lower = stackalloc char[MaxSyllableLength];
        var start = -1;
        var hasLetter = false;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !IsSeparator(text[i]))
            {
                if (start < 0)
                {
                    start = i;
                    hasLetter = false;
                }

                hasLetter |= char.IsLetter(text[i]);
                continue;
            }

            if (start >= 0 && hasLetter)
            {
                words++;
                var word = text[start..i];
                if (IsValid(word))
                {
                    valid++;
                    word.ToLowerInvariant(lower);
                    if (Common.Contains(lower[..word.Length].ToString()))
                    {
                        common++;
                    }
                }
            }

            start = -1;
        }

        return new SyllableScore(words, valid, common);
    }

    private static bool IsSeparator(char c)
    {
        if (c < 0x80)
        {
            return !char.IsAsciiLetter(c);
        }

        // Mojibake shows up as symbols glued to letters; keep those inside the word so the word fails.
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.DashPunctuation
            or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
            || c is '\u2026' or '\u00A0';
    }

    private static bool IsValidBare(ReadOnlySpan<char> bare, int tone)
    {
        foreach (var onset in Onsets)
        {
            // Cheap first-letter check before the prefix compare: this runs for every word of every candidate.
            if ((onset.Length > 0 && onset[0] != bare[0]) || !bare.StartsWith(onset, StringComparison.Ordinal))
            {
                continue;
            }

            var rime = bare[onset.Length..];
            if (rime.IsEmpty)
            {
                continue;
            }

            if (!RimeLookup.Contains(rime) || !SpellingAllows(onset, rime) || !ToneAllows(rime, tone))
            {
                continue;
            }

            return true;
        }

        // "gì", "gìn": the onset gi swallows the i of the rime.
        return bare.Length >= 2 && bare[0] == 'g' && bare[1] == 'i' && (bare.Length == 2 || RimeLookup.Contains(bare[1..]));
    }

    private static bool SpellingAllows(string onset, ReadOnlySpan<char> rime)
    {
        var first = rime[0];
        var front = first is 'i' or 'e' or 'ê' or 'y';
        return onset switch
        {
            "k" => front,
            "gh" or "ngh" => first is 'i' or 'e' or 'ê',
            "c" or "ng" => !front,
            "g" => first is not ('e' or 'ê'),
            "q" => false,
            _ => true,
        };
    }

    private static bool ToneAllows(ReadOnlySpan<char> rime, int tone)
    {
        var last = rime[^1];
        var stop = last is 'p' or 't' or 'c' || rime.EndsWith("ch", StringComparison.Ordinal);
        return !stop || tone is 1 or 5;
    }
}

/// <summary>
/// How many letter-bearing words a text has, how many are well-formed Vietnamese syllables, and how many of those
/// are among the most frequent syllables (a tie-breaker between two plausible decodings).
/// </summary>
public readonly record struct SyllableScore(int Words, int Valid, int Common = 0)
{
    /// <summary>Share of words that are valid syllables, 0 for a text without words.</summary>
    public double Share => Words == 0 ? 0 : (double)Valid / Words;
}
