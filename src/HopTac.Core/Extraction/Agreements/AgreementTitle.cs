using System.Text.RegularExpressions;
using HopTac.Core.Extraction.Events;
using HopTac.Core.Text;
using HopTac.Core.Extraction.Gazetteers;

namespace HopTac.Core.Extraction.Agreements;

/// <summary>
/// Where a document's title ends in its sentence: at punctuation, at a word that cannot be part of a name (a verb,
/// a clause word, a time), after the document's acronym or year, and never on a dangling preposition.
/// </summary>
internal static partial class AgreementTitle
{
    // Session 16: 24 words cut the names of memoranda between two bodies with long names ("… giữa Bệnh viện Quân y 175 và Tập
    // đoàn Y", "… với Uỷ ban Dịch vụ tài"): 8 titles in the study folders, each a few words short of its end. A title with
    // no stop word still ends at punctuation; the limit only bounds a sentence with none.
    private const int MaxTitleWords = 48;

    /// <summary>
    /// A title cut by the word limit or a stop word does not end on a preposition or conjunction ("Hiệp ước về",
    /// "… trong lĩnh"): those words are dropped, so the title ends where the name last did.
    /// </summary>
    internal static string TrimDangling(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 2 && DanglingWords.Contains(words[^1].ToLowerInvariant()))
        {
            words.RemoveAt(words.Count - 1);
        }

        // "… Cộng hòa Belarus trong lĩnh vực" (cut by the word limit before "y tế"): "lĩnh vực" (field) needs the field
        // after it, so a title ending on it, with the preposition before it, was cut there too.
        if (words.Count > 4 && string.Equals(words[^1], "vực", StringComparison.OrdinalIgnoreCase)
            && string.Equals(words[^2], "lĩnh", StringComparison.OrdinalIgnoreCase))
        {
            words.RemoveRange(words.Count - 2, 2);
            while (words.Count > 2 && DanglingWords.Contains(words[^1].ToLowerInvariant()))
            {
                words.RemoveAt(words.Count - 1);
            }
        }

        return string.Join(' ', words);
    }

    private static readonly HashSet<string> DanglingWords = new(
        ["về", "của", "và", "giữa", "trong", "với", "cho", "các", "những", "lĩnh", "tại", "ở", "đến", "từ", "theo", "nhằm", "để", "-", "–"],
        StringComparer.Ordinal);

    internal static int TitleEnd(string text, TriggerHit hit)
    {
        var words = 0;
        var i = hit.End;
        // "giữa A và B", "giữa A với B": "giữa" (between) takes two terms, so the first "và" or "với" after it joins the
        // second term to the name, not a second object to the sentence (grammar). Titles cut there in the study folders
        // (session 15): "Tuyên bố chung giữa Tổng thống Trump", "Thoả thuận thương mại giữa Mỹ", "Hiệp định hoà bình giữa
        // Thuỵ Sĩ" (… với Pháp), "… mối quan hệ giữa nghệ thuật điêu khắc Chăm" (… và nghệ thuật Ấn Độ). "giữa hai nước",
        // "giữa các nước thành viên" already hold both terms.
        var betweenOpen = false;
        var joinedInsideName = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ' && BetweenOpens().IsMatch(text, i))
            {
                betweenOpen = true;
            }
            else if (c == ' ' && betweenOpen && BetweenJoins().Match(text, i) is { Success: true } join)
            {
                betweenOpen = false;
                // "giữa Bộ Kế hoạch và Đầu tư với Tổ chức …": a "và" before a capitalised word may be inside the first
                // term's name (ministries "Kế hoạch và Đầu tư", "Văn hoá, Thể thao và Du lịch"); if a "với" before a capital
                // follows, that "với" is the one that pairs with "giữa" (grammar: "giữa A với B" as "giữa A và B").
                joinedInsideName = join.Value.StartsWith(" và ", StringComparison.Ordinal) && char.IsUpper(text[i + join.Length]);
                words++;
                i += join.Length;
                continue;
            }
            else if (c == ' ' && joinedInsideName && SecondTermWith().Match(text, i) is { Success: true } with)
            {
                joinedInsideName = false;
                words++;
                i += with.Length;
                continue;
            }

            if (c == ',' && i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]))
            {
                // A decimal comma ("trị giá hơn 13,8 tỷ USD") is inside the number, not a break in the title.
                i++;
                continue;
            }

            if (c == ',' && (PartiesOpened().IsMatch(text.AsSpan(hit.End, i - hit.End)) || SubjectOpened().IsMatch(text.AsSpan(hit.End, i - hit.End)))
                && NamedList().Match(text, i) is { Success: true } list)
            {
                // "Hiệp ước Mekong giữa Campuchia, Lào, Thái Lan và Việt Nam": a list of names closed by "và" belongs to
                // the title; a comma before anything else ends it.
                i += list.Length;
                continue;
            }

            if (c is ',' or ';' or ':' or '(' or ')' or '!' or '?' or '"' or '“' or '”' or '…' || (c == '.' && (i + 1 == text.Length || text[i + 1] is ' ' or '.')))
            {
                break;
            }

            if (c is '-' or '–' && i > 0 && text[i - 1] == ' ' && LowerWordAfterDash().IsMatch(text, i + 1)
                && !(FieldBeforeDash().IsMatch(text.AsSpan(hit.End, i - hit.End)) && FieldAfterDash().IsMatch(text, i + 1)))
            {
                // "Thoả thuận Khí hậu Paris - vốn là …", "Hiệp ước Lisbon - cơ chế quy định …": a dash joins the
                // capitalised parts of a name ("Việt Nam - EU"); before a lower-case word it opens an apposition.
                break;
            }

            if (c == ' ' && i > 0 && (char.IsUpper(LastWordStart(text, i)) || i == hit.End || (i > hit.End && EndsWithCodeOrYear(text, hit.End, i)))
                && AndLowerAfterName().IsMatch(text, i))
            {
                // "Công ước Montreux và luật pháp quốc tế": a name ends at its last capital; "và" with a lower-case
                // word after it joins a second object to the sentence, not a word of the name. So after a year or an
                // acronym ("Thoả thuận hạt nhân 2015 và áp đặt …") and after the bare noun ("Hiệp ước và phía Mỹ …").
                break;
            }

            if (c == ' ' && i > hit.End && EndsWithCodeOrYear(text, hit.End, i) && LowerWordAfterName().IsMatch(text, i))
            {
                // "Hiệp ước INF cấm hai nước …", "Hiệp định CPTPP giữ nguyên …", "Công ước … Luật biển 1982 trước …": a
                // document's name ends with its acronym or its year; a lower-case word after them is the sentence's
                // predicate, unless it completes the name ("về", "giữa", "với"). 7 of 100 sampled agreements (seed
                // 10004, folders 950-999) ran on so. An organisation's acronym ("Công ước ASEAN chống khủng bố") is not
                // the document's and does not end the name.
                break;
            }

            if (c == ' ')
            {
                words++;
                // Stop words are matched on the text as written: folded, "ký" (sign) is also "Kỳ" (Thổ Nhĩ Kỳ) and "kỹ"
                // (kỹ thuật), "sẽ" (will) is "sẻ" (chia sẻ), "tại" (at) is "tài" (tài chính), "nhưng" (but) is "những".
                if (words > MaxTitleWords || StopWord().IsMatch(text, i))
                {
                    break;
                }
            }

            i++;
        }

        return OwnerAfterName(text, hit, i);
    }

    /// <summary>
    /// "Hiệp ước Bầu trời Mở của Mỹ", "Hiệp định Paris về biến đổi khí hậu của Mỹ", "Hiệp ước Lisbon của EU": after a
    /// document's proper name (a capitalised word right after the document noun that is not only a word of its kind), a
    /// closing "của" with a capitalised name is the possessor of the noun phrase (whose stake, whose withdrawal), not a
    /// word of the name: a proper name is complete in itself, and the press adds "của X" to tell whose side is meant
    /// (grammar: "của" marks the possessor after the whole noun phrase). A name that opens on "của" ("Công ước của Liên
    /// Hợp Quốc về Luật biển"), one told in common words ("Hiệp định tạo thuận lợi thương mại của WTO"), one whose
    /// "của" is followed by more ("… của EU với Việt Nam") or by two parties ("Tuyên bố Chung của Việt Nam và Mỹ") keep it.
    /// Session 17, study folders: 7 such titles among the base's records, 5 of them cut by this rule (the others start in
    /// lower case or hold more after "của").
    /// </summary>
    private static int OwnerAfterName(string text, TriggerHit hit, int end)
    {
        if (end <= hit.End || OwnerAtEnd().Match(text[hit.End..end]) is not { Success: true } owner)
        {
            return end;
        }

        var name = owner.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (name.Length == 0 || !char.IsUpper(name[0][0]) || name.All(w => KindOfDocument.Contains(VietnameseText.Fold(w).ToLowerInvariant())))
        {
            return end;
        }

        return hit.End + owner.Groups["name"].Index + owner.Groups["name"].Length;
    }

    // Words that say only what kind a document is ("Hiệp định Thương mại tự do", "Thoả thuận Hợp tác chiến lược"): a
    // capital on them names nothing, so "của X" after them may be the only name the title has.
    private static readonly HashSet<string> KindOfDocument = new(
        ["thuong", "mai", "tu", "do", "hop", "tac", "chien", "luoc", "doi", "dau", "kinh", "te", "song", "da", "phuong", "khung",
         "chung", "toan", "dien", "quoc", "phong", "hanh", "dong", "tong", "the", "ve"],
        StringComparer.Ordinal);

    // The title's words after the noun, ending on "của" and capitalised words only (a state, a body, a person).
    [GeneratedRegex(@"^ (?<name>.+?) của (?:\p{Lu}[\p{L}\p{Mn}]*)(?: \p{Lu}[\p{L}\p{Mn}]*){0,4}$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex OwnerAtEnd();

    // Two field nouns joined by a dash are one compound ("kinh tế - thương mại", "khoa học - công nghệ", "giáo dục - đào
    // tạo", "kỹ thuật - quân sự"): Vietnamese writes paired fields so (in the study folders "kinh tế - xã hội" 325 times,
    // "giáo dục - đào tạo" 76, "kinh tế - thương mại" 24), and a document's name holds them whole ("Hiệp định hợp tác về
    // kinh tế - thương mại"); the dash before a lower-case word opens an apposition only elsewhere. Session 16's measure
    // notes: titles cut at " - thương mại" twice and " - đào tạo".
    private const string Fields = "kinh tế|thương mại|đầu tư|xã hội|văn hoá|văn hóa|giáo dục|đào tạo|khoa học|công nghệ|kỹ thuật|kĩ thuật|quân sự|quốc phòng|an ninh|chính trị|du lịch|thể thao|y tế|môi trường|tài nguyên|thông tin|truyền thông|tài chính|ngân hàng|năng lượng|dầu khí|nông nghiệp|lâm nghiệp|thủy sản|thuỷ sản|lao động|giao thông|vận tải|dịch vụ|công nghiệp|ngoại giao|tư pháp|hải quan|nghệ thuật|nghiên cứu";

    [GeneratedRegex(@"(?<![\p{L}\p{Mn}])(?:" + Fields + @") $", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex FieldBeforeDash();

    [GeneratedRegex(@"\G ?(?:" + Fields + @")(?![\p{L}\p{Mn}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex FieldAfterDash();

    // A list of the document's subjects follows "về" ("Tuyên bố Bàn Môn Điếm về Hoà bình, Thịnh vượng và Thống nhất …"):
    // capitalised nouns closed by "và" are one name's words, as a list of parties after "giữa" is.
    [GeneratedRegex(@"(?<![\p{L}\p{Mn}])về \p{Lu}[\p{L}\p{Mn}]*(?: [\p{Ll}\p{Mn}]+)?(?: \p{Lu}[\p{L}\p{Mn}]*(?: [\p{Ll}\p{Mn}]+)?){0,3}$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex SubjectOpened();

    // "với" before a capital: the second term of "giữa" whose first term's name held "và".
    [GeneratedRegex(@"\G với (?=\p{Lu})", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex SecondTermWith();

    /// <summary>The last word before <paramref name="end"/> is a document's acronym ("INF", "CPTPP") or a year.</summary>
    private static bool EndsWithCodeOrYear(string text, int from, int end)
    {
        var start = Math.Max(from, text.LastIndexOf(' ', end - 1) + 1);
        var word = text[start..end];
        if (word.Length == 4 && word.All(char.IsAsciiDigit) && word[0] is '1' or '2')
        {
            return true;
        }

        return word.Length >= 3 && word.All(ch => char.IsAsciiLetterUpper(ch) || char.IsAsciiDigit(ch))
            && word.Count(char.IsAsciiLetterUpper) >= 2
            && (GazetteerData.ActorCode(word) is null || DocumentActors.Contains(word));
    }

    // blocs.tsv lists the CPTPP (and its forerunner TPP) as an actor, but the acronym names a document ("Hiệp định Đối
    // tác xuyên Thái Bình Dương"), not a body.
    private static readonly HashSet<string> DocumentActors = new(["CPTPP", "TPP"], StringComparer.Ordinal);

    private static char LastWordStart(string text, int end)
    {
        var start = text.LastIndexOf(' ', end - 1) + 1;
        return start < end ? text[start] : ' ';
    }

    // Words that end a document's name, as written (lower case: a capitalised word belongs to a name): verbs and
    // auxiliaries that say something about the document ("được", "đã", "sẽ", "có thể", "cho biết", "nêu rõ"), clause
    // words ("khi", "sau khi", "nếu", "vì", "mà", "chứ"), time words ("hôm", "vào", "từ năm") and words that point at
    // documents in general ("nào"). "vì" stays inside "vì hòa bình"; "bị" inside "người bị kết án". Session 7 (corpus
    // audit, titles run into the sentence): "hồi" (time: "hồi tháng ba", not "hồi giáo"), "do" (by; not "tự do"),
    // "gồm", "có", "khó", "sớm", "rằng", "nói", "chỉ nói/là", "tác động", "mang", "yêu cầu" (verbs and adverbs after
    // the name), and "và" before a second document word ("Kế hoạch hành động ... và thoả thuận của lãnh đạo ...").
    // Session 9: "bất chấp" (despite), "hơn bao giờ hết", a time of day or "ngày" before a number (the occasion's date:
    // "tuyên bố chung chiều 27-4", "Hiệp định IPA ngày 30-6") and a photo credit ("- Ảnh: REUTERS").
    // Session 12 (folders 300-449, titles run into the sentence): the verbs a statement's content follows ("tuyên bố
    // chung nhất trí / cam kết / chỉ trích / hoan nghênh / công nhận / nhắc tới / đề cập / lên án / thống nhất"), verbs
    // after a name ("… của Bộ Quốc phòng Mỹ công bố", "Hiệp ước Lisbon quy định về", "thể hiện", "lên Thủ tướng"),
    // adverbs and modals ("từng", "cần", "sắp"), a manner or a comparison ("bằng cách", "như kế hoạch", "theo đánh
    // giá") and a count's "tới 63 …"; none of them is a word of a document's name. "đạt được" (reached: "Thoả thuận hạt
    // nhân đạt được năm 2015") and "nhiều khả năng" (likely) are the predicate after the name.
    // Session 13 (folders 300-449 and 500-649, 21 titles, all run on): "và" before a second document word in either case
    // ("Bản ghi nhớ … năm 2011 và Tuyên bố Tầm nhìn chung …", "Thoả thuận Paris … và hàng loạt hiệp định …": two documents,
    // each its own record), and adverbs of time and degree that no document's name holds ("chưa", "ngay trước", "dưới
    // thời", "chủ yếu"). "ký" after "thư" is the secretary ("cho Tổng thư ký Liên Hợp Quốc"), no signing.
    // Session 15 (session 14's audit and the study folders): "và" before a capitalised noun of another kind of text
    // ("… về Hợp tác an ninh mạng và Tài liệu khái niệm về …", "và Văn kiện", "và Chương trình", "và Nghị quyết") opens a
    // second text's name as "và Tuyên bố" does; adverbs no name holds: "ngay cả" (even: "Hiệp định Paris ngay cả khi"),
    // "không nên" (should not), "về cơ bản" (basically), "trong khoảng" (within: "theo hiệp ước trong khoảng thời gian
    // từ 11 đến 16/3"), "phù hợp" (in keeping with), "lại" (again: "… giữa Mỹ - Nga lại kéo Trung Quốc"; not "đi lại",
    // "chống lại", "lập lại" of names), and the verbs a statement's content follows as those above ("tuyên bố chung đề
    // nghị / ủng hộ / phản đối / bác bỏ …"; 3 run-on titles in the study folders).
    // Session 16 (study folders): "trước sự chứng kiến / có mặt" (in the presence of: the ceremony's witnesses) and "theo
    // (đúng) kế hoạch / lộ trình" (as planned: "đàm phán Hiệp định … theo lộ trình đề ra") are adverbials of the clause,
    // never words of a document's name; the longer word limit above let two titles run into them. "thông qua" (to adopt,
    // or through: "Tuyên bố Tầm nhìn … ASEAN - Nhật Bản thông qua các dự án hợp tác cụ thể", "Hiệp ước … thông qua",
    // session 14's audit) is the clause's verb or means, not a word of a name. "với" after a verb that takes it as its
    // complement ("đối phó với", "ứng phó với", "thích ứng với", "đương đầu với": to cope with, respond to, adapt to,
    // face) is that verb's, not the counterpart's ("Thoả thuận đối phó với tài trợ khủng bố" was cut to "Thoả thuận đối phó").
    // Session 17: "đối với" (towards, regarding) is one preposition; its "với" introduces what the document applies to
    // ("Hiệp định miễn thị thực đối với hộ chiếu ngoại giao", "Công ước … phân biệt đối xử đối với phụ nữ"), never a
    // counterpart, and cutting there left "… đối" (session 16's measure notes; 1 title in the study folders). Before a
    // capitalised name ("Hiệp ước đối với Moscow thực sự không …") it points at a state, the sentence's topic, and the
    // title ends before it.
    [GeneratedRegex(@"\G (?:trước sự (?:chứng kiến|có mặt)|theo (?:đúng|kế hoạch|lộ trình)|thông qua|được|đã|nhằm|vào|tại|(?<!(?:đối phó|ứng phó|thích ứng|đương đầu|đối) )với|đối với(?= \p{Lu})|trong đó|sẽ|theo đó|là|mà|từ năm|này|nay|cho đến|giữa hai bên|(?<![Tt]hư )(?:ký kết|ký|kí kết|kí)|vì vậy|vì thế|do đó|cho nên|mang lại|đem lại|cho phép|có hiệu lực|dự kiến|trong việc|một cách|nhưng|khi|sau khi|trước khi|trong khi|nếu|vì(?! hòa bình| hoà bình| sự)|chứ|cũng|vẫn|phải|hôm|đang|nào|có thể|cho biết|nêu rõ|bày tỏ|kêu gọi|khẳng định|nhấn mạnh|thay vì|kể từ|sau cuộc|sau hội nghị|sau Hội nghị|(?<!người )bị|không thể|không có|không phải|để|nữa|rồi|thì|hay không|hồi(?! giáo)|(?<![Tt]ự )do|gồm|bao gồm|yêu cầu|có|khó|sớm|rằng|nói|chỉ (?:nói|là|có|được|mới)|tác động|mang|hay|giúp|hoàn toàn|trong (?:nhiều|suốt|hơn|vòng|thời gian|những năm|mấy|chuyến|cuộc|buổi|dịp|khuôn khổ)|cho thấy|kỳ vọng|chắc chắn|kéo dài|sau (?:\d|hai|ba|một|đó|này)|nhân (?:dịp|chuyến)|và (?:các |hàng loạt |nhiều |một số )?(?:[Tt]hoả thuận|[Tt]hỏa thuận|[Hh]iệp định|[Hh]iệp ước|[Cc]ông ước|[Bb]ản ghi nhớ|[Bb]iên bản|[Tt]uyên bố|[Kk]ế hoạch|[Nn]ghị định thư|Tài liệu|Văn kiện|Chương trình|Hiến chương|Nghị quyết|Lộ trình|Hợp đồng|Thông cáo)|bất chấp|ngay cả|không nên|về cơ bản|trong khoảng|phù hợp|(?<!đi |chống |lập |qua |trở |đổi |ở )lại|hơn bao giờ hết|(?:ngày|sáng|chiều|tối|trưa|đêm) \d|- Ảnh|đạt được|nhiều khả năng|(?<!về |việc |sự )(?:nhất trí|cam kết|chỉ trích|hoan nghênh|công nhận|nhắc (?:tới|đến|lại)|đề cập|lên án|thống nhất|thể hiện|công bố|quy định|đề nghị|ủng hộ|phản đối|bác bỏ)|từng|cần|bằng cách|theo (?:đánh giá|hướng)|như|sắp|thời điểm|lên|tới \d|chưa|ngay (?:trước|sau|khi|từ|lập tức)|dưới thời|chủ yếu)(?![\p{L}\p{Mn}])", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex StopWord();

    // "giữa" with its first term still to come: not "giữa hai/ba nước", "giữa các nước …" (both terms in one plural).
    [GeneratedRegex(@"\G giữa (?!(?:hai|ba|bốn|năm|tháng|tuần|các \p{Ll}|những \p{Ll}|nhiều)(?![\p{L}\p{Mn}]))", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex BetweenOpens();

    // The "và"/"với" that joins the second term of "giữa", followed by a word (not a second document word: "… và Hiệp
    // định …" is still a second document).
    [GeneratedRegex(@"\G (?:và|với) (?!(?:các |hàng loạt |nhiều |một số )?(?:[Tt]hoả thuận|[Tt]hỏa thuận|[Hh]iệp định|[Hh]iệp ước|[Cc]ông ước|[Bb]ản ghi nhớ|[Bb]iên bản|[Tt]uyên bố|[Kk]ế hoạch|[Nn]ghị định thư)(?![\p{L}\p{Mn}]))(?=[\p{L}\p{Mn}\d])", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex BetweenJoins();

    // A list of parties follows a word that opens them: "giữa", "với", "của" ("Hiệp ước Mekong giữa Campuchia, Lào, …").
    [GeneratedRegex(@"(?<![\p{L}\p{Mn}])(?:giữa|với|của)(?![\p{L}\p{Mn}])", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex PartiesOpened();

    [GeneratedRegex(@"\G, (?:\p{Lu}[\p{L}\p{Mn}]*(?: [\p{Ll}\p{Mn}]+)?(?: \p{Lu}[\p{L}\p{Mn}]*(?: [\p{Ll}\p{Mn}]+)?){0,3}, ){0,8}\p{Lu}[\p{L}\p{Mn}]*(?: [\p{Ll}\p{Mn}]+)?(?: \p{Lu}[\p{L}\p{Mn}]*(?: [\p{Ll}\p{Mn}]+)?){0,3} (?:và|hoặc) \p{Lu}[\p{L}\p{Mn}]*(?: \p{Lu}[\p{L}\p{Mn}]*){0,3}", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex NamedList();

    [GeneratedRegex(@"\G ?\p{Ll}[\p{L}\p{Mn}]*(?: |$)", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex LowerWordAfterDash();

    // "và" + a lower-case word that is not part of a lower-case name's pair ("Hữu nghị và Hợp tác" is capitalised).
    [GeneratedRegex(@"\G (?:và|hay|hoặc) \p{Ll}", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex AndLowerAfterName();

    // A lower-case word after a name's acronym or year, other than the prepositions that complete a document's name.
    [GeneratedRegex(@"\G (?!(?:về|giữa|với|và|hay|hoặc|năm)(?![\p{L}\p{Mn}]))\p{Ll}", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex LowerWordAfterName();
}
