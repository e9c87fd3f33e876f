using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using HopTac.Core.Text;

namespace HopTac.Core.Knowledge;

/// <summary>
/// Who a written name refers to. <see cref="Key"/> is the same for every spelling of one full name (case, NFC/NFD,
/// spacing, old and new tone placement: "Hoà" and "Hòa"; a foreign name's accents: "Pérez" and "Perez") but keeps
/// vowel quality and tones of Vietnamese syllables apart ("Lan" and "Lân"
/// are different people). <see cref="Compatible"/> also relates short forms to full ones ("Putin", "V. Putin" to
/// "Vladimir Putin"): a foreign name by its last word, a Vietnamese name only in full (a given name alone is shared
/// by too many people to link). Two different full names are never compatible. Honorifics ("ông", "bà", "ngài")
/// are ignored. Never throws; null and empty names have the empty key and are compatible with nothing.
/// </summary>
public static class PersonIdentity
{
    // Names longer than this are not names; bounding keeps hostile input cheap.
    private const int MaxNameLength = 200;
    private const int MaxTokens = 12;

    // In key form ("bà" is "ba1"), so an unmarked "Ba" stays a name.
    private static readonly FrozenSet<string> Honorifics = FrozenSet.Create(
        StringComparer.Ordinal, "ông", "ba1", "ngai1", "mr", "mrs", "ms", "dr", "sir", "madam");

    // Folded surnames: a full name starting with one of these is Vietnamese even when written without marks.
    private static readonly FrozenSet<string> VietnameseSurnames = FrozenSet.Create(
        StringComparer.Ordinal,
        "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo",
        "duong", "ly", "dao", "dinh", "truong", "lam", "mai", "trinh", "doan", "luong", "to", "ha", "cao", "chu",
        "ta", "vuong", "thai", "trieu", "phung", "quach", "kieu", "ton", "luu", "chau", "khong", "nong", "tong",
        "giang", "lai", "lac", "van", "diep", "thach", "hua", "khuat", "au", "tang", "quan", "la", "nghiem", "mac",
        "ong", "uong", "thieu", "bach", "khuc", "vi", "lo", "tu", "bang");

    /// <summary>
    /// The identity key of a name: space-separated syllables, each its lower-case letters with vowel quality kept
    /// (ă â ê ô ơ ư đ) and tone marks removed, followed by the tone digit (1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng;
    /// none for the level tone). Initials are single letters ("V. Putin" is "v putin"). Honorifics are dropped.
    /// </summary>
    public static string Key(string? name) => Parse(name).Key;

    /// <summary>Whether two names may denote one person (equal keys, or a short form of the other).</summary>
    public static bool Compatible(string? a, string? b)
    {
        var x = Parse(a);
        var y = Parse(b);
        if (x.Tokens.Count == 0 || y.Tokens.Count == 0)
        {
            return false;
        }

        if (x.Tokens.SequenceEqual(y.Tokens, StringComparer.Ordinal))
        {
            return true;
        }

        if (x.IsFull && y.IsFull)
        {
            return false;
        }

        // The fuller name decides the naming convention: only foreign names are referred to by a part.
        var (shorter, longer) = Fullness(x) <= Fullness(y) ? (x, y) : (y, x);
        if (longer.IsVietnamese || shorter.IsVietnamese)
        {
            return false;
        }

        return Abbreviates(shorter.Tokens, longer.Tokens) || Abbreviates(longer.Tokens, shorter.Tokens);
    }

    /// <summary>Whether the name is written in full (two words or more, none an initial or a lone honorific).</summary>
    public static bool IsFull(string? name) => Parse(name).IsFull;

    /// <summary>
    /// Whether <see cref="Compatible"/> holds for this name only with names of the same <see cref="Key"/>: a
    /// Vietnamese name has no short forms, so a store looks its partners up by key, not among every name that ends
    /// with the same word (thousands of "Bình" in a large store).
    /// </summary>
    public static bool MatchesOnlyItsKey(string? name) => Parse(name) is var parsed && (parsed.IsVietnamese || parsed.Tokens.Count == 0);

    /// <summary>How complete a name is, to pick the form to display: full names first, then more words, then longer.</summary>
    internal static int Fullness(string? name) => Fullness(Parse(name));

    private static int Fullness(ParsedName name) =>
        (name.IsFull ? 10_000 : 0) + (name.Tokens.Count * 100) + Math.Min(99, name.Tokens.Sum(t => t.Length));

    /// <summary>
    /// Whether <paramref name="shorter"/> can be read as a form of <paramref name="longer"/>: same last word, and its
    /// other words (or initials) appear in order among the longer name's other words.
    /// </summary>
    private static bool Abbreviates(IReadOnlyList<string> shorter, IReadOnlyList<string> longer)
    {
        if (shorter.Count > longer.Count
            || shorter[^1].Length == 1
            || !string.Equals(shorter[^1], longer[^1], StringComparison.Ordinal))
        {
            return false;
        }

        var j = 0;
        for (var i = 0; i < shorter.Count - 1; i++)
        {
            while (j < longer.Count - 1 && !SameWordOrInitial(shorter[i], longer[j]))
            {
                j++;
            }

            if (j >= longer.Count - 1)
            {
                return false;
            }

            j++;
        }

        return true;
    }

    private static bool SameWordOrInitial(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return true;
        }

        return (a.Length == 1 || b.Length == 1) && VietnameseText.FoldChar(a[0]) == VietnameseText.FoldChar(b[0]);
    }

    /// <summary>
    /// The parsed form of a name, memoised: consolidation compares every pair of a person component (up to some
    /// hundreds of mentions of one surname), and parsing both names of each pair again was a quarter of a save's
    /// consolidation time at 20,000 pages (issue 14's profile). A store holds some tens of thousands of distinct
    /// names; the bound keeps hostile input from growing the memo without limit (past it, names are parsed afresh).
    /// </summary>
    internal static ParsedName Parse(string? name)
    {
        if (name is null || name.Length > MaxNameLength)
        {
            return ParseUncached(name);
        }

        return Parsed.Get(name, ParseUncached);
    }

    private const int MaxParsedNames = 200_000;

    private static readonly HopTac.Core.Caching.BoundedMemo<string, ParsedName> Parsed = new(MaxParsedNames, StringComparer.Ordinal);

    private static ParsedName ParseUncached(string? name)
    {
        var text = VietnameseText.Normalize(name);
        if (text.Length > MaxNameLength)
        {
            text = text[..MaxNameLength];
        }

        var words = new List<string>();
        var marked = new List<bool>();
        var current = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                current.Append(c);
            }
            else if (c is not ('\'' or '\u2019' or '`'))
            {
                // Apostrophes join ("O'Brien" is one word); any other non-letter separates.
                Flush();
            }
        }

        Flush();
        var stripped = StripHonorifics(words);
        words.RemoveRange(0, stripped);
        marked.RemoveRange(0, stripped);
        if (words.Count > MaxTokens)
        {
            words.RemoveRange(MaxTokens, words.Count - MaxTokens);
            marked.RemoveRange(MaxTokens, marked.Count - MaxTokens);
        }

        var isFull = words.Count >= 2 && words.All(w => w.Length > 1);
        var isVietnamese = marked.Contains(true)
            || (words.Count >= 2 && words[0].Length > 1 && VietnameseSurnames.Contains(VietnameseText.Fold(words[0].TrimEnd('1', '2', '3', '4', '5'))));
        return new ParsedName(words, isFull, isVietnamese);

        void Flush()
        {
            if (current.Length == 0 || words.Count > MaxTokens + 4)
            {
                current.Clear();
                return;
            }

            var (syllable, vietnamese) = Syllable(current.ToString());
            current.Clear();
            if (syllable.Length > 0)
            {
                words.Add(syllable);
                marked.Add(vietnamese);
            }
        }
    }

    /// <summary>How many leading words are honorifics; never the whole name.</summary>
    private static int StripHonorifics(List<string> words)
    {
        var i = 0;
        while (words.Count - i >= 2)
        {
            if (words.Count - i >= 3 && string.Equals(words[i] + " " + words[i + 1], "đông1 chi2", StringComparison.Ordinal))
            {
                i += 2;
            }
            else if (Honorifics.Contains(words[i]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>One word (NFD) as its key syllable, and whether it carries a mark only Vietnamese spelling uses.</summary>
    private static (string Syllable, bool Vietnamese) Syllable(string decomposed)
    {
        var letters = new StringBuilder(decomposed.Length);
        var tone = '\0';
        var vietnamese = false;
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case '\u0300': tone = tone == '\0' ? '1' : tone; vietnamese = true; break; // huyền: all but absent from foreign names as written here
                case '\u0301': tone = tone == '\0' ? '2' : tone; break; // sắc
                case '\u0309': tone = tone == '\0' ? '3' : tone; vietnamese = true; break; // hỏi
                case '\u0303': tone = tone == '\0' ? '4' : tone; break; // ngã
                case '\u0323': tone = tone == '\0' ? '5' : tone; vietnamese = true; break; // nặng
                case '\u0302' or '\u0306' or '\u031B':
                    // Circumflex, breve, horn: vowel quality, part of the letter ("Lân" is not "Lan"). On a
                    // consonant (Turkish "ğ") it is not Vietnamese spelling.
                    letters.Append(c);
                    vietnamese |= letters.Length >= 2 && letters[^2] is 'a' or 'e' or 'o' or 'u';
                    break;
                case '\u0111' or '\u0110':
                    letters.Append('\u0111');
                    vietnamese = true;
                    break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        letters.Append(char.ToLowerInvariant(c));
                    }

                    break;
            }
        }

        var body = letters.ToString().Normalize(NormalizationForm.FormC).ToLowerInvariant();
        if (!vietnamese && !Extraction.People.NameParts.IsSyllable(body))
        {
            // An acute or tilde on a word that is no Vietnamese syllable is foreign spelling, which pages keep or drop
            // at will ("Pérez" and "Perez", "García" and "Garcia"): it does not tell people apart.
            tone = '\0';
        }

        return (tone == '\0' || body.Length == 0 ? body : body + tone, vietnamese);
    }

    internal sealed record ParsedName(IReadOnlyList<string> Tokens, bool IsFull, bool IsVietnamese)
    {
        /// <summary>The identity key (<see cref="PersonIdentity.Key"/>), joined once per parsed name.</summary>
        public string Key { get; } = string.Join(' ', Tokens);
    }
}
