using System.Text.RegularExpressions;
using HopTac.Core.Extraction.Gazetteers;
using HopTac.Core.Extraction.Sentences;
using HopTac.Core.Facts;
using HopTac.Core.Text;

namespace HopTac.Core.Extraction.People;

/// <summary>
/// Finds people with their office and state; one record per person per page, in the fullest form named
/// ("Pavel Sokolov" over "P. Sokolov" and "Sokolov"), with the most specific office seen and the first sentence naming
/// them as evidence. Never throws on messy text.
/// </summary>
public static partial class PersonExtractor
{
    /// <summary>At most this many sentences are read; a longer page is furniture or an attack.</summary>
    internal const int MaxSentences = 5000;

    /// <summary>At most this many namings are merged; merging compares each with every person found so far.</summary>
    internal const int MaxMentions = 2000;

    public static IReadOnlyList<Person> Extract(IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var bounded = sentences.Take(MaxSentences).ToList();
        var mentions = bounded.SelectMany(MentionFinder.Find).Take(MaxMentions)
            .Where(m => !OpensWithPreposition(m.Parts)).ToList();
        mentions = DetachLeadingPlaces(mentions, bounded);
        if (mentions.Count == 0)
        {
            return [];
        }

        return Merge(mentions, ForeignStates(bounded), new StateCounts(bounded));
    }

    private static List<Person> Merge(List<PersonMention> mentions, IReadOnlyList<string> pageStates, StateCounts unclaimed)
    {
        // Fuller forms first, so "Sokolov" joins "Pavel Sokolov" rather than founding a person of its own.
        var groups = new List<List<PersonMention>>();
        foreach (var mention in mentions.OrderByDescending(m => m.FullParts).ThenByDescending(m => m.Parts.Count))
        {
            var group = groups.FirstOrDefault(g => NameParts.Compatible(mention.Parts, g[0].Parts) || NameParts.Compatible(g[0].Parts, mention.Parts));
            if (group is null)
            {
                groups.Add([mention]);
            }
            else
            {
                group.Add(mention);
            }
        }

        // A lone Vietnamese syllable ("Bộ trưởng Lan") names someone only as a short form of a fuller name; alone
        // it is more often a word of an organisation's name ("Trưởng phòng Kế hoạch"). Foreign surnames stand alone.
        return [.. groups
            .Where(g => g[0].Parts.Count > 1 || !NameParts.IsSyllable(g[0].Parts[0]) || g.Any(m => m.ViaHonorific))
            .Where(g => !IsAbbreviation(g[0].Parts) && !NamesAdministrativeUnit(g[0].Parts) && !NamesRegion(g[0].Parts) && !NamesVietnameseBranch(g[0].Parts) && !g[0].Parts.Any(IsBrandWord))
            .Where(g => !IsBodyAfterHeadOffice(g) && !NamesPartyCommittee(g[0].Parts) && !IsTerritoryAfterOffice(g))
            .Select(g => ToPerson(g, pageStates, unclaimed))
            .OrderBy(p => p.EvidenceStart)];
    }

    /// <remarks>
    /// The last guess for a person the page gives no state (no office, no apposition, no known public figure, no
    /// Vietnamese or Sino-Vietnamese name) is a foreign state the page names, counted without the states that are other
    /// people's offices and without the states named in what this person says (ReportedSpeech): first in the person's
    /// own sentences, then on the page. The guess must be clear: of the states a person of the name's shape can belong
    /// to (NameShape), the most named one is named at least twice as often as the next. A page that names Russia and
    /// Poland about as often says nothing about which of them a minister with no state serves; null is better there
    /// than a wrong partner.
    /// </remarks>
    private static Person ToPerson(List<PersonMention> group, IReadOnlyList<string> pageStates, StateCounts unclaimed)
    {
        var name = DisplayForm(group);
        var first = group.MinBy(m => m.Sentence.Start)!;
        var titled = group.Where(m => m.Title is not null).ToList();
        var best = titled.OrderByDescending(m => WordCount(m.Title!)).ThenBy(m => m.Sentence.Start).FirstOrDefault();
        var state = best?.State ?? group.Select(m => m.State).FirstOrDefault(s => s is not null);
        state ??= PublicFigures.StateOf(name.Parts) ?? StateByName(name.Parts, pageStates, () => SinoEvidence(group))
            ?? GuessState(group, name.Parts, unclaimed);
        return new Person(name.Name, best?.Title, state, first.Sentence.Text, first.Sentence.Start);
    }

    private static string? GuessState(List<PersonMention> group, IReadOnlyList<string> parts, StateCounts unclaimed)
    {
        var spoken = new HashSet<int>();
        var own = new HashSet<int>();
        foreach (var mention in group)
        {
            (ReportedSpeech.IsSpeaker(mention.Sentence, mention.Parts) ? spoken : own).Add(mention.Sentence.Start);
        }

        own.ExceptWith(spoken);
        return StateCounts.Clear(unclaimed.In(own), parts) ?? StateCounts.Clear(unclaimed.Without(spoken), parts);
    }

    /// <summary>
    /// Of the spellings of the group's fullest name ("Kim Jong-un", "Kim Jong Un"; "Juan Perez", "Juan Pérez"), the one
    /// the page writes most often, then the one with marks, then the first.
    /// </summary>
    private static PersonMention DisplayForm(List<PersonMention> group)
    {
        var head = group[0];
        var key = NameParts.ForeignSpellingKey(head.Parts);
        if (key is null)
        {
            return head;
        }

        return group.Where(m => string.Equals(NameParts.ForeignSpellingKey(m.Parts), key, StringComparison.Ordinal))
            .GroupBy(m => m.Name, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key.Count(c => c > '\u007F'))
            .ThenBy(g => g.Min(m => m.Sentence.Start))
            .First().First();
    }

    // States whose people the Vietnamese press names in Sino-Vietnamese syllables ("Tập Cận Bình", "Kim Nhật Thành"),
    // which look like Vietnamese names but do not begin with a Vietnamese family name.
    private static readonly HashSet<string> SinoVietnameseStates = new(["CN", "TW", "HK", "MO", "KP", "KR"], StringComparer.Ordinal);

    // Of those, the states whose people carry Chinese family names ("ông Tập" on a page about North Korea is China's).
    private static readonly HashSet<string> ChineseStates = new(["CN", "TW", "HK", "MO"], StringComparer.Ordinal);

    /// <summary>
    /// The state a name's shape tells when no office on the page does: Vietnamese for a Vietnamese name or a lone
    /// Vietnamese given name ("bà Nga", "ông Hùng"); the page's Chinese or Korean state for Sino-Vietnamese syllables
    /// that do not begin with a Vietnamese family name, or for a lone family name on such a page ("ông Tập", "ông Lý").
    /// Null when the shape tells nothing.
    /// </summary>
    /// <remarks>
    /// The shape alone cannot say Vietnam for a name the press could have rendered from Chinese or Korean: "Dương Khiết
    /// Trì", "Chu Ân Lai" and "Quách Bình" are written exactly as Vietnamese names are (a family name both peoples share,
    /// then Sino-Vietnamese given names), and facts.md gives a person the state they act for, not the state their
    /// name's form suggests. For such a name (<see cref="SinoRenderable"/>) the page's evidence is read first
    /// (<see cref="SinoEvidence"/>); Vietnam stays the reading where the page gives none. A Korean romanisation of three
    /// words ("Lee Do Hoon", "Kim Chang Son") is never Vietnamese (<see cref="IsKoreanRomanisation"/>).
    /// </remarks>
    private static string? StateByName(IReadOnlyList<string> parts, IReadOnlyList<string> pageStates, Func<string?> sinoEvidence)
    {
        var pageState = pageStates.Count == 0 ? null : pageStates[0];
        var sino = pageState is not null && SinoVietnameseStates.Contains(pageState);
        if (parts.Count >= 2 && NameParts.IsChineseOnlySurname(parts[0]) && parts.All(NameParts.IsSyllable)
            && pageStates.FirstOrDefault(SinoVietnameseStates.Contains) is { } named)
        {
            // "giám đốc tài chính Huawei Mạnh Vãn Chu" on a page about Canada and China: a Chinese family name no
            // Vietnamese carries, on a page that names China (or another state that writes names so), is that state's.
            return named;
        }

        if (parts.Count == 1)
        {
            if (!NameParts.IsSyllable(parts[0]))
            {
                return null;
            }

            // "ông Tập", "ông Lý", "ông Kim" on a Chinese or Korean page: a family name alone, the way the press names
            // that state's leaders; "Kim" is the commonest Korean family name and no Vietnamese one.
            if (sino && (NameParts.IsVietnameseSurname(parts[0]) || NameParts.IsChineseOnlySurname(parts[0])
                || string.Equals(parts[0], "Kim", StringComparison.Ordinal)))
            {
                return pageState;
            }

            // "Sau khi gặp ông Tập ở Washington, …", "bà Mạnh" (Meng Wanzhou): a Chinese family name no Vietnamese
            // carries, alone, on a page that names China (or another state that writes names so), as the multi-word
            // rule above; another family name alone reads from what describes the person (SinoEvidence).
            if (NameParts.IsChineseOnlySurname(parts[0]) && pageStates.FirstOrDefault(ChineseStates.Contains) is { } namedState)
            {
                return namedState;
            }

            return SinoRenderable(parts) ? sinoEvidence() ?? "VN" : "VN";
        }

        if (NameParts.IsInitial(parts[0]) && parts.Skip(1).All(NameParts.IsSyllable))
        {
            // "L. Nghe", "T.V. Lâm": the press shortens Vietnamese names of private people to initials and the given name.
            return "VN";
        }

        if (!NameParts.LooksVietnamese(parts))
        {
            return null;
        }

        if (IsKoreanRomanisation(parts))
        {
            // Not Vietnamese, whatever the page: what describes the person, else the page's Chinese or Korean state as
            // below, else the last guess (GuessState).
            return sinoEvidence() ?? (sino ? pageState : null);
        }

        if (sino && !NameParts.IsVietnameseSurname(parts[0]) && parts.All(NameParts.IsSyllable))
        {
            return pageState;
        }

        return SinoRenderable(parts) ? sinoEvidence() ?? "VN" : "VN";
    }

    // Vietnamese family names the press never uses to render a Chinese or Korean name: "Nguyễn" (Ruan, outside the
    // hundred commonest Chinese family names of the Ministry of Public Security's 2020 list; 38% of Vietnamese), and
    // "Huỳnh" and "Võ", the southern Vietnamese forms of "Hoàng" and "Vũ" (a Chinese Huang is "Hoàng", a Wu "Ngô").
    private static readonly HashSet<string> VietnameseOnlyRenderings = new(new[] { "Nguyễn", "Huỳnh", "Võ" }.Select(CanonicalText.Key), StringComparer.Ordinal);

    /// <summary>
    /// A name the press could have rendered from Chinese or Korean in Sino-Vietnamese syllables: syllables only, no
    /// Vietnamese middle name ("Văn", "Thị" mark a Vietnamese name's sex and open no Chinese given name in the press's
    /// renderings of leaders), not opening with a family name only Vietnamese carry; alone, a family name ("ông Tập",
    /// "ông Lý"), never a given name ("bà Nga").
    /// </summary>
    private static bool SinoRenderable(IReadOnlyList<string> parts) =>
        parts.Count is >= 1 and <= 3 && parts.All(NameParts.IsSyllable) && !parts.Any(NameParts.IsMiddleName)
        && !VietnameseOnlyRenderings.Contains(CanonicalText.Key(parts[0]))
        && (parts.Count > 1 || NameParts.IsVietnameseSurname(parts[0]) || NameParts.IsChineseOnlySurname(parts[0]));

    /// <summary>
    /// "Lee Do Hoon", "Kim Chang Son", "Choi Sun Hee": three or more words of plain letters (no mark at all), the first a
    /// Korean family name (<see cref="NameShape"/>) and no Vietnamese one, and either "Kim" (a fifth of Koreans, no
    /// Vietnamese family name) or a word Vietnamese spelling cannot write without marks ("Lee", "Hoon", "Hyun",
    /// "Young": <see cref="NameParts.IsMarklessVietnameseSpelling"/>). A Vietnamese name whose words happen to carry no
    /// marks ("NTK Chung Thanh Phong") is spelled with Vietnamese rhymes only.
    /// </summary>
    private static bool IsKoreanRomanisation(IReadOnlyList<string> parts) =>
        parts.Count >= 3 && parts.All(p => p.All(char.IsAsciiLetter)) && !NameParts.IsVietnameseSurname(parts[0])
        && NameShape.IsKoreanFamilyName(parts[0]) && parts.All(NameParts.IsSyllable)
        && (string.Equals(parts[0], "Kim", StringComparison.Ordinal) || !parts.All(NameParts.IsMarklessVietnameseSpelling));

    /// <summary>
    /// The Chinese or Korean state the page gives a person whose name could be rendered from Chinese or Korean, where
    /// no office of the titles list does, read from the words that describe this person and no other in one of their
    /// sentences:
    /// <list type="bullet">
    /// <item>a state written right before the name ("Uỷ viên Quốc vụ viện Trung Quốc Dương Khiết Trì": an office the
    /// titles list does not hold, but a state before a name is that person's office);</item>
    /// <item>an apposition or a copula after the name ("ông Dương Khiết Trì - uỷ viên quốc vụ Trung Quốc -", "Tống
    /// Trung Bình, chuyên gia quân sự tại Bắc Kinh", "Ông Dương Khiết Trì là quan chức cấp cao nhất của Trung Quốc"),
    /// up to the next comma, dash or bracket;</item>
    /// <item>a copula before the name ("thủ tướng Trung Quốc khi ấy là ông Chu Ân Lai", "đại sứ Trung Quốc tại Manila là
    /// ông Triệu Giám Hoa"): the first state of the clause that ends in "là";</item>
    /// <item>the side a list of delegates is introduced with ("Về phía Trung Quốc có Phó thủ tướng Lưu Hạc, …, Bộ trưởng
    /// Thương mại Chung Sơn", "Đại diện cho phía Trung Quốc là Đô đốc Tôn Kiến Quốc"): the state after the last "phía"
    /// before the name.</item>
    /// </list>
    /// Only these states count (the press renders no other people's names in Sino-Vietnamese syllables, so "Hội nghị an
    /// ninh Munich ở Đức" says nothing about Dương Khiết Trì), and a phrase that also names Vietnam says nothing. The
    /// rest of the sentence is not read: in folders 300-449 and 500-649 of vietnews-train, counting every state a
    /// person's sentences name moved 179 people, about half of them Vietnamese officials on pages about trade with China
    /// or Chinese tourists ("Phó giám đốc Sở Nông nghiệp … Quảng Nam cho biết … thị trường Trung Quốc").
    /// </summary>
    private static string? SinoEvidence(List<PersonMention> group)
    {
        foreach (var mention in group.OrderBy(m => m.Sentence.Start))
        {
            if (DescribingState(mention) is { } state)
            {
                return state;
            }
        }

        return null;
    }

    private static string? DescribingState(PersonMention mention)
    {
        var text = mention.Sentence.Text;
        if (text.Length > MentionFinder.MaxSentenceLength)
        {
            return null;
        }

        var name = string.Join(' ', mention.Parts);
        var states = GazetteerData.Countries.FindAll(text);
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if ((at > 0 && char.IsLetter(text[at - 1])) || (end < text.Length && char.IsLetter(text[end])))
            {
                continue;
            }

            // A state right before the name.
            if (states.FirstOrDefault(m => m.Start + m.Length + 1 == at && text[at - 1] == ' ') is { } before)
            {
                return SinoOrNull([before]);
            }

            // An apposition or a copula after the name, past a bracketed original spelling ("Hà Lôi (He Lei), …").
            var rest = end;
            if (rest + 2 < text.Length && text[rest] == ' ' && text[rest + 1] == '(' && text.IndexOf(')', rest) is var close and > 0)
            {
                // "giáo sư Kim Doo Hyun (Hàn Quốc)": a state alone in the brackets is the person's.
                var inBrackets = text[(rest + 2)..close].Trim();
                if (GazetteerData.Countries.Lookup(inBrackets) is { } bracketed)
                {
                    return SinoVietnameseStates.Contains(bracketed.Value) ? bracketed.Value : null;
                }

                // "Quách Bình (Guo Ping)", "Trương Dương (Zhang Yang)": the press gives the original spelling in brackets,
                // and a Hanyu pinyin one is mainland China's (Hong Kong writes Cantonese romanisations, "Carrie Lam",
                // "Joshua Wong"; Taiwan Wade-Giles with hyphens, "Tsai Ing-wen").
                var words = inBrackets.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length is >= 2 and <= 4 && words.All(w => w.Length > 0 && char.IsUpper(w[0]) && NameShape.IsPinyinWord(w.ToLowerInvariant())))
                {
                    return "CN";
                }

                rest = close + 1;
            }

            var after = text[rest..];
            var lead = AppositionLead().Match(after);
            if (lead.Success && !SpeakerIntro().IsMatch(text[..at]) && !ListIntro().IsMatch(text[..at]))
            {
                var from = rest + lead.Length;
                var stop = AppositionEnd().Match(text, from) is { Success: true } e ? e.Index : text.Length;
                // The owner after "của" is whom the role belongs to ("chuyên gia các vấn đề liên Triều Tiên của Bộ Quốc
                // phòng Hàn Quốc" serves South Korea); without one, the first state named.
                var owner = text.IndexOf(" của ", from, stop - from, StringComparison.Ordinal);
                // A relative's description names the relative with their office ("một trong những người vợ của cố lãnh tụ
                // Bắc Triều Tiên Kim Jong Il"): there the office's state before the relative's name is the family's.
                var kin = KinshipDescription().IsMatch(text[from..stop]);
                var described = states.Where(m => m.Start >= (owner < 0 ? from : owner) && m.Start < stop && (kin || !NameFollowsAt(text, m.Start + m.Length)))
                    .OrderBy(m => m.Start).FirstOrDefault();
                if (described is not null && OpensRole(text[from..stop]) && !AspectMarker().IsMatch(text[from..described.Start])
                    && (owner < 0 ? WordCount(text[from..described.Start]) <= MaxAppositionWords
                        : WordCount(text[from..owner]) <= MaxAppositionWords && WordCount(text[owner..described.Start]) <= MaxOwnerWords)
                    && SinoOrNull([described]) is { } state)
                {
                    return state;
                }
            }

            // A copula before the name: the first state of the clause that ends in "là (ông|bà)".
            var head = text[..at];
            var copula = CopulaBefore().Match(head);
            if (copula.Success)
            {
                var clauseStart = Math.Max(0, head.LastIndexOfAny([',', ';', ':', '.'], copula.Index) + 1);
                var inClause = states.Where(m => m.Start >= clauseStart && m.Start + m.Length <= copula.Index).OrderBy(m => m.Start).ToList();
                var notOffices = inClause.Where(m => !NameFollowsAt(text, m.Start + m.Length)).ToList();
                if (notOffices.Count > 0 && !inClause.Any(IsVietnam))
                {
                    return SinoOrNull([notOffices[0]]);
                }
            }

            // The side a list of delegates is introduced with: "phía <state> có|là|gồm|do …" and the list up to the name.
            var side = SideWord().Matches(head).LastOrDefault();
            if (side is not null && states.FirstOrDefault(m => m.Start == side.Index + side.Length) is { } sideState
                && SideList().Match(text[(sideState.Start + sideState.Length)..at]) is { Success: true } list
                && (OpensRole(list.Groups[1].Value) || (list.Groups[1].Value.Length > 0 && char.IsUpper(list.Groups[1].Value[0]))))
            {
                return SinoOrNull([sideState]);
            }
        }

        return null;
    }

    private static bool IsVietnam(Gazetteers.GazetteerMatch match) => string.Equals(match.Entry.Value, "VN", StringComparison.Ordinal);

    /// <summary>The one Chinese or Korean state among the matches, where none of them is Vietnam.</summary>
    private static string? SinoOrNull(IReadOnlyList<Gazetteers.GazetteerMatch> matches)
    {
        if (matches.Count == 0 || matches.Any(IsVietnam))
        {
            return null;
        }

        var sino = matches.Select(m => m.Entry.Value).Where(SinoVietnameseStates.Contains).Distinct(StringComparer.Ordinal).ToList();
        return sino.Count == 1 ? sino[0] : null;
    }

    /// <summary>A capitalised word, then another, right after a state: another person's office ("… Trung Quốc Tập Cận Bình").</summary>
    private static bool NameFollowsAt(string text, int end) =>
        end + 2 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1])
        && text.IndexOf(' ', end + 1) is var space and > 0 && space + 1 < text.Length && char.IsUpper(text[space + 1]);

    // An apposition longer than this is a clause about something else ("Giám đốc công ty báo cáo nhận các đoàn khách từ
    // đối tác Đài Loan"), not the person's description.
    private const int MaxAppositionWords = 10;

    // The tense and aspect markers that stand before Vietnamese verbs: a description holding one before its state is a
    // predicate ("Lê Hoài Anh, Tổng thư ký đã sang Hàn Quốc thương thảo …"), not the person's role.
    [GeneratedRegex(@"(?:^|\s)(?:đã|đang|sẽ|vừa|từng|mới)\s", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex AspectMarker();

    // "của Bộ Quốc phòng Hàn Quốc", "của Viện Quốc gia Trung Quốc": the owner's body before its state.
    private const int MaxOwnerWords = 6;

    /// <summary>
    /// True when the words open a noun phrase of a role, the form of a Vietnamese apposition ("phó chủ tịch Quân uỷ …",
    /// "một nhà khoa học …", "chuyên gia về hải quân …", "quan chức cấp cao …"): an office of the titles list, or a head
    /// noun of roles and offices. A clause after a comma ("Theo ông Lộc, hiện nay Trung Quốc …", "qua phát biểu của ông
    /// Khải, việc nhập hàng từ Trung Quốc …") describes no one.
    /// </summary>
    private static bool OpensRole(string words)
    {
        var tokens = Tokenizer.Tokenize(words);
        var i = 0;
        while (i < tokens.Count && tokens[i].IsWord && RoleModifiers.Contains(tokens[i].Key))
        {
            i++;
        }

        if (i >= tokens.Count || !tokens[i].IsWord)
        {
            return false;
        }

        return GazetteerData.Titles.MatchAt(tokens, i, out _) > 0 || RoleHeads.Contains(tokens[i].Key);
    }

    // "một", "là" and the words for former, new and acting before a role ("cựu phó chủ tịch", "nguyên Trưởng ban").
    private static readonly HashSet<string> RoleModifiers = new(new[] { "một", "là", "cựu", "nguyên", "tân", "đương kim", "quyền", "trong", "những" }.Select(CanonicalText.Key), StringComparer.Ordinal);

    // "vợ của", "mẹ của", "con gái của", "em gái của", "người vợ của": a description by kinship to the person named next.
    [GeneratedRegex(@"^(?:một trong những |một |là )?(?:người )?(?:vợ|chồng|mẹ|cha|bố|con|con gái|con trai|em|em gái|em trai|anh|anh trai|chị|chị gái)\s+(?:\p{Ll}+\s+)?của\s", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex KinshipDescription();

    // The head nouns of Vietnamese role and office names outside the titles list: persons ("người", "nhà" in "nhà
    // khoa học", "nhà bình luận"), experts, officials, members, advisers, delegates, and the office morphemes that open
    // most office names ("trưởng", "phó", "tổng", "chủ tịch", "chủ nhiệm", "uỷ viên", "giám đốc").
    private static readonly HashSet<string> RoleHeads = new(
        new[]
        {
            "người", "nhà", "chuyên gia", "quan chức", "học giả", "giáo sư", "tiến sĩ", "thành viên", "cố vấn", "uỷ viên", "ủy viên",
            "đại diện", "trưởng", "phó", "tổng", "chủ tịch", "chủ nhiệm", "giám đốc", "lãnh đạo", "luật sư", "thư ký", "trợ lý",
            "con", "vợ", "chồng", "em", "anh", "chị", "cha", "mẹ", "tỉ phú", "tỷ phú", "doanh nhân", "tướng", "đô đốc", "đặc phái viên",
            "đại sứ", "bộ trưởng", "thứ trưởng", "nghị sĩ", "phát ngôn viên",
        }.Select(w => CanonicalText.Key(w.Split(' ')[0])),
        StringComparer.Ordinal);

    // "khách mời gồm ông Phan, một chuyên gia tới từ Đài Loan và …": after "gồm", "bao gồm", "như" the comma separates
    // the items of a list, and what follows is the next item.
    [GeneratedRegex(@"(?:^|\s)(?:gồm|bao gồm|gồm có|như)\s+(?:(?:ông|bà|Ông|Bà)\s+)?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex ListIntro();

    // "Theo ông X, …": the comma after a name introduced by "Theo" closes the source, and what follows is what they say.
    [GeneratedRegex(@"(?:^|\s)[Tt]heo(?:\s+\p{L}+){0,3}\s*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex SpeakerIntro();

    // What stands between "phía <state>" and a delegate of its list: "có", "là", "gồm", "do", "đồng chủ trì là", then
    // the list (offices, names, commas, "và"), with no full stop, semicolon, colon or quotation mark; the list opens
    // with an office or a name ("phía Trung Quốc có lệnh …" opens none).
    [GeneratedRegex(@"^\s*,?\s*(?:có|là|gồm(?:\s+có)?|do|đồng chủ trì là)\s([^.;:""“”]*)$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex SideList();

    // ", ", " - ", " – " or " là " right after a name opens what describes the person.
    [GeneratedRegex(@"^(?:\s*,\s*|\s+[-–]\s+|\s+là\s+)", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex AppositionLead();

    // The description ends at the next comma, dash, bracket, semicolon or full stop.
    [GeneratedRegex(@",|;|:|\)|""|“|”|\s[-–]\s|\.(?:\s|$)", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex AppositionEnd();

    // "… là ông " / "… là bà " / "… là " right before the name.
    [GeneratedRegex(@"\slà(?:\s+(?:ông|bà|Ông|Bà))?\s+$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex CopulaBefore();

    // "phía " before a state: the side a delegation or a list of officials belongs to.
    [GeneratedRegex(@"(?:^|\s)[Pp]hía\s(?:đại diện\s)?", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex SideWord();

    /// <summary>
    /// The foreign states the page names, most named first (ties in order of first naming): the first is the state
    /// the page is about, which Sino-Vietnamese names and lone family names belong to (StateByName).
    /// </summary>
    private static List<string> ForeignStates(IEnumerable<Sentence> sentences)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var (state, count) in StateCounts.Count(sentence, skipOthersOffices: false))
            {
                counts[state] = counts.GetValueOrDefault(state) + count;
            }
        }

        return [.. counts.OrderByDescending(kv => kv.Value).Select(kv => kv.Key)];
    }

    /// <summary>
    /// "Trên Twitter, Tổng thống Trump …": a preposition or clause word opening the sentence is capitalised but begins
    /// no name (none of these is a Vietnamese family name).
    /// </summary>
    private static bool OpensWithPreposition(IReadOnlyList<string> parts) =>
        parts.Count > 1 && Prepositions.Contains(parts[0]);

    private static readonly HashSet<string> Prepositions = new(["Trên", "Theo", "Tại", "Trong", "Với", "Sau", "Khi", "Ngoài", "Dưới"], StringComparer.Ordinal);

    /// <summary>
    /// "lãnh đạo Catalonia Carles Puigdemont": a foreign name of three words or more whose first word the page also
    /// writes on its own, while the rest is named as a person, carries a place or body before it; the person is the
    /// rest. A first name is rarely written alone, a place or body often. A place or body of two words ("thị trưởng New
    /// York Bill de Blasio", "thủ lĩnh Khmer Đỏ Nuon Chea", "Chủ tịch Goldman Sachs Lloyd Blankfein") is read the same
    /// way, where the rest is a name of two words or more the page writes on its own.
    /// </summary>
    private static List<PersonMention> DetachLeadingPlaces(List<PersonMention> mentions, IReadOnlyList<Sentence> sentences)
    {
        var result = new List<PersonMention>(mentions.Count);
        foreach (var mention in mentions)
        {
            var parts = mention.Parts;
            var detached = false;
            for (var skip = 2; skip >= 1 && !detached; skip--)
            {
                if (parts.Count >= skip + 2 && !NameParts.IsSyllable(parts[0]) && !NameParts.IsInitial(parts[0])
                    && parts.Take(skip).All(p => p.Length > 0 && char.IsUpper(p[0]))
                    && mentions.Any(m => m.Parts.Count == parts.Count - skip && m.Parts.SequenceEqual(parts.Skip(skip), StringComparer.Ordinal))
                    && WrittenAlone(string.Join(' ', parts.Take(skip)), parts[skip], sentences))
                {
                    result.Add(mention with { Parts = [.. parts.Skip(skip)] });
                    detached = true;
                }
            }

            if (detached)
            {
                continue;
            }

            result.Add(mention);
        }

        return result;
    }

    private static bool WrittenAlone(string word, string next, IReadOnlyList<Sentence> sentences)
    {
        foreach (var sentence in sentences)
        {
            var text = sentence.Text;
            for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + word.Length, StringComparison.Ordinal))
            {
                var end = i + word.Length;
                var bounded = (i == 0 || !char.IsLetter(text[i - 1])) && (end == text.Length || !char.IsLetter(text[end]));
                if (bounded && !text.AsSpan(end).TrimStart().StartsWith(next, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "Lãnh đạo VinFast", "DaiKin Việt Nam": a capital inside a word after a lower-case letter writes a brand; personal
    /// names have one only after the prefixes "Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von" ("McCain",
    /// "DiCaprio", "LeBron").
    /// </summary>
    private static bool IsBrandWord(string part)
    {
        for (var i = 1; i < part.Length; i++)
        {
            if (char.IsUpper(part[i]) && char.IsLower(part[i - 1])
                && !NamePrefixes.Contains(part[..i]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> NamePrefixes = new(["Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "Du", "Al", "El"], StringComparer.Ordinal);

    /// <summary>
    /// "Tổng giám đốc Vietjet", "chủ tịch Theranos", "Chủ tịch Yokohama FC", "lãnh đạo Apple": the offices that head a
    /// company, a club or a bank take the body as their complement, and the press names the holder in full before it
    /// writes a surname alone. One foreign word (not a Vietnamese syllable, not a known public figure) named only after
    /// such an office, never after "ông"/"bà", and never as part of a fuller name on the page is the body. In folders
    /// 570-599 of vietnews-train 16 of the 20 such one-word "people" were companies, banks and clubs (Habeco, Fed,
    /// Huawei, Vinamilk, Formosa …); three gone from the seeds and ViMs ("Vietjet", "Theranos", "Yokohama").
    /// </summary>
    /// <remarks>
    /// The same holds, for a word written right after the office, where the office's complement is a place or a body
    /// rather than a person: a territory's head ("thị trưởng Kumamoto, ông Kazufumi Onishi", "Thống đốc Florida",
    /// "thủ hiến Catalonia"), a spokesperson or head of a body ("Người phát ngôn Rosatom", "người đứng đầu Amtrak"),
    /// "Đô đốc" before a lone surname (the Russian navy names its ships "Admiral X": "tàu hộ vệ Đô đốc Gorshkov"; an
    /// admiral himself is named in full), and any office whose words already name a body, with an acronym or a body's
    /// head word and no state ("chủ tịch HĐQT Vinaconex", "tổng giám đốc Công ty cổ phần BIM Energy", "lãnh đạo
    /// Trường đại học Kyushu"): the word is the end of the body's name. In folders 300-349 and 500-549 of
    /// vietnews-train (10,545 pages) the rule drops 116 one-word "people": 104 bodies, places and ships, 11 names cut
    /// before (the "Jie" of "Li Jie", "Chiwenga" of "Constantino Chiwenga") and one mayor named by surname alone.
    /// </remarks>
    private static bool IsBodyAfterHeadOffice(List<PersonMention> group)
    {
        var parts = group[0].Parts;
        if (parts.Count != 1 || NameParts.IsSyllable(parts[0]) || group.Any(m => m.ViaHonorific) || PublicFigures.StateOf(parts) is not null)
        {
            return false;
        }

        try
        {
            return group.TrueForAll(m => m.Title is { } title
                && (HeadOffice().IsMatch(title) || (m.AfterOffice && (PlaceOrBodyOffice().IsMatch(title) || (m.State is null && NamesBody(title))))));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// "Phó Bí thư Thành Uỷ, Chủ tịch HĐND …", "Lãnh đạo Thành Uỷ, UBND TP. HCM": the Party's committees of a province, a
    /// city, a district, a town or a body (Điều lệ Đảng Cộng sản Việt Nam: tỉnh uỷ, thành uỷ, huyện uỷ, quận uỷ, thị uỷ,
    /// đảng uỷ) are written with a capital "Uỷ" in headlines and credits and then look like a two-word name; "uỷ" (委,
    /// committee) is the compound's head, no given name.
    /// </summary>
    private static bool NamesPartyCommittee(IReadOnlyList<string> parts) =>
        parts.Count == 2 && PartyCommittees.Contains(CanonicalText.PhraseKey(parts[0] + " " + parts[1]));

    private static readonly HashSet<string> PartyCommittees = new(
        // One spelling each: the key moves the tone mark to the word's end, so "uỷ" and "ủy" share it.
        new[] { "Tỉnh uỷ", "Thành uỷ", "Huyện uỷ", "Quận uỷ", "Thị uỷ", "Đảng uỷ" }.Select(CanonicalText.PhraseKey),
        StringComparer.Ordinal);

    /// <summary>
    /// "bí thư tỉnh uỷ Quý Châu", "cựu bí thư Trùng Khánh", "thị trưởng Thiên Tân", "lãnh đạo Sóc Sơn": a party secretary,
    /// a mayor and "lãnh đạo" (the leadership) take the territory or body they head as their complement, and its name, in
    /// Sino-Vietnamese syllables, looks like a name of two syllables. Such a "person" is the territory where
    /// nothing on the page makes it a person: named only right after such an office, never after "ông"/"bà", and not
    /// opening with a family name (Vietnamese, the Chinese ones no Vietnamese carries, or "Kim"), as the press names a
    /// party secretary or a mayor in full ("Bí thư Tỉnh uỷ Nguyễn Văn A"). Three syllables stay a person: the commonest
    /// shape of a Chinese name ("cựu bí thư Bạc Hy Lai", a family name outside the hundred commonest). Folders 300-449 and
    /// 500-649 of vietnews-train: see docs/accuracy.md, "People: session-17 round-2 notes".
    /// </summary>
    private static bool IsTerritoryAfterOffice(List<PersonMention> group)
    {
        var parts = group[0].Parts;
        if (parts.Count != 2 || !parts.All(NameParts.IsSyllable) || NameParts.IsVietnameseSurname(parts[0])
            || NameParts.IsChineseOnlySurname(parts[0]) || string.Equals(parts[0], "Kim", StringComparison.Ordinal)
            || group.Any(m => m.ViaHonorific) || PublicFigures.StateOf(parts) is not null)
        {
            return false;
        }

        try
        {
            // A naming in the same sentence as such an office's is that naming's apposition ("bí thư tỉnh uỷ Hải Nam, thị
            // trưởng Bắc Kinh" reads the next office as the territory's too).
            // The name must follow the office's words directly: "cựu bí thư Trùng Khánh Bạc Hy Lai" (the territory detached,
            // DetachLeadingPlaces) names the secretary himself.
            var afterOffice = group.Where(m => m.AfterOffice && m.Title is { } title && TerritoryOffice().IsMatch(title)
                    && m.Sentence.Text.Contains(title + " " + m.Name, StringComparison.Ordinal))
                .Select(m => m.Sentence.Start).ToHashSet();
            return afterOffice.Count > 0 && group.TrueForAll(m => afterOffice.Contains(m.Sentence.Start));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    // The offices whose complement is the territory or body they head: a party secretary (of the territory's committee),
    // a mayor or a province's head, the leadership; "cựu", "nguyên", "phó" before them.
    [GeneratedRegex(@"^(?:(?:cựu|nguyên|phó|tân)\s+)*(?:bí thư|lãnh đạo|thị trưởng|tỉnh trưởng)(?:\s+(?:tỉnh|thành|huyện|quận|thị)\s+(?:uỷ|ủy))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex TerritoryOffice();

    private static readonly HashSet<string> FormerOrNew = new(new[] { "cựu", "nguyên", "tân" }.Select(CanonicalText.Key), StringComparer.Ordinal);

    // Offices whose complement is a body rather than a state: chairs, directors, CEOs, founders, owners, "lãnh đạo".
    [GeneratedRegex(@"(?:^|\s)(?:chủ tịch|giám đốc|lãnh đạo(?: CLB| công ty| tập đoàn| hãng)?|CEO|nhà sáng lập|người sáng lập|ông chủ|bà chủ|chủ sở hữu|nhà đồng sáng lập)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex HeadOffice();

    // Offices whose complement is a territory or a body: a mayor's city, a governor's state or central bank, a premier's
    // province ("thủ hiến", "tỉnh trưởng"), the body a spokesperson or head speaks for, and the admiral a ship is named after.
    [GeneratedRegex(@"(?:^|\s)(?:thị trưởng|thống đốc|thủ hiến|tỉnh trưởng|phát ngôn viên|người phát ngôn|người đứng đầu|đô đốc)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex PlaceOrBodyOffice();

    /// <summary>
    /// True when the words after the office's first word name a body: an acronym that is no office itself ("HĐQT",
    /// "UBND", "EVN"; not "TS") or an organisation's head word in any case ("Công ty", "trường", "câu lạc bộ").
    /// </summary>
    private static bool NamesBody(string title)
    {
        var tokens = Tokenizer.Tokenize(title);
        // The office's own words ("nhà báo", "Phó Tổng giám đốc") are not the body's: read from after them.
        var office = tokens.Count > 0 && tokens[0].IsWord && FormerOrNew.Contains(tokens[0].Key) ? 1 : 0;
        office += Math.Max(1, GazetteerData.Titles.MatchAt(tokens, office, out _));
        for (var k = office; k < tokens.Count; k++)
        {
            if (!tokens[k].IsWord || GazetteerData.Titles.MatchAt(tokens, k, out _) > 0)
            {
                continue;
            }

            var text = tokens[k].Text;
            if ((text.Length >= 2 && text.All(c => !char.IsLetter(c) || char.IsUpper(c)) && text.Any(char.IsLetter))
                || GazetteerData.OrganizationHeads.MatchAt(tokens, k, out _, ignoreCapitals: true) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"ông Th.", "bà H.": letters with no vowel stand for a withheld name, not a person the page names.</summary>
    private static bool IsAbbreviation(IReadOnlyList<string> parts) =>
        parts.Count == 1 && parts[0].Length <= 3 && !VietnameseText.Fold(parts[0]).AsSpan().ContainsAny(Vowels);

    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("aeiouyAEIOUY");

    /// <summary>
    /// "Phường Bình Hưng Hoà", "Xã Tân Lập": a name that opens with a unit of Vietnamese local government (Luật Tổ chức
    /// chính quyền địa phương 2015: tỉnh, huyện, quận, thị xã, xã, phường, thị trấn; thôn and ấp below them) is a place.
    /// </summary>
    private static bool NamesAdministrativeUnit(IReadOnlyList<string> parts) =>
        parts.Count > 1 && AdministrativeUnits.Contains(CanonicalText.Key(parts[0]));

    // "Khu", "Vùng", "Làng" and "Phố" (a zone, a region, a village, a street) open places and bodies the same way ("Khu
    // Quản lý giao thông đô thị số 2", "Vùng Cảnh sát biển", "Phố Wall") and no Vietnamese family name: 14 such "people"
    // in folders 300-449 and 500-649 of vietnews-train, none a person.
    private static readonly HashSet<string> AdministrativeUnits = new(
        new[] { "Tỉnh", "Huyện", "Quận", "Xã", "Phường", "Thôn", "Ấp", "Khu", "Vùng", "Làng", "Phố" }.Select(CanonicalText.Key), StringComparer.Ordinal);

    /// <summary>
    /// "chuyên gia nghiên cứu Trung Đông", "luật sư người Trung Đông": the world's regions are written like a
    /// Vietnamese name of two syllables without a family name. The regions of the UN geoscheme (M49) as the Vietnamese
    /// press names them, with the Middle East and the Near and Far East; not "Nam Phi" or "Trung Phi", which are states.
    /// </summary>
    private static bool NamesRegion(IReadOnlyList<string> parts) =>
        parts.Count is 2 or 3 && Regions.Contains(CanonicalText.PhraseKey(string.Join(' ', parts)));

    private static readonly HashSet<string> Regions = new(
        new[]
        {
            "Bắc Mỹ", "Trung Mỹ", "Nam Mỹ", "Đông Âu", "Tây Âu", "Bắc Âu", "Nam Âu", "Trung Âu", "Đông Á", "Nam Á", "Tây Á",
            "Trung Á", "Đông Nam Á", "Bắc Phi", "Tây Phi", "Đông Phi", "Trung Đông", "Cận Đông", "Viễn Đông", "Bắc Cực", "Nam Cực",
            "Mỹ Latin", "Mỹ Latinh",
        }.Select(CanonicalText.PhraseKey),
        StringComparer.Ordinal);

    /// <summary>
    /// "Grab Việt Nam", "Prudential Việt Nam", "Hoa hậu Biển Việt Nam", "Hoa hậu Áo Dài Việt Nam": a name that ends in the
    /// state's name after a word that is no Vietnamese family name is a company's, a contest's or an association's
    /// Vietnamese branch, not a person (session 17: 40 such "people" in folders 300-449 and 500-649 of vietnews-train,
    /// none a person). After a family name it may be a person's given names ("Đào Việt Nam"), and stays.
    /// </summary>
    private static bool NamesVietnameseBranch(IReadOnlyList<string> parts) =>
        parts.Count >= 3 && !NameParts.IsVietnameseSurname(parts[0])
        && string.Equals(CanonicalText.PhraseKey(parts[^2] + " " + parts[^1]), VietnamKey, StringComparison.Ordinal);

    private static readonly string VietnamKey = CanonicalText.PhraseKey("Việt Nam");

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
