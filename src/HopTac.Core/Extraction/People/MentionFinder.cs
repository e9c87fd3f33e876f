using HopTac.Core.Extraction.Gazetteers;
using HopTac.Core.Extraction.Sentences;
using HopTac.Core.Text;

namespace HopTac.Core.Extraction.People;

/// <summary>
/// Finds the people one sentence names: after an office ("Bộ trưởng Bộ Ngoại giao Ba Lan Piotr Nowak"), after
/// an honorific ("ngài Ivan Petrenko, Đại sứ ..."), or before an office in apposition ("John Miller, Tổng
/// thư ký NATO"). Works on tokens, so offsets stay those of the sentence.
/// </summary>
internal static class MentionFinder
{
    /// <summary>Longest sentence looked at; longer "sentences" are tables or run-together furniture.</summary>
    internal const int MaxSentenceLength = 4000;

    private const int MaxNameParts = 4;

    private const int MaxCapitalRun = 7;

    private static readonly HashSet<string> Honorifics = Keys("ông", "bà", "ngài", "mr", "mrs", "ms", "dr");

    // Capitalised words that open sentences or clauses and are never the first word of a name.
    private static readonly HashSet<string> ClauseWords = Keys(
        "theo", "trong", "tại", "khi", "sau", "với", "hôm", "ngày", "chiều", "sáng", "tối", "trưa", "đêm", "trước",
        "còn", "nhưng", "tuy", "và", "cùng", "phát", "thay", "đây", "đó", "này", "về", "từ", "nhân", "dịp", "cũng",
        "ảnh", "nguồn", "thưa", "xin", "tiếp", "đồng", "hai", "các", "những", "người", "năm", "tháng", "lúc", "vào",
        "được", "đã", "sẽ", "đang", "là", "có", "thủ", "đô", "quân", "đội", "nhà", "lãnh", "đạo", "phía", "bên",
        "đoàn", "đại", "biểu", "tổng", "hội", "nghị", "lễ", "ký", "chào", "mừng", "tuyên", "bố", "chung");

    // Words that end an organisation's name inside an office ("Bộ trưởng Bộ Phát triển kinh tế ... cùng ...").
    private static readonly HashSet<string> OrganizationStops = Keys(
        "và", "cùng", "với", "đã", "đang", "sẽ", "vừa", "là", "có", "của", "cho", "tại", "được", "bị", "cũng", "khi",
        "để", "trong", "về", "từ", "theo", "này", "đó", "ngày", "hôm", "nay", "chiều", "sáng", "tối", "đến", "tới",
        "gặp", "tiếp", "hội", "thăm", "ký", "nói", "biết", "phát", "nhấn", "khẳng", "kiêm", "ông", "bà", "ngài",
        "các", "những", "giữa", "mua", "bán", "lần", "thứ", "nhiều", "một", "hai", "ba", "ấy", "liên", "nhằm", "sau",
        "trước", "ở", "nơi", "vì", "do", "như", "mà", "thì", "nên", "rằng", "khác",
        // Conjunctions, adverbs and modal verbs never stand inside a name: "Phòng Nội vụ nhưng", "Sở Tư pháp luôn kiểm soát"
        // ("không" and "chỉ" are left out: "Cục Hàng không", "Ban chỉ huy").
        "nhưng", "luôn", "phải", "cần", "muốn", "chưa", "đều", "vẫn", "còn", "nếu", "hoặc", "rất", "hy");

    // Lower-case particles inside Western and Arabic names: "Thomas de Maizière", "Ursula von der Leyen".
    private static readonly HashSet<string> NameParticles = new(["de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "bin", "al", "el", "ibn", "dos", "das", "del"], StringComparer.Ordinal);

    // Words that announce a place, not a person: "tại tỉnh Luang Prabang, Thứ trưởng ..." names a province and then
    // the person, so the capitalised words after them are not a name in apposition to the office that follows.
    // Only nouns of place and the locatives "tại"/"ở": a person may follow "tới", "từ" or "với" ("thư tới Kim Jong Un,
    // Chủ tịch …"). The word right before the name is checked, so "thành phố X" and "thủ đô X" need only "phố", "đô".
    // The units of local government below the district (Luật Tổ chức chính quyền địa phương 2015: phường, thị trấn;
    // thôn and ấp below them) name places too ("lãnh đạo phường Linh Đông", "Trưởng thôn Nam Sơn"), and so do "khu
    // vực" (a region: "phó giám đốc khu vực Trung Đông") and "lĩnh vực" (a field), both ending in "vực".
    // Nouns of newspapers and magazines likewise name the outlet after them ("tổng biên tập tạp chí Arsenal Otechestva",
    // "phóng viên tờ Washington Post"): checked only for a name right after an office, where the person may follow.
    private static readonly HashSet<string> OutletWords = Keys("chí", "tờ", "kênh");

    private static readonly HashSet<string> PlaceWords = Keys(
        "tỉnh", "phố", "đô", "huyện", "quận", "bang", "vùng", "khu", "xã", "làng", "tại", "ở", "phường", "trấn", "thôn",
        "ấp", "vực");

    // The level of a Vietnamese school, after which the capitalised words are the school's name: schools are named
    // after historical figures ("Trường THPT Trần Phú", "Trường THCS Lê Quý Đôn", "Trường Tiểu học Kim Đồng"), so the
    // name there is no person the page speaks of (19 such names in folders 650-699 of vietnews-train).
    private static readonly HashSet<string> SchoolLevels = Keys("thpt", "thcs", "ptth", "ptcs", "chuyên");
    private static readonly HashSet<string> SchoolLevelPairs = new(
        new[] { "tiểu học", "mầm non", "phổ thông", "cơ sở", "trung học" }.Select(CanonicalText.PhraseKey), StringComparer.Ordinal);

    // Nouns of natural and built places whose proper names often begin with a capitalised "Bà" or "Ông" ("suối Bà
    // Bột", "rạch Bà Đài", "hồ Ông Kinh", "cầu Ông Lãnh", "núi Bà Đen"; 18 in folders 650-699): there the word is part
    // of the place's name, not an honorific.
    private static readonly HashSet<string> LandmarkWords = Keys(
        "suối", "núi", "chùa", "đền", "miếu", "cầu", "chợ", "rạch", "kênh", "hồ", "giếng", "gò", "bến", "hòn", "đình",
        "dốc", "lăng", "đèo", "sông", "cồn", "mũi", "ao", "đầm");

    private static readonly string KeyYeu = CanonicalText.Key("yêu");

    // Words that make the office after them plural: "các Bộ trưởng", "hai Thứ trưởng", "những nghệ sĩ".
    private static readonly HashSet<string> PluralWords = Keys("các", "những", "hai", "ba", "bốn", "nhiều", "gồm");

    // French and German compound given names joined by a hyphen that many pages space: "Jean - Claude Juncker".
    private static readonly HashSet<string> CompoundGivenNames = new(["Jean", "Marie", "Pierre", "Anne", "Louis", "Paul", "Hans", "Karl", "Jean-Claude"], StringComparer.Ordinal);

    // Kinship and school forms of address written before a full name: "Cô Phạm Thị Lành", "Thầy Nguyễn Văn Tâm".
    private static readonly HashSet<string> FormsOfAddress = Keys("cô", "thầy", "anh", "chị", "chú", "bác", "cụ", "em", "cháu");

    private static readonly string KeyVa = CanonicalText.Key("và");
    private static readonly string KeyBa = CanonicalText.Key("bà");
    private static readonly string KeyOng = CanonicalText.Key("ông");
    private static readonly string KeyCuu = CanonicalText.Key("cựu");
    private static readonly string KeyNguyen = CanonicalText.Key("nguyên");
    private static readonly string KeyTan = CanonicalText.Key("tân");
    private static readonly string KeyTai = CanonicalText.Key("tại");
    private static readonly string KeyKiem = CanonicalText.Key("kiêm");
    private static readonly string KeyNuoc = CanonicalText.Key("nước");
    private static readonly string KeyDang = CanonicalText.Key("đảng");
    private static readonly string KeyDan = CanonicalText.Key("đàn");
    private static readonly string KeyDuc = CanonicalText.Key("Đức");
    private static readonly string KeyTuong = CanonicalText.Key("tướng");

    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("aeiouy");

    // Household gods the press writes with "ông": "ông Táo" (the Kitchen God, 106 uses in vietnews-train), "ông Địa"
    // (the Earth God, 110 uses). Neither is a person.
    private static readonly HashSet<string> HouseholdGods = Keys("táo", "địa");
    private static readonly string KeySan = CanonicalText.Key("sân");
    private static readonly string KeyBay = CanonicalText.Key("bay");

    // Nouns for ships: a vessel is named after a person with the office ("tàu sân bay Đô đốc Kuznetsov", 114 uses in
    // vietnews-train; "tàu Đô đốc ..." 61, "khu trục hạm Đô đốc ..." 17), and the name is the ship's.
    private static readonly HashSet<string> VesselWords = Keys("tàu", "hạm", "ngầm");

    // One-syllable short forms of states written before a leader's foreign name ("Tổng thống Hàn Moon Jae - in", 85
    // uses in vietnews-train; "Hàn - Triều"): the state, not the first word of the name.
    // "Thái" (Thailand) likewise ("Bộ trưởng Nội vụ Thái Anupong Paojinda"): a Vietnamese family name too, but none
    // opens a romanised foreign name.
    private static readonly Dictionary<string, string> ShortStateWords = new[]
    {
        ("hàn", "KR"), ("triều", "KP"), ("mỹ", "US"), ("nga", "RU"), ("nhật", "JP"), ("pháp", "FR"), ("đức", "DE"), ("anh", "GB"),
        ("trung", "CN"), ("úc", "AU"), ("ý", "IT"), ("ấn", "IN"), ("thái", "TH"),
    }.ToDictionary(w => CanonicalText.Key(w.Item1), w => w.Item2, StringComparer.Ordinal);

    private static readonly string DongChi = CanonicalText.PhraseKey("đồng chí");

    public static IEnumerable<PersonMention> Find(Sentence sentence)
    {
        if (sentence.Text.Length > MaxSentenceLength)
        {
            yield break;
        }

        var tokens = Tokenizer.Tokenize(sentence.Text);
        var i = 0;
        while (i < tokens.Count)
        {
            if (!AfterVesselWord(tokens, i) && TryTitle(tokens, i, sentence.Text, out var title))
            {
                var j = title.End;
                if (j + 1 < tokens.Count && tokens[j].IsPunctuation(',') && HonorificLength(tokens, j + 1) > 0)
                {
                    // "Bộ trưởng Bộ Y tế Lào, bà Somchai ...": the office, then the person.
                    j++;
                }

                var colon = j + 1 < tokens.Count && tokens[j].IsPunctuation(':') && tokens[j + 1].IsCapitalized;
                if (colon)
                {
                    // "các Phó Thủ tướng: A, B và C".
                    j++;
                }

                j += HonorificLength(tokens, j);
                var named = TryName(tokens, j, atClauseStart: false, out var parts, out var nameEnd);
                var skip = named ? LeadingOrganizationWords(parts, title.EndsWithOrganization) : 0;
                if (named && NamesThePlaceOrBody(tokens, j, parts, skip, title))
                {
                    // The office's body or place goes on ("Tổng giám đốc Công ty Việt An Hòa, Trần Khánh Quang"):
                    // the person may follow after a comma.
                    if (nameEnd + 1 < tokens.Count && tokens[nameEnd].IsPunctuation(',')
                        && TryName(tokens, nameEnd + 1, atClauseStart: false, out var after, out var afterEnd)
                        && after.Count >= 2 && (NameParts.IsVietnameseSurname(after[0]) || !after.All(NameParts.IsSyllable))
                        && !OfficeFollows(tokens, afterEnd))
                    {
                        yield return new PersonMention(Trim(after), sentence.Text[tokens[title.Start].Start..tokens[nameEnd - 1].End], title.State, sentence);
                        i = afterEnd;
                    }
                    else
                    {
                        i = nameEnd;
                    }

                    continue;
                }

                if (named)
                {
                    var titleText = skip == 0 ? title.Text : sentence.Text[tokens[title.Start].Start..tokens[j + skip - 1].End];
                    var person = WithoutStateWord(Trim(parts.Skip(skip).ToList()), out var shortState);
                    yield return new PersonMention(person, titleText, title.State ?? shortState, sentence) { AfterOffice = true };
                    i = nameEnd;
                    if (AppositionAt(tokens, nameEnd, sentence.Text) is { } apposition)
                    {
                        // "Đại sứ Bruno Angelet, Trưởng phái đoàn EU tại Việt Nam": the office after the comma is the
                        // same person's and names the body he acts for.
                        yield return new PersonMention(person, apposition.Text, apposition.State, sentence);
                        i = apposition.End;
                        continue;
                    }

                    // "các nhà thiết kế A, B và C", "hai Phó Thủ tướng A và B": one office for a list of names. A
                    // singular office is one person's ("Tổng thống Nga Vladimir Putin và Donald Trump"): the next
                    // name has an office of its own, said elsewhere.
                    var plural = colon || title.IsLowerCase || (title.Start > 0 && tokens[title.Start - 1].IsWord && PluralWords.Contains(tokens[title.Start - 1].Key));
                    while (plural && i + 1 < tokens.Count && (tokens[i].IsPunctuation(',') || tokens[i].Key == KeyVa)
                        && TryName(tokens, i + 1, atClauseStart: false, out var next, out var nextEnd)
                        && (next.Count >= 2 || title.IsLowerCase)
                        && !OfficeFollows(tokens, nextEnd))
                    {
                        yield return new PersonMention(Trim(next), titleText, title.State, sentence);
                        i = nextEnd;
                    }
                }
                else
                {
                    i = title.End;
                }

                continue;
            }

            if (tokens[i].IsCapitalized && BodyNameLength(tokens, i) is var body and > 1)
            {
                // "Hội đồng Bảo an Liên Hợp Quốc, Đại sứ Nga …", "Thay mặt Bộ Công Thương, Tổng cục trưởng …": no name
                // starts inside the name of a known body or bloc ("Hợp Quốc", "Công Thương" were read as people).
                i += body;
                continue;
            }

            if (tokens[i].IsCapitalized && GazetteerData.Countries.MatchAt(tokens, i, out var stateEntry) is var stateWords and > 1
                && !string.Equals(stateEntry!.Value, "-", StringComparison.Ordinal))
            {
                // "… người dân Thổ Nhĩ Kỳ, Bộ trưởng Quốc phòng …": no name starts inside a state's name of two words or
                // more (TryName stops at the state's first word, and the next word "Nhĩ Kỳ" was read as a person before
                // an office; 6 such "people" in folders 300-449 and 500-649 of vietnews-train). The "-" rows (common
                // nouns, "Đức Đạt Lai Lạt Ma") are left as they were.
                i += stateWords;
                continue;
            }

            if (tokens[i].IsCapitalized && GazetteerData.OrganizationTails.MatchAt(tokens, i, out _) is var tail and > 0)
            {
                // "phóng viên Người Đưa Tin, Đại tá ...": no name starts inside a newspaper's or company's name.
                i += tail;
                continue;
            }

            var honorific = HonorificLength(tokens, i);
            var clauseStart = i == 0 || tokens[i - 1] is { IsWord: false } previous && !previous.IsPunctuation('-');
            var afterPlaceWord = (honorific == 0 && i > 0 && tokens[i - 1].IsWord && PlaceWords.Contains(tokens[i - 1].Key))
                || AfterSchoolLevel(tokens, i);
            if (!afterPlaceWord
                && TryName(tokens, i + honorific, atClauseStart: honorific == 0 && clauseStart, out var name, out var end)
                && (honorific > 0 || name.Count >= 2))
            {
                var k = end < tokens.Count && (tokens[end].IsPunctuation(',') || tokens[end].IsPunctuation('(')
                        || (tokens[end].SpaceBefore && (tokens[end].IsPunctuation('-') || tokens[end].IsPunctuation('–'))))
                    ? end + 1
                    : end;
                if (TryTitle(tokens, k, sentence.Text, out var after) && (k > end || tokens[k].IsCapitalized || honorific > 0))
                {
                    yield return new PersonMention(Trim(name), after.Text, after.State, sentence) { ViaHonorific = honorific > 0 };
                    i = end;
                    continue;
                }

                if (honorific > 0 && !(name.Count == 1 && HouseholdGods.Contains(CanonicalText.Key(name[0]))))
                {
                    yield return new PersonMention(Trim(name), null, null, sentence) { ViaHonorific = true };
                    i = end;
                    continue;
                }
            }

            i++;
        }
    }

    /// <summary>An office with what completes it: bodies, ministries' short forms, states, "tại" + host state.</summary>
    internal static bool TryTitle(IReadOnlyList<Token> tokens, int start, string text, out TitlePhrase title)
    {
        title = null!;
        var i = start;
        if (i < tokens.Count && tokens[i].IsWord && (tokens[i].Key == KeyCuu || tokens[i].Key == KeyNguyen || tokens[i].Key == KeyTan))
        {
            i++;
        }

        var length = GazetteerData.Titles.MatchAt(tokens, i, out _);
        if (length == 0 || (length == 1 && !tokens[i].IsCapitalized && tokens[i].Key == KeyTuong))
        {
            // "Tướng" before a name is the rank; in lower case "tướng" is as often a figure of speech ("lão tướng", a
            // veteran player), a general of history or one named inside a quotation, so it is read only capitalised.
            return false;
        }

        var j = i + length;
        var lowerCase = !tokens[i].IsCapitalized;
        var endsWithOrganization = false;
        var inOrganization = false;
        var lowerWords = 0;
        string? state = null;
        string? host = null;
        for (var guard = 0; guard < 12 && j < tokens.Count; guard++)
        {
            var token = tokens[j];
            int n;
            GazetteerEntry? entry;
            if (token.IsPunctuation('.') && !token.SpaceBefore && IsAcronym(tokens[j - 1].Text) && tokens[j - 1].Text.Length <= 5)
            {
                // The dot of an abbreviated degree: "TS. Nguyễn Văn A", "PGS.TS. BS. Trần Thị B".
                j++;
                j += GazetteerData.Titles.MatchAt(tokens, j, out _);
                continue;
            }

            if (token.IsWord && token.Key == KeyTai && ((n = GazetteerData.Countries.MatchAt(tokens, j + 1, out entry)) > 0
                || (n = GazetteerData.Blocs.MatchAt(tokens, j + 1, out entry)) > 0))
            {
                // "Đại sứ Mỹ tại Việt Nam", "Đại sứ Nga tại Liên Hợp Quốc": the host state or body of an envoy.
                host ??= entry!.Value;
                j += 1 + n;
            }
            else if (token.IsWord && token.Key == KeyKiem && (n = GazetteerData.Titles.MatchAt(tokens, j + 1, out _)) > 0)
            {
                j += 1 + n;
            }
            else if (token.IsWord && (token.Key == KeyNuoc || token.Key == KeyDang) && !token.IsCapitalized
                && (n = GazetteerData.Countries.MatchAt(tokens, j + 1, out entry)) > 0)
            {
                state ??= entry!.Value;
                j += 1 + n;
            }
            else if (((n = GazetteerData.Agencies.MatchAt(tokens, j, out _)) > 0
                    || (n = GazetteerData.MinistryFields.MatchAt(tokens, j, out _)) > 0)
                && GazetteerData.Blocs.MatchAt(tokens, j, out _) <= n)
            {
                // The longest name wins: "Nghị viện châu Âu" is a bloc (EU), not the body "Nghị viện" and then "châu".
                j += n;
                inOrganization = true;
            }
            else if (inOrganization && token.IsCapitalized && j + 1 < tokens.Count && tokens[j + 1].IsWord && !tokens[j + 1].IsCapitalized
                && !OrganizationStops.Contains(tokens[j + 1].Key) && !NameParticles.Contains(tokens[j + 1].Text)
                && GazetteerData.Countries.MatchAt(tokens, j, out _) == 0 && GazetteerData.Blocs.MatchAt(tokens, j, out _) == 0
                && GazetteerData.Titles.MatchAt(tokens, j, out _) == 0)
            {
                // A capitalised word then a lower-case one goes on naming the body ("Ủy ban Y tế Quốc gia"): a
                // personal name is capitalised throughout.
                j = OrganizationEnd(tokens, j);
                continue;
            }
            else if (((n = GazetteerData.Countries.MatchAt(tokens, j, out entry)) > 0 && !CountryStartsName(tokens, j, n))
                || (n = GazetteerData.Blocs.MatchAt(tokens, j, out entry)) > 0)
            {
                state ??= entry!.Value;
                j += n;
            }
            else if ((n = GazetteerData.OrganizationHeads.MatchAt(tokens, j, out _, ignoreCapitals: true)) > 0
                && (token.IsCapitalized || (j + n < tokens.Count && tokens[j + n].IsCapitalized)))
            {
                j = OrganizationEnd(tokens, j + n);
                endsWithOrganization = true;
                inOrganization = true;
                continue;
            }
            else if (token.IsWord && IsAcronym(token.Text) && token.Text.Length <= 8
                && j + 1 < tokens.Count && tokens[j + 1].IsCapitalized && GazetteerData.Titles.MatchAt(tokens, j, out _) == 0)
            {
                // "giám đốc USAID Việt Nam Michael Greene", "Bộ trưởng GTVT Nguyễn Văn Thể": an acronym after an office
                // names the body; a person's name is not written in capitals. Capitalised syllables without a family
                // name after it name the body too ("Hiệu trưởng THPT Nhân Việt").
                j++;
                inOrganization = true;
                endsWithOrganization = true;
                continue;
            }
            else if (inOrganization && lowerWords < 2 && token.IsWord && !token.IsCapitalized && !OrganizationStops.Contains(token.Key)
                && !NameParticles.Contains(token.Text)
                && j + 1 < tokens.Count && (tokens[j + 1].IsCapitalized || (lowerWords == 0 && tokens[j + 1].IsWord && !OrganizationStops.Contains(tokens[j + 1].Key))))
            {
                // The rest of a party's or company's name after its state: "Đảng Dân chủ Tự do Nhật Bản", "Đảng nước Nga thống nhất".
                j++;
                lowerWords++;
                continue;
            }
            else if (lowerCase && !token.IsCapitalized && token.IsWord && guard < 2 && !OrganizationStops.Contains(token.Key)
                && j + 1 < tokens.Count && (tokens[j + 1].IsCapitalized || (tokens[j + 1].IsWord && !OrganizationStops.Contains(tokens[j + 1].Key) && j + 2 < tokens.Count && tokens[j + 2].IsCapitalized)))
            {
                // A profession's instrument or field: "nghệ sĩ dương cầm Sandra ...".
                j++;
            }
            else
            {
                break;
            }

            endsWithOrganization = false;
        }

        var end = j;
        title = new TitlePhrase(start, end, text[tokens[start].Start..tokens[end - 1].End], state, host) { IsLowerCase = lowerCase, EndsWithOrganization = endsWithOrganization };
        return true;
    }

    /// <summary>The length of a known state body ("Bộ Công Thương", "Bộ" and a ministry's field) or bloc at <paramref name="i"/>.</summary>
    private static int BodyNameLength(IReadOnlyList<Token> tokens, int i)
    {
        var agency = GazetteerData.Agencies.MatchAt(tokens, i, out _);
        if (agency > 0)
        {
            agency += GazetteerData.MinistryFields.MatchAt(tokens, i + agency, out _);
        }

        var length = Math.Max(agency, GazetteerData.Blocs.MatchAt(tokens, i, out _));
        for (var k = i + 1; k < i + length; k++)
        {
            if (GazetteerData.Titles.MatchAt(tokens, k, out _) > 0)
            {
                // "Ban Bí thư Trần Quốc Vượng": an office inside the body's name is read as one.
                return 0;
            }
        }

        return length;
    }

    /// <summary>A word that opens or joins clauses ("Theo", "Tại", "và"), in any case: it starts no name.</summary>
    internal static bool IsClauseWord(Token token) => token.IsWord && OrganizationStops.Contains(token.Key);

    /// <summary>A lower-case word that may continue a body's name: not a clause word, a name particle or a number.</summary>
    internal static bool IsNameSyllable(Token token) =>
        token.IsWord && !token.IsCapitalized && !OrganizationStops.Contains(token.Key) && !NameParticles.Contains(token.Text) && !char.IsDigit(token.Text[0]);

    /// <summary>After an organisation's head word: one capitalised word, then lower-case words up to a clause word.</summary>
    internal static int OrganizationEnd(IReadOnlyList<Token> tokens, int j)
    {
        if (j < tokens.Count && tokens[j].IsCapitalized && GazetteerData.Countries.MatchAt(tokens, j, out _) == 0)
        {
            j++;
        }

        for (var count = 0; count < 6 && j < tokens.Count; count++)
        {
            var token = tokens[j];
            if (!token.IsWord || token.IsCapitalized || OrganizationStops.Contains(token.Key) || NameParticles.Contains(token.Text) || char.IsDigit(token.Text[0]))
            {
                break;
            }

            j++;
        }

        return j;
    }

    internal static int HonorificLength(IReadOnlyList<Token> tokens, int i)
    {
        if (i >= tokens.Count || !tokens[i].IsWord || GazetteerData.Places.MatchAt(tokens, i, out _) > 0
            || (i > 0 && GazetteerData.Places.MatchAt(tokens, i - 1, out _) > 1))
        {
            // "Bà Rịa", "quận Hai Bà Trưng": the word is part of a place's name.
            return 0;
        }

        var foreign = ForeignHonorificLength(tokens, i);
        if (foreign > 0)
        {
            return foreign;
        }

        if (i > 0 && tokens[i].IsCapitalized && tokens[i - 1].IsCapitalized && tokens[i].SpaceBefore
            && (tokens[i].Key == KeyBa || tokens[i].Key == KeyOng) && !EndsState(tokens, i))
        {
            // "Nhà thờ Đức Bà Paris", "Cầu Ông Lãnh": a capitalised "Bà", "Ông" inside a run belongs to a place's
            // name; after a state it is the person's ("Tổng thống Cộng hòa Italia Ông ...").
            return 0;
        }

        if (i > 0 && tokens[i].IsCapitalized && (tokens[i].Key == KeyBa || tokens[i].Key == KeyOng) && tokens[i - 1].IsWord
            && !tokens[i - 1].IsCapitalized && LandmarkWords.Contains(tokens[i - 1].Key)
            && !(i > 1 && tokens[i - 2].IsWord && tokens[i - 2].Key == KeyYeu))
        {
            // "suối Bà Bột", "hồ Ông Kinh": the capitalised word begins a landmark's name after its noun ("yêu cầu Ông
            // …" is the verb "to ask", not a bridge).
            return 0;
        }

        if (i > 0 && tokens[i - 1].IsCapitalized && tokens[i - 1].Key == KeyDuc && (tokens[i].Key == KeyBa || tokens[i].Key == KeyOng))
        {
            // "Nhà thờ Đức bà Paris", "Đức ông": religious titles (Our Lady, Monsignor) in any case, not an honorific.
            return 0;
        }

        if (i > 0 && tokens[i - 1].IsWord && tokens[i - 1].Key == KeyDan)
        {
            // "người đàn ông Mỹ", "đàn bà": the noun for a man or a woman, not the honorific before a name.
            return 0;
        }

        if (Honorifics.Contains(tokens[i].Key))
        {
            return 1;
        }

        return i + 1 < tokens.Count && tokens[i + 1].IsWord
            && string.Equals(tokens[i].Key + " " + tokens[i + 1].Key, DongChi, StringComparison.Ordinal) ? 2 : 0;
    }

    /// <summary>
    /// Malay and Khmer honours written before the name, which the news keeps untranslated: "Dato' Sri Anifah Aman"
    /// (spaced "Dato ' Sri" in many pages), "Tan Sri", "Datuk Seri", "Samdech Techo Hun Sen". They are styles, not
    /// parts of the name. "Tan" and "Sri" alone are names ("Tan" a family name, "Sri Lanka"), so they count only
    /// together with the honour they complete.
    /// </summary>
    private static int ForeignHonorificLength(IReadOnlyList<Token> tokens, int i)
    {
        var k = i;
        if (k < tokens.Count && tokens[k].IsCapitalized && LeadingHonours.Contains(tokens[k].Key))
        {
            k++;
        }
        else if (k + 1 < tokens.Count && tokens[k].IsCapitalized && string.Equals(tokens[k].Key, "tan", StringComparison.Ordinal)
            && string.Equals(tokens[k + 1].Key, "sri", StringComparison.Ordinal))
        {
            k++;
        }
        else
        {
            return 0;
        }

        if (k < tokens.Count && (tokens[k].IsPunctuation('\'') || tokens[k].IsPunctuation('\u2019')))
        {
            k++;
        }

        if (k < tokens.Count && tokens[k].IsCapitalized && TrailingHonours.Contains(tokens[k].Key))
        {
            k++;
        }

        return k < tokens.Count && tokens[k].IsCapitalized ? k - i : 0;
    }

    private static readonly HashSet<string> LeadingHonours = new(["dato", "datuk", "datin", "samdech", "tun", "toh"], StringComparer.Ordinal);

    private static readonly HashSet<string> TrailingHonours = new(["sri", "seri", "techo", "puan"], StringComparer.Ordinal);

    /// <summary>
    /// A personal name at <paramref name="start"/>: up to four capitalised words, initials ("V.") and hyphenated
    /// parts ("Jong-un") included; it stops at an office, a body, a state or an organisation word.
    /// </summary>
    internal static bool TryName(IReadOnlyList<Token> tokens, int start, bool atClauseStart, out IReadOnlyList<string> parts, out int end)
    {
        var result = new List<string>();
        var k = start;
        while (k < tokens.Count && result.Count < MaxCapitalRun)
        {
            var token = tokens[k];
            if (result.Count > 0 && token.IsWord && NameParticles.Contains(token.Text))
            {
                if (k + 2 < tokens.Count && IsHyphen(tokens[k + 1]) && tokens[k + 2].IsCapitalized)
                {
                    // "Bashar al-Assad", spaced "Bashar al - Assad" in many pages: the particle joins the next word.
                    result.Add(token.Text + Joined(tokens, k + 1));
                    k += 3;
                    continue;
                }

                var next = k + 1;
                while (next < tokens.Count && next < k + 3 && tokens[next].IsWord && NameParticles.Contains(tokens[next].Text))
                {
                    next++;
                }

                if (next < tokens.Count && tokens[next].IsCapitalized)
                {
                    result.AddRange(Enumerable.Range(k, next - k).Select(p => tokens[p].Text));
                    k = next;
                    continue;
                }

                break;
            }

            if (!token.IsCapitalized || IsAcronym(token.Text) || char.IsDigit(token.Text[0]))
            {
                break;
            }

            if (GazetteerData.OrganizationTails.MatchAt(tokens, k, out _) is var tail and > 0
                || (token.Text.Length > 4 && token.Text.EndsWith("bank", StringComparison.OrdinalIgnoreCase) && (tail = 1) > 0))
            {
                // "Sunrise Airlines Phạm Văn A": what came before was the company; a name may follow.
                result.Clear();
                k += tail;
                continue;
            }

            if (CanonicalText.HasVietnameseLetters(token.Text) && !NameParts.IsSyllable(token.Text))
            {
                // Vietnamese letters in a word that is no Vietnamese syllable: two words run together by a typing
                // slip ("Putinlựa chọn"), not a name.
                break;
            }

            if (GazetteerData.Titles.MatchAt(tokens, k, out _) > 0
                || (result.Count == 0 && GazetteerData.Places.MatchAt(tokens, k, out _) > 0)
                || GazetteerData.Agencies.MatchAt(tokens, k, out _) > 0
                || GazetteerData.Blocs.MatchAt(tokens, k, out _) > 0
                || (GazetteerData.OrganizationHeads.MatchAt(tokens, k, out _) is var head and > 0 && !GivenNameLikeHead(tokens, k, head, result))
                || Honorifics.Contains(token.Key)
                || (result.Count > 0 && ForeignHonorificLength(tokens, k) > 0)
                || (result.Count == 0 && GazetteerData.Countries.MatchAt(tokens, k, out _) is var n and > 0 && !CountryStartsName(tokens, k, n)
                    && !(n == 1 && Gazetteer.IsPersonalNameAt(tokens, k)))
                || (result.Count == 0 && atClauseStart && ClauseWords.Contains(token.Key)))
            {
                break;
            }

            if (token.Text.Length == 1 && k + 1 < tokens.Count && tokens[k + 1].IsPunctuation('.') && !tokens[k + 1].SpaceBefore)
            {
                // Initials written together ("A.A. Kozlov", "K.Iu. Noskov") stay one word, as written.
                var initials = token.Text + ".";
                k += 2;
                while (k + 1 < tokens.Count && !tokens[k].SpaceBefore && tokens[k].IsCapitalized && tokens[k].Text.Length <= 2
                    && tokens[k + 1].IsPunctuation('.') && !tokens[k + 1].SpaceBefore)
                {
                    initials += tokens[k].Text + ".";
                    k += 2;
                }

                result.Add(initials);
                continue;
            }

            var part = token.Text;
            k++;
            // Romanised Korean and Chinese names join their syllables with a hyphen ("Jong-un"); a Vietnamese word
            // after a hyphen ("Tâm-thôn Đông") is an address or a range, not a name.
            while (k + 1 < tokens.Count && IsAscii(part) && IsAscii(tokens[k + 1].Text)
                && ((tokens[k].IsPunctuation('-') && !tokens[k].SpaceBefore && tokens[k + 1].IsWord && !tokens[k + 1].SpaceBefore)
                    || RomanisedSyllableAfterSpacedHyphen(tokens, k, result, part)
                    || ArabicArticleBeforeSpacedHyphen(tokens, k, part)
                    || KoreanGivenSyllableAfterSpacedHyphen(tokens, k, result, part)
                    || (result.Count == 0 && CompoundGivenNames.Contains(part) && IsHyphen(tokens[k]) && tokens[k + 1].IsCapitalized
                        && k + 2 < tokens.Count && tokens[k + 2].IsCapitalized)))
            {
                part += Joined(tokens, k);
                k += 2;
            }

            result.Add(part);
        }

        // A name is not initials alone, and does not end in one.
        var withheld = false;
        if (result.Count >= 2 && result[^1].Length == 1 && char.IsUpper(result[^1][0]))
        {
            // "T.V. L", "Nguyễn Văn A": a bare capital letter stands for a withheld given name.
            result.RemoveAt(result.Count - 1);
            k--;
            withheld = true;
        }

        if (result.Count >= 2 && result[^1].Length is 2 or 3 && result[^1].All(char.IsLetter) && char.IsUpper(result[^1][0])
            && !VietnameseText.Fold(result[^1]).AsSpan().ContainsAny(Vowels) && k > 0 && tokens[k - 1].Text == result[^1])
        {
            // "Nguyễn Thị Ch.", "Trần T. Ng": letters without a vowel are the start of a withheld given name.
            result.RemoveAt(result.Count - 1);
            k--;
            withheld = true;
        }

        while (result.Count > 0 && NameParts.IsInitial(result[^1]))
        {
            k -= 2 * result[^1].Count(c => c == '.');
            result.RemoveAt(result.Count - 1);
            withheld = true;
        }

        if (withheld && result.Count > 0 && NameParts.IsVietnameseSurname(result[0])
            && (NameParts.IsMiddleName(result[^1]) || (result.Count == 1 && NameParts.IsSyllable(result[0]))))
        {
            // "Nguyễn Văn T.": the press withholds the given name; what is left ("Nguyễn Văn") names nobody.
            result.Clear();
        }

        // A lone capital letter stands for a withheld name ("nhà bà H"): nobody is named.
        if (result.Count == 1 && result[0].Length == 1)
        {
            result.Clear();
        }

        parts = result;
        end = k;
        return result.Count > 0;
    }

    /// <summary>"tàu sân bay Đô đốc Kuznetsov", "khu trục hạm Đô đốc Vinogradov": an office after a noun for a ship names the ship.</summary>
    private static bool AfterVesselWord(IReadOnlyList<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].IsWord && (!tokens[i - 1].IsCapitalized || i == 1)
        && (VesselWords.Contains(tokens[i - 1].Key) || (tokens[i - 1].Key == KeyBay && i > 1 && tokens[i - 2].Key == KeySan && i > 2 && tokens[i - 3].Key == CanonicalText.Key("tàu")));

    /// <summary>
    /// "Hàn Moon Jae - in" after "Tổng thống": a short state word before a romanised foreign name belongs to the office,
    /// since a Vietnamese syllable does not open a foreign name. Vietnamese names ("Đức Anh", "Mỹ Linh") are kept.
    /// </summary>
    private static List<string> WithoutStateWord(List<string> parts, out string? state)
    {
        state = null;
        if (parts.Count >= 3 && ShortStateWords.TryGetValue(CanonicalText.Key(parts[0]), out var code) && parts.Skip(1).All(p => p.All(c => char.IsAscii(c)))
            && !parts.Skip(1).All(NameParts.IsSyllable))
        {
            // The short word is the office's state ("Bộ trưởng Nội vụ Thái Anupong Paojinda" serves Thailand).
            state = code;
            return parts[1..];
        }

        return parts;
    }

    /// <summary>
    /// "Vũ Văn Viện", "Nguyễn Trường Sơn", "Nguyễn Hồng Trường": a one-word body head ("Viện", "Trường", "Hội") after a
    /// Vietnamese family name alone, a family and a middle name, or a family name and one more syllable is the given
    /// name, since a Vietnamese name does not end at its family or middle name and has three syllables far more often
    /// than two. A two-word head ("Bệnh viện"), a head after a complete name, or one its body's name goes on after in
    /// lower case ("Bí thư Đoàn Phòng tham mưu") still starts a body.
    /// </summary>
    private static bool GivenNameLikeHead(IReadOnlyList<Token> tokens, int k, int headLength, List<string> before) =>
        headLength == 1 && before.Count is >= 1 and <= 3 && NameParts.IsSyllable(tokens[k].Text)
        && before.TrueForAll(NameParts.IsSyllable) && NameParts.IsVietnameseSurname(before[0])
        && (before.Count <= 2 || NameParts.IsMiddleName(before[^1]))
        && (k + 1 >= tokens.Count || !tokens[k + 1].IsWord || tokens[k + 1].IsCapitalized || OrganizationStops.Contains(tokens[k + 1].Key));

    /// <summary>
    /// How many words of a capitalised run name an organisation rather than the person: "Sunair Nguyễn Thị Mai
    /// Hoa" (a Vietnamese name starts at a family name), "Rover Tom Hanson" after "Tập đoàn sản xuất ô tô".
    /// </summary>
    private static int LeadingOrganizationWords(IReadOnlyList<string> parts, bool afterOrganization)
    {
        if (parts.Count < 2)
        {
            return 0;
        }

        var initial = parts.Skip(1).ToList().FindIndex(NameParts.IsInitial);
        // "George W. Bush": one foreign given name before a middle initial is the person's, not a body's.
        if (initial >= 0 && !parts.Take(initial + 1).Any(NameParts.IsInitial)
            && !(initial == 0 && parts[1].Length == 2 && parts[0].Length > 2 && !NameParts.IsSyllable(parts[0])))
        {
            // "Bộ Phát triển Viễn Đông A.A. Kozlov": a foreign name starts at its initials.
            return initial + 1;
        }

        if (NameParts.IsVietnameseSurname(parts[0]))
        {
            // After an organisation, "Bạch Lan Trần Văn An" is the end of its name and then the person.
            if (afterOrganization && parts.Count >= 4)
            {
                for (var k = 1; k <= parts.Count - 3; k++)
                {
                    if (NameParts.IsVietnameseSurname(parts[k]))
                    {
                        return k;
                    }
                }
            }

            return 0;
        }

        for (var k = 1; k < parts.Count - 1; k++)
        {
            if (NameParts.IsVietnameseSurname(parts[k]))
            {
                return k;
            }
        }

        if (parts.Count >= 3 && !NameParts.IsSyllable(parts[0]) && parts.Skip(1).All(NameParts.IsSyllable)
            && parts.Skip(1).Any(CanonicalText.HasVietnameseLetters)
            && GazetteerData.Countries.Lookup(string.Join(' ', parts.Skip(1))) is null)
        {
            // "Huawei Mạnh Vãn Chu": a foreign word before Sino-Vietnamese syllables is the body's brand ("Toyota Việt
            // Nam" is one body's name).
            return 1;
        }

        return afterOrganization && parts.Count >= 3 ? 1 : 0;
    }

    /// <summary>
    /// ", Trưởng phái đoàn EU" after a name, naming a state or bloc and not followed by another name (then it would be
    /// the next person's office: "Bộ trưởng A, Thứ trưởng B").
    /// </summary>
    private static TitlePhrase? AppositionAt(IReadOnlyList<Token> tokens, int end, string text)
    {
        if (end + 1 >= tokens.Count || !tokens[end].IsPunctuation(',') || !TryTitle(tokens, end + 1, text, out var title) || title.State is null)
        {
            return null;
        }

        var next = title.End + HonorificLength(tokens, title.End);
        return TryName(tokens, next, atClauseStart: false, out _, out _) ? null : title;
    }

    /// <summary>Right after a school's level ("Trường THPT", "trường Tiểu học"): the words at <paramref name="i"/> name the school.</summary>
    private static bool AfterSchoolLevel(IReadOnlyList<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].IsWord
        && (SchoolLevels.Contains(tokens[i - 1].Key)
            || (i > 1 && tokens[i - 2].IsWord && SchoolLevelPairs.Contains(tokens[i - 2].Key + " " + tokens[i - 1].Key)));

    /// <summary>", Thứ trưởng …" right after a name: the next name has an office of its own.</summary>
    private static bool OfficeFollows(IReadOnlyList<Token> tokens, int end) =>
        end + 1 < tokens.Count && tokens[end].IsPunctuation(',') && GazetteerData.Titles.MatchAt(tokens, end + 1, out _) > 0;

    /// <summary>
    /// Whether the capitalised words after an office name the body or place the office belongs to rather than a
    /// person: right after a noun of place ("Chủ tịch Ủy ban nhân dân xã Tân Lập"), or after a body's name when
    /// they are Vietnamese syllables without a family name ("Giám đốc Công ty TNHH Phú Thịnh"). A Vietnamese
    /// person after an office is written with the family name first; foreign names are not Vietnamese syllables.
    /// </summary>
    private static bool NamesThePlaceOrBody(IReadOnlyList<Token> tokens, int nameStart, IReadOnlyList<string> parts, int skip, TitlePhrase title)
    {
        var name = parts.Skip(skip).ToList();
        if (nameStart == title.End && AfterSchoolLevel(tokens, nameStart))
        {
            return true;
        }

        if (nameStart > 0 && nameStart == title.End && tokens[nameStart - 1].IsWord
            && (PlaceWords.Contains(tokens[nameStart - 1].Key) || (OutletWords.Contains(tokens[nameStart - 1].Key) && !tokens[nameStart - 1].IsCapitalized)))
        {
            // "… tỉnh Lương Mộng Sanh": the province left unnamed, then the person, written in full.
            return !(name.Count >= 3 && NameParts.IsVietnameseSurname(name[0]));
        }

        return title.EndsWithOrganization && nameStart == title.End && name.Count > 0
            && !NameParts.IsVietnameseSurname(name[0]) && name.TrueForAll(NameParts.IsSyllable);
    }

    /// <summary>
    /// A one-word state name that opens a Vietnamese-sounding name is part of the name: "ca sĩ Đức Tuấn", but
    /// "Thủ tướng Đức Angela Merkel" and "Tổng thống Mỹ Barack Obama" keep their state.
    /// </summary>
    private static bool CountryStartsName(IReadOnlyList<Token> tokens, int k, int length)
        => length == 1 && k + 1 < tokens.Count && tokens[k + 1].IsCapitalized && tokens[k + 1].SpaceBefore
            && NameParts.IsSyllable(tokens[k].Text) && NameParts.IsSyllable(tokens[k + 1].Text)
            && GazetteerData.Titles.MatchAt(tokens, k + 1, out _) == 0 && GazetteerData.Agencies.MatchAt(tokens, k + 1, out _) == 0;

    /// <summary>
    /// A name has at most four words; a longer capitalised run keeps its first four, or five for a Vietnamese name
    /// with a double family name ("Huỳnh Vũ Thị Minh Loan"). A form of address that opens a sentence ("Cô Phạm Thị
    /// Lành") is not part of the name.
    /// </summary>
    private static List<string> Trim(IReadOnlyList<string> parts)
    {
        // "Cô Kubota Konomi", "Cô Jessica Stickle": before a foreign name too, since no foreign name opens with a
        // Vietnamese syllable of address.
        var start = parts.Count >= 2 && FormsOfAddress.Contains(CanonicalText.Key(parts[0]))
            && ((parts.Count >= 3 && NameParts.IsVietnameseSurname(parts[1])) || (parts.Count >= 2 && !NameParts.IsSyllable(parts[1]))) ? 1 : 0;
        var rest = parts.Skip(start).ToList();
        var keep = rest.Count >= 5 && NameParts.IsVietnameseSurname(rest[0]) && NameParts.IsVietnameseSurname(rest[1])
            && rest.Take(5).All(NameParts.IsSyllable) ? 5 : MaxNameParts;
        return [.. rest.Take(keep)];
    }

    private static bool EndsState(IReadOnlyList<Token> tokens, int end)
    {
        for (var start = Math.Max(0, end - 5); start < end; start++)
        {
            if (GazetteerData.Countries.MatchAt(tokens, start, out _) == end - start)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAscii(string word) => word.All(char.IsAscii);

    private static bool IsHyphen(Token token) => token.IsPunctuation('-') || token.IsPunctuation('\u2013');

    /// <summary>The hyphen at <paramref name="k"/> and the word after it, spaced as written: "-un", " - in".</summary>
    private static string Joined(IReadOnlyList<Token> tokens, int k) =>
        (tokens[k].SpaceBefore ? " " : string.Empty) + "-" + (tokens[k + 1].SpaceBefore ? " " : string.Empty) + tokens[k + 1].Text;

    /// <summary>
    /// Romanised Korean, Thai and Chinese names join syllables with a hyphen, and many pages space it: "Moon Jae -
    /// in", "Park Geun - hye", "Prayuth Chan - o - cha". A short lower-case ASCII word after a spaced hyphen ends such
    /// a name, since a Vietnamese clause after a dash starts with a marked word or one of a few plain words ("con",
    /// "cho", "ba"). A Vietnamese name before the dash is never joined ("Nguyễn Văn An - con trai ...").
    /// </summary>
    private static bool RomanisedSyllableAfterSpacedHyphen(IReadOnlyList<Token> tokens, int k, List<string> before, string part)
    {
        if (!IsHyphen(tokens[k]) || !tokens[k].SpaceBefore || k + 1 >= tokens.Count)
        {
            return false;
        }

        // A second hyphen in one word ("Chan - o - cha") continues the name whatever the syllable.
        var next = tokens[k + 1];
        return next.IsWord && !next.IsCapitalized && next.Text.Length <= 5 && next.Text.All(char.IsAsciiLetterLower)
            && (part.Contains('-', StringComparison.Ordinal) || !PlainVietnameseWords.Contains(next.Text))
            && (before.Count == 0 || !NameParts.IsVietnameseSurname(before[0]))
            && !before.Any(CanonicalText.HasVietnameseLetters);
    }

    /// <summary>
    /// "Hamad Al - Thani", "Abdel Fattah El - Sisi": the Arabic article capitalised and joined to the next word by a
    /// hyphen, which many pages space, is one word with it; the name was cut to "… Al" (about 30 names in folders
    /// 300-449 and 500-649 of vietnews-train).
    /// </summary>
    private static bool ArabicArticleBeforeSpacedHyphen(IReadOnlyList<Token> tokens, int k, string part) =>
        part is "Al" or "El" && IsHyphen(tokens[k]) && k + 1 < tokens.Count && tokens[k + 1].IsCapitalized && tokens[k + 1].IsWord;

    /// <summary>
    /// A Korean given name's second syllable capitalised after a spaced hyphen: "Kim Jong - Un", "Moon Jae - In". Only
    /// after a Korean family name and one syllable, so "Donald Trump - Kim" and "Mỹ - Triều" stay apart.
    /// </summary>
    private static bool KoreanGivenSyllableAfterSpacedHyphen(IReadOnlyList<Token> tokens, int k, List<string> before, string part)
    {
        if (!IsHyphen(tokens[k]) || !tokens[k].SpaceBefore || k + 1 >= tokens.Count || before.Count != 1 || part.Contains('-', StringComparison.Ordinal))
        {
            return false;
        }

        var next = tokens[k + 1];
        return next.IsCapitalized && next.Text.Length <= 3 && next.Text.All(char.IsAsciiLetter) && KoreanSurnames.Contains(before[0]);
    }

    // The commonest Korean family names in their usual romanisations (Statistics Korea, 2015 census: the first twenty
    // cover over three quarters of the population).
    private static readonly HashSet<string> KoreanSurnames = new(
        ["Kim", "Lee", "Yi", "Ri", "Park", "Pak", "Choi", "Choe", "Jung", "Jeong", "Chung", "Kang", "Cho", "Yoon", "Yun", "Jang", "Lim",
         "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Jeon", "Hong", "Moon", "Ban", "Roh", "Chun"],
        StringComparer.Ordinal);

    // Vietnamese words written without marks that may open a clause after a dash ("Kim - con trai ông ...").
    private static readonly HashSet<string> PlainVietnameseWords = new(
        ["con", "cha", "me", "em", "anh", "chi", "ban", "ba", "hai", "bon", "cho", "khi", "tin", "theo", "ca", "co", "la",
         "ma", "nay", "sau", "tai", "tu", "va", "vi", "noi", "sinh", "thi", "tuy", "nhan", "giao", "chu", "phim", "ra", "vao", "mang"],
        StringComparer.Ordinal);

    private static bool IsAcronym(string word) => word.Length >= 2 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private static HashSet<string> Keys(params string[] words) => new(words.Select(CanonicalText.Key), StringComparer.Ordinal);
}
