using System.Text.RegularExpressions;
using HopTac.Core.Extraction.Dates;
using HopTac.Core.Text;
using HopTac.Core.Facts;

namespace HopTac.Core.Extraction.Events;

/// <summary>
/// Whether a trigger reports an event (facts.md: "as having happened or as scheduled with a date"), and not a wish, a
/// proposal, a pledge, an anniversary, a generic plural, or an event called off, refused, denied or only thought of.
/// Read on folded text before and just after the trigger.
/// </summary>
internal static partial class EventMood
{
    /// <summary>
    /// False for wishes, proposals, generic plurals and negations; <paramref name="scheduled"/> is set for plans,
    /// which count only with a date.
    /// </summary>
    public static bool IsReported(string text, string folded, EventTrigger hit, IReadOnlyList<DateMention> dates, out bool scheduled, out bool plural)
    {
        var from = Math.Max(0, hit.Start - 70);
        var before = folded[from..hit.Start];
        if (LastCoordination(before) is var coordination and > 0)
        {
            // "Ông Moon cam kết xem xét lại ... và đã cử đặc phái viên tới Trung Quốc gặp ...": a conjunction with a
            // marker of the past opens a new predicate; the wish or doubt of the first one does not reach into it.
            before = before[coordination..];
        }

        scheduled = false;
        plural = false;
        try
        {
            var clause = before[(before.LastIndexOfAny([',', ';', ':']) + 1)..];
            // A wish reaches over the commas of its own list ("đề nghị ..., sớm thống nhất, ký kết ..."), not past a
            // semicolon or a full stop.
            var sentenceStart = folded.LastIndexOfAny([';', '.', '?', '!'], Math.Max(0, hit.Start - 1));
            var wishFrom = Math.Max(Math.Max(0, hit.Start - 200), sentenceStart + 1);
            var wishSpan = folded[wishFrom..hit.Start];
            if (Wish(folded, hit.Start - before.Length, before) || Invited().IsMatch(clause) || WeakWishCue().IsMatch(clause) || FarWishCue().IsMatch(wishSpan)
                || (hit.Type == EventType.Partnership && AnniversaryCue().IsMatch(before))
                || AnniversaryOf().IsMatch(clause)
                || (hit.Type == EventType.Aid && PledgeCue().IsMatch(clause)))
            {
                return false;
            }

            // On the original text: folding makes "huỷ" (cancel) "huy" and "hoãn" (put off) "hoàn" (complete).
            var clauseText = text[(hit.Start - clause.Length)..hit.Start];
            var afterText = text[hit.End..Math.Min(text.Length, hit.End + 60)];
            var afterStop = afterText.IndexOfAny(['.', ';', ',']);
            if (UnrealisedBefore().IsMatch(clauseText) || Soon().IsMatch(clauseText) || Purpose().IsMatch(clauseText) || Wanted().IsMatch(clauseText) || Withdrawn().IsMatch(clauseText) || UnrealisedAfter().IsMatch(afterStop < 0 ? afterText : afterText[..afterStop]))
            {
                return false;
            }

            plural = PluralCue().IsMatch(before) || Counted(before, folded, hit)
                || (hit.Type == EventType.Signing && PluralDocuments().IsMatch(clause));
            // The predicate of an event noun may follow a long "giữa A và B" ("Một cuộc gặp thượng đỉnh giữa ông Kim
            // Jong-un và Tổng thống Nga Vladimir Putin dự kiến được tổ chức"): up to 100 letters, to the first comma.
            var after = folded[hit.End..Math.Min(folded.Length, hit.End + 100)];
            var stop = after.IndexOfAny(['.', ';', ',']);
            scheduled = PlanCue().IsMatch(before) || FutureAfter().IsMatch(stop < 0 ? after : after[..stop]);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }

        // A plan is firm only with one date: "dự kiến được tổ chức vào tháng 5 hoặc tháng 6" names two dates it may
        // take, so none it will (grammar: "hoặc"/"hay" joins alternatives).
        return !scheduled || dates.Any(d => !Alternative(folded, d));
    }

    /// <summary>
    /// True when a cue of wish stands in <paramref name="before"/> (the letters from <paramref name="from"/> up to the
    /// trigger). "lời mời" preceded by "theo", "nhận" or "đáp" is the formula of a visit made at an invitation ("Nhận lời
    /// mời của A, B thăm ..."): that is read on the whole text, since the window may start right after the verb and so hide
    /// it from the cue's own look-behind (base lost such visits whose clause after the comma is long).
    /// </summary>
    private static bool Wish(string folded, int from, string before)
    {
        foreach (Match m in WishCue().Matches(before))
        {
            if (!m.Value.StartsWith("loi moi", StringComparison.Ordinal) || !InvitationFormula().IsMatch(folded.AsSpan(Math.Max(0, from + m.Index - 6), Math.Min(6, from + m.Index))))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?:^|\s)(?:nhan|theo|dap)\s$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex InvitationFormula();

    /// <summary>
    /// True when a numeral and a classifier stand right before the event noun, the classifier before the trigger or
    /// as its first word ("hai cuộc gặp" where the trigger is "cuộc gặp", "một số cuộc gặp song phương").
    /// </summary>
    private static bool Counted(string before, string folded, EventTrigger hit)
    {
        var probe = before + folded[hit.Start..Math.Min(folded.Length, hit.Start + 8)];
        foreach (Match m in CountedPlural().Matches(probe))
        {
            if (m.Index < before.Length && m.Index + m.Length >= before.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a date is one of two alternatives ("tháng 5 hoặc tháng 6", "cuối tháng 5 hay đầu tháng 6").</summary>
    private static bool Alternative(string folded, DateMention date)
    {
        var end = Math.Min(folded.Length, date.Start + date.Length);
        var after = folded[end..Math.Min(folded.Length, end + 8)];
        var before = folded[Math.Max(0, date.Start - 12)..Math.Max(0, Math.Min(folded.Length, date.Start))];
        return AlternativeAfter().IsMatch(after) || AlternativeBefore().IsMatch(before);
    }

    [GeneratedRegex(@"^\s*(?:hoac|hay)\s", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex AlternativeAfter();

    [GeneratedRegex(@"\s(?:hoac|hay)\s+(?:(?:dau|cuoi|giua)\s+)?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex AlternativeBefore();

    private static int LastCoordination(string before)
    {
        var last = -1;
        foreach (Match m in Coordination().Matches(before))
        {
            last = m.Index + m.Length;
        }

        return last;
    }

    // "và đã", "và vừa", "rồi", "sau đó đã": coordination that opens a predicate reported as done (grammar).
    [GeneratedRegex(@"\b(?:va|roi|sau do) (?:da|vua|cung da)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Coordination();

    // Called off, stopped, refused, denied, conditional, possible or only an idea: "huỷ cuộc gặp", "ngừng viện trợ",
    // "cắt giảm viện trợ" (a verb of cessation takes the event as its object: nothing is given or held), "từ chối điện đàm", "có thể
    // gặp", "ý tưởng về một cuộc họp", "mở đường cho hội nghị", "hứa hẹn viện trợ", "tìm kiếm cơ hội đàm phán". Negation
    // except the time phrase "không lâu sau" and the "không chỉ" of a list. A threat or boycott ("doạ sẽ tẩy chay Hội nghị")
    // and the preparation of an event ("chủ trì cuộc họp rà soát công tác chuẩn bị Hội nghị Thượng đỉnh") take it as an
    // object that has not taken place (grammar: verbs of intent and preparation). So does an attempt ("trong nỗ lực đưa
    // xe tải chở hàng viện trợ vào Venezuela": "trong nỗ lực" + verb phrase is a purpose, not an outcome).
    [GeneratedRegex(@"(?i)(?:^|[\s""“(])(?:huỷ|hủy|hoãn|ngừng|ngưng|tạm dừng|đình chỉ|cắt giảm|chấm dứt|từ chối|bác bỏ|phủ nhận|có thể|khả năng|nếu|ý tưởng|cân nhắc|xem xét|hứa hẹn|hứa|mở đường cho|chuẩn bị cho|công tác chuẩn bị|việc chuẩn bị|tẩy chay|doạ|dọa|đe doạ|đe dọa|tìm kiếm cơ hội|tìm cách|trong nỗ lực|(?<!lời )mời|chẳng|không(?! (?:lâu|chỉ|ít|những)))(?=[\s,""”)]|$)", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex UnrealisedBefore();

    // "Duterte muốn thiết lập quan hệ": the modal of wish right before the event word (on the text as written: folded it
    // is "muộn", late). Further back it governs another verb ("muốn biết ông Dion có nêu ... trong buổi hội đàm").
    // The wanted thing may be the object of "có" ("ông Trump rất muốn có một cuộc gặp thượng đỉnh với ông Putin", "muốn
    // có cuộc gặp đủ nghi thức"): "muốn có" + noun phrase is still the wish (grammar: "có" makes the event noun its object).
    [GeneratedRegex(@"(?i)(?:^|\s)muốn\s+(?:được\s+)?(?:có\s+(?:(?:một|cuộc|buổi|chuyến)\s+)*)?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Wanted();

    // "sẽ sớm ký hiệp ước hoà bình", "thực hiện ... DOC và sớm ký kết COC", "hẹn sớm gặp lại lãnh đạo Triều Tiên": the
    // adverb "sớm" (soon) before the verb puts the event ahead, as a call or an intent, and "hẹn" + verb is a promise to
    // meet (grammar: an adverb of time before the verb; after it, "kết thúc sớm Hội nghị", "sớm" is early and the event
    // took place, so a verb before "sớm" leaves it alone). Read on the original text: folded, "sớm" is "sơm", and the
    // "sáng sớm" of a time of day is no adverb of the verb. Study folders 300-449 and 500-649: 44 "sớm" + event verb,
    // every one a wish, a call or a promise; 4 base records so made.
    [GeneratedRegex(@"(?i)(?:^|\s)(?:(?<!(?:sáng|đã|từ|rất|quá|càng|thúc|rời|về|đến|tới|ra) )sớm|hẹn(?: sớm)?)\s+(?:(?:được|có|tổ chức)\s+)?(?:(?:một|cuộc|buổi|chuyến|lễ)\s+)*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Soon();

    // "chuyến thăm ... nhằm thiết lập quan hệ với chính quyền mới", "nhằm nâng cấp quan hệ hai nước lên đối tác toàn diện":
    // "nhằm" (in order to) + verb phrase is the purpose of the clause, not an outcome (grammar: a purpose adjunct), like
    // "trong nỗ lực" above. Only right before the event word (with "tiến tới", "hướng tới", "góp phần" between): further
    // back "nhằm" governs another verb.
    [GeneratedRegex(@"(?i)(?:^|\s)nhằm(?: mục đích)?\s+(?:(?:tiến tới|hướng tới|góp phần|tiếp tục)\s+)?(?:(?:một|cuộc|buổi|chuyến|lễ)\s+)*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Purpose();

    // A withdrawal whose object is the event noun itself ("tuyên bố rút khỏi hội nghị thượng đỉnh với lãnh đạo Triều
    // Tiên"): the subject will not take part, so the event is called off for it (grammar: "rút khỏi" + noun phrase).
    // Only right before the event word: "rút khỏi thoả thuận hạt nhân Iran được ký kết năm 2015" withdraws from a
    // document whose signing is still a dated event.
    [GeneratedRegex(@"(?i)(?:^|\s)rút (?:lui )?khỏi\s+(?:(?:các|những|một|cuộc|buổi)\s+)*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Withdrawn();

    // "cuộc gặp ... bị huỷ", "cuộc gặp thượng đỉnh nên diễn ra sớm hơn", "hội đàm ... có thể là một nước đi tiếp theo",
    // "vẫn còn đang cân nhắc"; not the "có thể coi là" of a comment on what happened. The passive "bị" with a verb of
    // stopping or blocking ("khoản viện trợ bị đình chỉ", "hàng viện trợ bị chặn ở biên giới", "bị đóng băng") says the
    // event was stopped (grammar: "bị" + verb puts the event noun as the object the verb acts on).
    [GeneratedRegex(@"(?i)(?:^|\s)(?:bị huỷ|bị hủy|bị hoãn|nên diễn ra|có thể(?! (?:coi|nói|thấy|khẳng định))|không diễn ra|chưa diễn ra|sẽ không|bất thành|bị (?:đình chỉ|cắt|cắt giảm|đóng băng|tạm dừng|tạm ngừng|ngừng|ngưng|chặn|ngăn chặn|từ chối|bác bỏ|trì hoãn)|đang (?:được )?cân nhắc|còn (?:đang )?cân nhắc)(?=[\s,]|$)", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex UnrealisedAfter();

    [GeneratedRegex(@"\b(?:mong muon|mong|hy vong|hi vong|de nghi|de xuat|kien nghi|(?<!nhan |theo |dap )loi moi|ky vong|nham chuan bi)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex WishCue();

    // The content of an invitation: "nhận lời mời thăm Việt Nam", "chấp nhận lời mời gặp nhà lãnh đạo Triều Tiên",
    // "chuyển lời mời tới thăm" (grammar: "lời mời" + verb phrase names what is invited, which has not taken place; in
    // study folders 300-449 and 500-649, 4 base records so made, all a visit or meeting only accepted). The inviter
    // after "của"/"từ" ends the content: "Theo/Nhận lời mời của A, B thăm ..." is the formula of a visit made at A's
    // invitation and stays reported (WishCue leaves "theo", "đáp", "nhận lời mời" alone for the same reason).
    [GeneratedRegex(@"\bloi moi\s+(?:(?!cua\b|tu\b)[^\s,;:.]+\s+){0,3}$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Invited();

    // "theo đuổi hội nghị thượng đỉnh" (pursue): an aim, like "hướng tới".
    [GeneratedRegex(@"\b(?:thuc day|tang cuong|duy tri|khuyen khich|tao dieu kien|tien toi|huong toi|san sang|chua|can phai|can thiet|theo duoi)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex WeakWishCue();

    [GeneratedRegex(@"(?<!theo )\b(?:de nghi|de xuat|kien nghi)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex FarWishCue();

    [GeneratedRegex(@"\b(?:ky niem|nam)\s*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex AnniversaryCue();

    [GeneratedRegex(@"\bky niem\b[^.;]{0,30}$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex AnniversaryOf();

    [GeneratedRegex(@"\b(?:cam ket|hua hen|hua|ung ho|keu goi|xem xet|de nghi|ke hoach)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex PledgeCue();

    // "dự định" (intend) and "ý định" (intention) are the modal and the noun of intent, as "dự kiến" is of expectation: "ông
    // Mattis dự định tới Hawaii để gặp Chỉ huy ...", "Trump dự định gặp lãnh đạo Triều Tiên vào đầu năm sau", "ý định tổ
    // chức hội nghị thượng đỉnh" (grammar: a verb of intent takes the event as its complement, which has not yet taken
    // place). In study folders 300-449 and 500-649, 22 such phrases before an event word, none a report. "đồng ý" (agree)
    // right before the event word is consent to a meeting still ahead ("Trump đã đồng ý gặp lãnh đạo Triều Tiên tại một địa
    // điểm và thời gian chưa xác định"); further back it governs another verb ("đồng ý tiếp nhận ... theo thoả thuận").
    [GeneratedRegex(@"(?<!chia )\b(?:se|du kien|du dinh|y dinh|chuan bi|sap|ke hoach|toi day|dong y(?=\s+(?:(?:se|toi|den|sang|di|co|mot|cuoc|buoi|chuyen)\s+)*$))\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex PlanCue();

    [GeneratedRegex(@"\b(?:sap|du kien|toi day|(?:tuan|thang|nam|thoi gian|lan) toi|sap toi|tiep theo|se (?:dien ra|duoc to chuc|to chuc))\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex FutureAfter();

    // Plural quantifiers before the event noun, "một loạt"/"hàng loạt" (a series of) among them: "đã có một loạt chuyến
    // công du châu Á" (grammar; "một/hàng loạt" before such a noun 14 times in folders 000-399). The classifiers of sums
    // and batches count aid the same way: "các khoản viện trợ", "những gói viện trợ", "nhiều đợt hỗ trợ" (grammar).
    [GeneratedRegex(@"\b(?:cac|nhung|nhieu|mot loat|hang loat)\s+(?:cuoc |chuyen |buoi |le |khoan |goi |dot )?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    internal static partial Regex PluralCue();

    // A cardinal or "một số"/"vài" before the classifier of the event noun counts several events: "hai cuộc gặp kín ở New
    // York", "4 cuộc gặp với đại sứ", "một số cuộc gặp song phương", "vài cuộc điện đàm" (grammar: numeral + classifier
    // + noun is a plural; "lần thứ hai" is an ordinal and stands after the noun). Only numerals that stay numerals once
    // folded: "sáu", "năm", "bảy", "tám" fold to "sau" (after: "Sau cuộc hội đàm"), "năm" (year), "bay", "tam". A number is
    // one or two digits not inside a date ("hôm 8/8 cuộc ...", "năm 2018 cuộc ...").
    [GeneratedRegex(@"(?<!\bthu |\bmot trong )(?:\b(?:mot so|vai|hai|ba|bon)|(?<![\d/.,-])(?<!\b(?:ngay|hom|thang|nam) )\b\d{1,2})\s+(?:cuoc|chuyen|buoi|le|phien|dot|khoan|goi)\s", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex CountedPlural();

    // Documents counted as a class before the signing word that qualifies them: "các văn bản đã ký kết", "các hiệp định
    // thương mại tự do thế hệ mới đã được ký kết", "hàng loạt các hiệp định ... được ký kết" (grammar: a plural noun phrase
    // with the signing verb as its relative clause names documents of a kind, not one signing that took place). "Một trong
    // những/hai ..." (one of the ...) picks one out of the set, and so does not count (grammar: the partitive).
    [GeneratedRegex(@"(?<!\bmot trong )\b(?:cac|nhung|nhieu|hang loat|mot loat|mot so)\s+(?:cac\s+)?(?:hiep dinh|hiep uoc|van ban|van kien|thoa thuan|ban ghi nho|ghi nho|bien ban|hop dong|fta|cong uoc)\b[^,;:.]{0,60}?\s(?:(?:da|duoc|vua|moi|tung)\s+)*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex PluralDocuments();
}
