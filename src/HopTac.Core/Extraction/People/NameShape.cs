using System.Text.RegularExpressions;
using HopTac.Core.Extraction.Gazetteers;
using HopTac.Core.Text;

namespace HopTac.Core.Extraction.People;

/// <summary>
/// What a romanised foreign name's shape says about the states its bearer can belong to, for the last guess of a
/// person's state (the state the page names most): "Nicholas Lardy" is no Chinese, "Khodarenko" no Syrian, "Khalil
/// Ibrahim al-Mansouri" no Russian, "Park Hang-seo" no Yemeni. Each shape is a naming convention, not a list of people:
/// Slavic surname endings, Arabic particles and given names, Korean family names and hyphenated East Asian given
/// names, and, for everything else written in Latin letters, that East Asian states write their people's names in
/// Sino-Vietnamese syllables or as East Asian romanisations, never as Western names. A shape that tells nothing fits
/// every state.
/// </summary>
internal static partial class NameShape
{
    // The states whose citizens' surnames take the Slavic endings (Russia and the other former Soviet states, whose
    // Turkic and Caucasian names took the Russian "-ov"/"-ev" endings, and the Slavic states of Europe).
    private static readonly HashSet<string> SlavicStates = new(
        ["RU", "SU", "UA", "BY", "PL", "CZ", "SK", "RS", "HR", "BG", "BA", "ME", "MK", "SI", "KZ", "KG", "UZ", "TJ", "TM", "AZ", "AM", "GE", "MD", "LV", "LT", "EE"],
        StringComparer.Ordinal);

    // The Arab League states, and the states of the wider Muslim world where Arabic given names and particles are the
    // usual names (Iran, Turkey, Afghanistan, Pakistan, Bangladesh, Indonesia, Malaysia, Brunei), and Israel, whose
    // Arab citizens carry them.
    private static readonly HashSet<string> ArabicStates = new(
        ["AE", "BH", "DJ", "DZ", "EG", "IQ", "JO", "KM", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA", "SD", "SO", "SY", "TN", "YE",
         "IR", "TR", "AF", "PK", "BD", "ID", "MY", "BN", "IL"],
        StringComparer.Ordinal);

    // States whose people the Vietnamese press names in Sino-Vietnamese syllables or East Asian romanisations.
    private static readonly HashSet<string> EastAsianStates = new(["CN", "TW", "HK", "MO", "KR", "KP", "JP", "VN", "SG", "MN"], StringComparer.Ordinal);

    // The commonest Korean family names in their usual romanisations (Statistics Korea, 2015 census; North Korean
    // spellings "Ri", "Pak", "Choe", "Jo" beside them).
    private static readonly HashSet<string> KoreanFamilyNames = new(
        ["kim", "lee", "yi", "ri", "park", "pak", "choi", "choe", "jung", "chung", "jeong", "kang", "cho", "jo", "yoon", "yun", "jang", "chang",
         "lim", "im", "han", "oh", "seo", "suh", "shin", "kwon", "hwang", "ahn", "song", "yoo", "ryu", "hong", "moon", "mun", "roh", "noh", "ko",
         "bae", "baek", "nam", "heo", "yang", "ban", "khang"],
        StringComparer.Ordinal);

    // Arabic given names the press writes most and the particles of Arabic names ("al", "bin", "ibn", "abu").
    private static readonly HashSet<string> ArabicWords = new(
        ["al", "el", "bin", "ibn", "abu", "abd", "abdul", "abdullah", "abdel", "mohammed", "mohammad", "muhammad", "mohamed", "ahmed", "ahmad",
         "ali", "hassan", "hussein", "hussain", "khalid", "khaled", "khalil", "ibrahim", "mahmoud", "mustafa", "omar", "youssef", "yousef",
         "saleh", "salman", "faisal", "hamad", "tamim", "sheikh"],
        StringComparer.Ordinal);

    /// <summary>True for a word of one to three Hanyu pinyin syllables without tones ("guo", "ping", "yingting").</summary>
    public static bool IsPinyinWord(string word) => PinyinWord().IsMatch(word);

    /// <summary>True for one of the commonest Korean family names in its usual romanisations ("Lee", "Kim", "Ri").</summary>
    public static bool IsKoreanFamilyName(string word) => KoreanFamilyNames.Contains(word.ToLowerInvariant());

    /// <summary>Whether the bearer of a name of this shape can belong to <paramref name="state"/>.</summary>
    public static bool Fits(IReadOnlyList<string> parts, string state)
    {
        if (parts.Count == 0 || parts.Any(CanonicalText.HasVietnameseLetters) || parts.Any(NameParts.IsInitial) || parts.All(NameParts.IsSyllable))
        {
            // Vietnamese or Sino-Vietnamese syllables, or initials: the name's shape is read elsewhere (PersonExtractor).
            return true;
        }

        var words = parts.SelectMany(p => p.Split(['-', ' '], StringSplitOptions.RemoveEmptyEntries)).Select(w => w.ToLowerInvariant()).ToList();
        if (words.Any(ArabicWords.Contains))
        {
            return ArabicStates.Contains(state);
        }

        if (SlavicSurname().IsMatch(parts[^1]))
        {
            return SlavicStates.Contains(state);
        }

        if ((KoreanFamilyNames.Contains(words[0]) && parts.Count >= 2 && words.Skip(1).All(w => EastAsianSyllables().IsMatch(w)))
            || parts.Any(p => EastAsianGivenName().Match(p) is { Success: true } m
                && EastAsianSyllables().IsMatch(m.Groups[1].Value.ToLowerInvariant()) && EastAsianSyllables().IsMatch(m.Groups[2].Value)))
        {
            return EastAsianStates.Contains(state);
        }

        if (words.All(w => JapaneseWord().IsMatch(w) || PinyinWord().IsMatch(w) || EastAsianSyllables().IsMatch(w)))
        {
            // Japanese, Chinese, Korean, Hokkien or Cantonese romanisations ("Koh Poh Koon"), or a Western name that
            // reads like one: any state.
            return true;
        }

        return !EastAsianStates.Contains(state);
    }

    // "Ivanov", "Petrova", "Lavrentyev", "Khodarenko", "Zelensky", "Lukashevich", "Macierewicz", "Vučić": the endings of
    // Slavic surnames.
    [GeneratedRegex(@"(?:ov|ova|ev|eva|yev|iev|enko|sky|skiy|skaya|ski|vich|wicz|ić|ovna|evna|chuk)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex SlavicSurname();

    // "Jae-in", "Hang - seo", "Ing-wen": a Korean or Wade-Giles given name of two syllables joined by one hyphen, the
    // second in lower case.
    [GeneratedRegex(@"^(\p{Lu}\p{Ll}{0,5}) ?- ?(\p{Ll}{1,5})$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex EastAsianGivenName();

    // One to three syllables of East Asian romanisations: an optional initial (one consonant or "ch", "sh", "ts",
    // "ng", "hs", "kh", "ph", "th"), an optional glide, one to three vowels and an optional final of "ng", "n", "k", "l",
    // "m", "p", "t" or "h" ("Kyu", "Jong", "Koon", "Swee", "Hye"); "Butler", "Carrie", "Krea" are not.
    [GeneratedRegex(@"^(?:(?:ch|sh|ts|ng|hs|kh|ph|th|[bcdfghjklmnprstwyz])?[yw]?[aeiou]{1,3}(?:ng|n|k|l|m|p|t|h)?){1,3}$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex EastAsianSyllables();

    // Hepburn romanisation: open syllables, "n", and the digraphs "sh", "ch", "ts" ("Shinzo", "Koizumi", "Yamashita").
    [GeneratedRegex(@"^(?:(?:sh|ch|ts|[kgszjtdnhbpmrfw])?y?[aiueo]|n)+$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex JapaneseWord();

    // Hanyu pinyin without tones, one to three syllables ("Jinping", "Wang", "Xiaoping").
    [GeneratedRegex(@"^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|er|a|e|i|o|u)){1,3}$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex PinyinWord();
}
