using HopTac.Core.Extraction.Gazetteers;

namespace HopTac.Core.Extraction.People;

/// <summary>Comparing and classifying the words of personal names.</summary>
internal static class NameParts
{
    // The commonest Vietnamese family names (together well over 90% of the population, per the 2005 survey of the
    // Institute of Family Studies); used only to tell a Vietnamese name from a foreign one.
    private static readonly HashSet<string> VietnameseSurnames = new(
        new[]
        {
            "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
            "Dương", "Lý", "Đào", "Đoàn", "Đinh", "Lâm", "Trịnh", "Trương", "Mai", "Tô", "Hà", "Cao", "Lương", "Tạ",
            "Kiều", "Quách", "Thái", "Lưu", "Châu", "Triệu", "La", "Tăng", "Phùng", "Chu", "Đàm", "Nghiêm", "Khổng",
            "Từ", "Lục", "Giang", "Văn", "Vương", "Hứa", "Lã", "Lại", "Mạc", "Nông", "Tống", "Thân", "Doãn", "Âu",

            // Rarer family names of well-known Vietnamese: "Uông Chu Lưu" (Vice-Chairman of the National Assembly,
            // cut to "Chu Lưu" on 19 pages of folders 300-649), "Tôn Đức Thắng", "Tôn Nữ" (the Nguyễn royal clan).
            "Uông", "Tôn",
        }.Select(CanonicalText.Key),
        StringComparer.Ordinal);

    // One Vietnamese syllable: initial consonant cluster, vowel nucleus, final consonant. "Thùy", "Quang", "My" are;
    // "Maria", "Sokolov", "Clement" are not.
    private static readonly System.Text.RegularExpressions.Regex Syllable = new(
        "^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ]{1,3}(ch|ng|nh|[cmnpt])?$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // A Vietnamese syllable written without marks: initial, one of the rhymes Quốc ngữ writes with plain vowels (a, e, i, o,
    // u, y and the diphthongs and triphthongs that need no mark), final. "oo" only before "ng"/"c" ("xoong", "moóc").
    // "Lee", "Hoon", "Hyun", "Young", "Eui" are no Vietnamese spellings; "Chung", "Thanh", "Son" are.
    private static readonly System.Text.RegularExpressions.Regex MarklessSyllable = new(
        "^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?(?:(?:oai|oay|uya|uyu|ai|ao|au|ay|eo|ia|iu|oa|oe|oi|ua|ui|uy|a|e|i|o|u|y)(ch|ng|nh|[cmnpt])?|oo(?:ng|c))$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>True for a word without marks that Vietnamese spelling can write ("Chung", "Thanh"; not "Lee", "Hoon").</summary>
    public static bool IsMarklessVietnameseSpelling(string word) => MarklessSyllable.IsMatch(word);

    /// <summary>True when the word is shaped like one Vietnamese syllable ("Tuấn", "My"; not "Sokolov").</summary>
    public static bool IsSyllable(string word) => Syllable.IsMatch(word);

    public static bool IsVietnameseSurname(string part) => VietnameseSurnames.Contains(CanonicalText.Key(part));

    // Chinese family names of the Ministry of Public Security's list of the hundred commonest (2020), in their
    // Sino-Vietnamese forms, that are not Vietnamese family names too ("Mạnh Vãn Chu", "Cảnh Sảng", "Tập Cận Bình");
    // left out are the syllables that are common Vietnamese given names ("Hồng", "Phương", "Kim", "Hùng", "Long",
    // "Hoa", "Vi", "Hạ"), which open Vietnamese stage names ("Hồng Vân").
    private static readonly HashSet<string> ChineseOnlySurnames = new(
        new[]
        {
            "Mã", "Đường", "Hàn", "Tào", "Bành", "Tiêu", "Điền", "Đổng", "Viên", "Vu", "Dư", "Diệp", "Tưởng", "Ngụy",
            "Trình", "Lữ", "Thẩm", "Nhậm", "Diêu", "Lư", "Phó", "Khương", "Thôi", "Liêu", "Thạch", "Đới", "Giả",
            "Khâu", "Hầu", "Trâu", "Mạnh", "Tần", "Bạch", "Diêm", "Tiết", "Lôi", "Sử", "Cố", "Mao", "Hác", "Thiệu",
            "Vạn", "Tiền", "Tập", "Thường", "Ôn", "Cảnh",
        }.Select(CanonicalText.Key),
        StringComparer.Ordinal);

    /// <summary>A Chinese family name that no Vietnamese carries (see <see cref="ChineseOnlySurnames"/>).</summary>
    public static bool IsChineseOnlySurname(string part) => ChineseOnlySurnames.Contains(CanonicalText.Key(part));

    /// <summary>"V." or initials written together ("A.A.", "K.Iu."): letters each followed by a dot.</summary>
    public static bool IsInitial(string part) =>
        part.Length >= 2 && char.IsUpper(part[0]) && part[^1] == '.' && part.Length <= 8
        && part.Split('.', StringSplitOptions.RemoveEmptyEntries).All(s => s.Length <= 2 && char.IsUpper(s[0]));

    // The middle names that mark a Vietnamese name's sex and are not given names by themselves in the news' usage:
    // "Nguyễn Văn" or "Lê Thị" is a name cut before its given name.
    private static readonly HashSet<string> MiddleNames = new(new[] { "Văn", "Thị" }.Select(CanonicalText.Key), StringComparer.Ordinal);

    public static bool IsMiddleName(string part) => MiddleNames.Contains(CanonicalText.Key(part));

    /// <summary>True for a name a Vietnamese reader takes for Vietnamese: a Vietnamese family name, or Vietnamese letters.</summary>
    public static bool LooksVietnamese(IReadOnlyList<string> parts)
    {
        if (parts.Count == 0)
        {
            return false;
        }

        return (parts.Count >= 2 && IsVietnameseSurname(parts[0]))
            || parts.Any(CanonicalText.HasVietnameseLetters)
            || (parts.Count >= 2 && parts.All(p => Syllable.IsMatch(p)));
    }

    /// <summary>
    /// True when <paramref name="shorter"/> can name the same person as <paramref name="longer"/>: its words end the
    /// longer name ("Sokolov", "Hương" in "Nguyễn Thanh Hương"), an initial standing for a word ("P. Sokolov").
    /// </summary>
    public static bool Compatible(IReadOnlyList<string> shorter, IReadOnlyList<string> longer)
    {
        if (ForeignSpellingKey(shorter) is { Length: > 0 } key && longer.Count > 1
            && string.Equals(key, ForeignSpellingKey(longer), StringComparison.Ordinal))
        {
            return true;
        }

        if (shorter.Count > longer.Count || shorter.Count == 0)
        {
            return false;
        }

        // "ông Shinzo", "Ngoại trưởng Vương" (a Chinese family name comes first).
        if (shorter.Count == 1 && longer.Count >= 2 && !IsInitial(shorter[0]) && PartEquals(shorter[0], longer[0]))
        {
            return true;
        }

        // "Đại sứ Pérez" for "Juan Pérez García": Spanish and Portuguese names carry two family names, and the first
        // is the one used alone. Vietnamese names are shortened only to the given name, at the end.
        if (shorter.Count == 1 && longer.Count >= 3 && !IsInitial(shorter[0]) && ForeignSpellingKey(longer) is not null
            && longer.Skip(1).Take(longer.Count - 2).Any(p => PartEquals(shorter[0], p)))
        {
            return true;
        }

        var offset = longer.Count - shorter.Count;
        var anyFull = false;
        for (var i = 0; i < shorter.Count; i++)
        {
            var a = shorter[i];
            var b = longer[offset + i];
            if (PartEquals(a, b))
            {
                anyFull |= !IsInitial(a) || !IsInitial(b);
                continue;
            }

            if (IsInitial(a) && !IsInitial(b) && char.ToUpperInvariant(b[0]) == a[0])
            {
                continue;
            }

            if (IsInitial(b) && !IsInitial(a) && char.ToUpperInvariant(a[0]) == b[0])
            {
                continue;
            }

            return false;
        }

        return anyFull;
    }

    /// <summary>
    /// Two words are the same part of a name when their keys are equal, or, for foreign words, when they differ only
    /// in marks: pages write "Pérez" and "Perez", "García" and "Garcia" for one person. Vietnamese words keep their
    /// marks apart ("Hùng" is not "Hưng").
    /// </summary>
    private static bool PartEquals(string a, string b) =>
        SamePart(a, b) || SamePart(WithoutParticle(a), WithoutParticle(b));

    /// <summary>"al - Assad" is "Assad" when the short form drops the particle ("Bashar al-Assad", "ông Assad").</summary>
    private static string WithoutParticle(string part)
    {
        var dash = part.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && dash <= 4 && char.IsLower(part[0]) ? part[(dash + 1)..].Trim() : part;
    }

    private static bool SamePart(string a, string b) =>
        string.Equals(CanonicalText.Key(a), CanonicalText.Key(b), StringComparison.Ordinal)
        || (!CanonicalText.HasVietnameseLetters(a) && !CanonicalText.HasVietnameseLetters(b) && !(IsSyllable(a) && IsSyllable(b))
            && string.Equals(HopTac.Core.Text.VietnameseText.Fold(a), HopTac.Core.Text.VietnameseText.Fold(b), StringComparison.Ordinal));

    /// <summary>
    /// The letters of a foreign name without marks, spaces or hyphens: "Kim Jong-un", "Kim Jong Un" and "Kim Jong - un"
    /// are one spelling; so are "Juan Pérez García" and "Juan Perez Garcia". Null for a Vietnamese name, whose marks
    /// and word breaks tell people apart.
    /// </summary>
    public static string? ForeignSpellingKey(IReadOnlyList<string> parts)
    {
        if (parts.Count == 0 || parts.Any(CanonicalText.HasVietnameseLetters) || IsVietnameseSurname(parts[0]) || parts.Any(IsInitial))
        {
            return null;
        }

        var letters = HopTac.Core.Text.VietnameseText.Fold(string.Concat(parts));
        return new string([.. letters.Where(char.IsLetterOrDigit)]);
    }
}
