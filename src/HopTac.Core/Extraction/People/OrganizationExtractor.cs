using HopTac.Core.Extraction.Gazetteers;
using HopTac.Core.Extraction.Sentences;
using HopTac.Core.Facts;

namespace HopTac.Core.Extraction.People;

/// <summary>
/// Finds ministries, agencies, hospitals, institutes, companies and funds with the state they belong to: a known
/// state body ("Bộ Y tế"), or a head word ("Bệnh viện", "Tập đoàn") with its name, or a capitalised run ending in a
/// company word ("Sunrise Airlines"), then the state written after it ("Bộ Y tế Cộng hòa Belarus" → BY). One record
/// per name per page, with the first sentence naming it. International organisations carry their actor code.
/// Never throws on messy text.
/// </summary>
public static class OrganizationExtractor
{
    // "Trung tâm Y tế dự phòng tỉnh Thanh Hoá", "Hiệp hội Vận tải hàng hoá TP HCM": a body's name with its place runs
    // to seven or eight words; five cut them before the place.
    private const int MaxNameWords = 8;

    public static IReadOnlyList<Organization> Extract(IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var result = new List<Organization>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences.Take(PersonExtractor.MaxSentences))
        {
            if (sentence.Text.Length > MentionFinder.MaxSentenceLength)
            {
                continue;
            }

            foreach (var (name, country) in Find(sentence.Text))
            {
                if (seen.Add(CanonicalText.PhraseKey(name)))
                {
                    result.Add(new Organization(name, country, sentence.Text, sentence.Start));
                }
            }
        }

        return result;
    }

    private static IEnumerable<(string Name, string? Country)> Find(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var i = 0;
        while (i < tokens.Count)
        {
            int n;
            int end;
            string? country = null;
            if ((n = GazetteerData.Blocs.MatchAt(tokens, i, out var bloc)) > 0)
            {
                yield return (Span(text, tokens, i, i + n), bloc!.Value);
                i += n;
                continue;
            }

            if ((n = GazetteerData.Agencies.MatchAt(tokens, i, out _)) > 0)
            {
                if (n == 2 && i > 0 && tokens[i - 1].IsWord && !tokens[i - 1].IsCapitalized
                    && string.Equals(tokens[i].Key, KeyNha, StringComparison.Ordinal) && string.Equals(tokens[i + 1].Key, KeyNuoc, StringComparison.Ordinal))
                {
                    // "ngân sách Nhà nước", "quản lý Nhà nước": "the State" after a noun qualifies it and names no body.
                    i += n;
                    continue;
                }

                end = i + n;
            }
            else if (tokens[i].IsCapitalized && GazetteerData.Places.MatchAt(tokens, i, out _) is var place and > 1
                && GazetteerData.OrganizationHeads.MatchAt(tokens, i, out _) > 0)
            {
                // "Trường Sa", "Hội An": a place whose first syllable is a body's head word ("Trường", "Hội") is no body
                // (425 such "organisations" in folders 300-449 and 500-649 of vietnews-train).
                i += place;
                continue;
            }
            else if (tokens[i].IsCapitalized && GazetteerData.Titles.MatchAt(tokens, i, out _) == 0
                && (n = GazetteerData.OrganizationHeads.MatchAt(tokens, i, out _)) > 0)
            {
                if (InsideStateName(tokens, i) || (n == 1 && !ProperAfter(tokens, i + 1)))
                {
                    // "Đài Loan", "Tây Ban Nha": the head word is a syllable of a state's name. A one-word head opens a
                    // body's name only before a capitalised word or an acronym ("Sở Tư pháp", "Trường THCS"): before a
                    // lower-case one it is a syllable of a common word ("Sở hữu", "Báo cáo", "Vụ việc", "Hội nghị").
                    i += n;
                    continue;
                }

                end = NameEnd(tokens, i + n);
                if (!Enumerable.Range(i + n, end - i - n).Any(k => tokens[k].IsCapitalized))
                {
                    // A head word with no proper name ("Bộ", "Hội nghị", "Viện liên quan") names no one body.
                    i += n;
                    continue;
                }
            }
            else if (tokens[i].IsCapitalized && !MentionFinder.IsClauseWord(tokens[i]) && TailAt(tokens, i, out var tailEnd))
            {
                if (string.Equals(tokens[i].Text, "PV", StringComparison.Ordinal))
                {
                    // "PV Người Đưa Tin": "PV" abbreviates "phóng viên" (reporter) before the outlet, no part of its name.
                    i++;
                }

                end = tailEnd;
            }
            else
            {
                i++;
                continue;
            }

            // The state it belongs to, written after it: "Bộ Y tế Lào", "Bộ Y tế nước Cộng hòa ... Việt Nam".
            var k = end < tokens.Count && tokens[end].IsWord && !tokens[end].IsCapitalized
                && string.Equals(tokens[end].Key, KeyNuoc, StringComparison.Ordinal) ? end + 1 : end;
            if ((n = GazetteerData.Countries.MatchAt(tokens, k, out var state)) > 0)
            {
                country = state!.Value;
                end = k + n;
            }

            yield return (Span(text, tokens, i, end), country);
            i = end;
        }
    }

    /// <summary>After a head word: its capitalised name ("Hữu Nghị"), or lower-case words then a brand ("sản xuất ô tô Rover").</summary>
    private static int NameEnd(IReadOnlyList<Token> tokens, int j)
    {
        var start = j;
        // A foreign word after the head ("Hãng tin Reuters", "Đại học Auckland") is a name in itself: lower-case words
        // after it are the sentence's ("Reuters dẫn nguồn tin"), not syllables of the name.
        // So is an acronym ("Bộ GTVT bổ sung kinh phí"): the lower-case words after it are the sentence's.
        // Lower-case words after them belong to the name only where a capitalised name closes them ("Công ty TNHH vận
        // tải biển Thành Hưng").
        var foreign = j < tokens.Count && tokens[j].IsCapitalized && !NameParts.IsSyllable(tokens[j].Text);
        var run = MentionFinder.OrganizationEnd(tokens, j);
        j = !foreign || (run < tokens.Count && run > j + 1 && tokens[run].IsCapitalized && GazetteerData.Countries.MatchAt(tokens, run, out _) == 0) ? run : j + 1;
        var words = j - start;
        j = Continue(tokens, j, ref words);
        var field = FieldJoinedAcross(tokens, start, j);
        if (field > j)
        {
            // "Sở Tài nguyên và Môi trường tỉnh Quảng Nam", "Phòng Giáo dục và Đào tạo": a ministry's field joined by "và"
            // is one name (Luật Tổ chức Chính phủ 2015 names them so); 480 bodies in folders 300-449 and 500-649 of
            // vietnews-train were cut at the "và". The place after it goes on as before.
            words += field - j;
            if (field + 1 < tokens.Count && MentionFinder.IsNameSyllable(tokens[field]) && tokens[field + 1].IsCapitalized)
            {
                // "… và Môi trường tỉnh Quảng Nam": the unit before the place's name.
                field++;
                words++;
            }

            j = Continue(tokens, field, ref words);
        }

        // A joining hyphen stepped over before a word that does not continue the name is not part of it.
        return j > start && !tokens[j - 1].IsWord ? j - 1 : j;
    }

    /// <summary>The end of a ministry's field ("Tài nguyên và Môi trường") that starts inside [start, end) and runs past end; else end.</summary>
    private static int FieldJoinedAcross(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var m = start; m < end; m++)
        {
            var n = GazetteerData.MinistryFields.MatchAt(tokens, m, out _);
            if (m + n > end)
            {
                return m + n;
            }
        }

        return end;
    }

    /// <summary>The capitalised parts of a body's name from <paramref name="j"/>, with the lower-case syllables between them.</summary>
    private static int Continue(IReadOnlyList<Token> tokens, int j, ref int words)
    {
        while (j < tokens.Count && words < MaxNameWords && JoinedPart(tokens, ref j)
            && GazetteerData.Countries.MatchAt(tokens, j, out _) == 0
            && GazetteerData.Titles.MatchAt(tokens, j, out _) == 0
            && MentionFinder.HonorificLength(tokens, j) == 0
            && !NameParts.IsVietnameseSurname(tokens[j].Text))
        {
            j++;
            words++;

            // Bodies' names are written in sentence case, one capital per part: a capitalised Vietnamese syllable goes on
            // in lower case ("Công an", "Xã hội", "Bưu điện", "Khí tượng"), and a second lower-case word only before a
            // capitalised one ("Công an tỉnh Quảng Nam"). A name written in title case ("Báo Dân Trí",
            // "Đại học Công nghệ Auckland") ends at its last capital: the lower-case word after it is the sentence's.
            var titleCase = j - 2 >= 0 && tokens[j - 2].IsCapitalized && !IsAcronym(tokens[j - 2].Text);
            for (var lower = 0; !titleCase && NameParts.IsSyllable(tokens[j - 1].Text) && lower < 2 && j < tokens.Count && words < MaxNameWords
                && (MentionFinder.IsNameSyllable(tokens[j]) || (lower == 0 && string.Equals(tokens[j].Key, KeyHoi, StringComparison.Ordinal)))
                && (lower == 0 || (j + 1 < tokens.Count && tokens[j + 1].IsCapitalized)); lower++)
            {
                j++;
                words++;
            }
        }

        return j;
    }

    /// <summary>
    /// True when a capitalised part of the name stands at <paramref name="j"/>, stepping over a hyphen or "&amp;" that joins
    /// two parts ("Sở GD-ĐT", "Phòng GD &amp; ĐT", "Bộ Văn hoá - Thể thao - Du lịch").
    /// </summary>
    private static bool JoinedPart(IReadOnlyList<Token> tokens, ref int j)
    {
        if (tokens[j].IsCapitalized)
        {
            return true;
        }

        if (tokens[j].IsPunctuation('.') && !tokens[j].SpaceBefore && j > 0 && CityAbbreviations.Contains(tokens[j - 1].Text)
            && j + 1 < tokens.Count && tokens[j + 1].IsCapitalized)
        {
            // "Sở Công thương TP. HCM", "Viện KSND TP. Hà Nội": "TP." abbreviates "thành phố" before the city's name,
            // which is part of the body's (the dot is no sentence end there). A city the gazetteer knows is stepped to its
            // last word, so a first word that is also a family name ("Hà" of "Hà Nội") does not end the body's name.
            var place = GazetteerData.Places.MatchAt(tokens, j + 1, out _);
            j += place > 1 ? place : 1;
            return true;
        }

        if ((tokens[j].IsPunctuation('-') || tokens[j].IsPunctuation('&')) && j > 0 && tokens[j - 1].IsWord
            && j + 1 < tokens.Count && tokens[j + 1].IsCapitalized && GazetteerData.Countries.MatchAt(tokens, j + 1, out _) == 0)
        {
            j++;
            return true;
        }

        return false;
    }

    private static bool IsAcronym(string word) => word.Length >= 2 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    /// <summary>True when a capitalised word or an acronym stands at <paramref name="j"/>.</summary>
    private static bool ProperAfter(IReadOnlyList<Token> tokens, int j) => j < tokens.Count && tokens[j].IsCapitalized;

    /// <summary>True when a state's name covers the token at <paramref name="i"/>: "Đài Loan", "Tây Ban Nha".</summary>
    private static bool InsideStateName(IReadOnlyList<Token> tokens, int i)
    {
        for (var from = Math.Max(0, i - 2); from <= i; from++)
        {
            if (GazetteerData.Countries.MatchAt(tokens, from, out _) > i - from)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A run of capitalised words that ends in a company word: "Sunrise Airlines", "Minh Long Group".</summary>
    private static bool TailAt(IReadOnlyList<Token> tokens, int i, out int end)
    {
        end = i;
        if (i > 0 && tokens[i - 1].IsCapitalized)
        {
            return false;
        }

        for (var k = i; k < tokens.Count && k < i + MaxNameWords && tokens[k].IsCapitalized; k++)
        {
            if (k > i && GazetteerData.OrganizationTails.MatchAt(tokens, k, out _) is var tail and > 0)
            {
                // The whole tail: "Người Đưa Tin" is a newspaper's name of three words ("PV Người" was cut from it).
                end = k + tail;
                return true;
            }
        }

        return false;
    }

    private static string Span(string text, IReadOnlyList<Token> tokens, int start, int end) => text[tokens[start].Start..tokens[end - 1].End];

    private static readonly HashSet<string> CityAbbreviations = new(["TP", "Tp"], StringComparer.Ordinal);

    private static readonly string KeyNuoc = CanonicalText.Key("nước");

    private static readonly string KeyNha = CanonicalText.Key("Nhà");

    // "Quốc hội", "Xã hội", "Đại hội": "hội" ends a clause elsewhere ("hội đàm") but is the second syllable of these.
    private static readonly string KeyHoi = CanonicalText.Key("hội");
}
