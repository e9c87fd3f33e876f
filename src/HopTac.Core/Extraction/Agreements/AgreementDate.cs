using System.Text.RegularExpressions;
using HopTac.Core.Extraction.Dates;
using HopTac.Core.Extraction.Events;
using HopTac.Core.Extraction.Sentences;
using HopTac.Core.Facts;
using HopTac.Core.Text;

namespace HopTac.Core.Extraction.Agreements;

/// <summary>
/// When a document was signed or adopted: the sentence's date nearest the signing word, the year in its name, the
/// occasion a sentence points back to; none for a signing to come, an anniversary or another clause's date.
/// </summary>
internal static partial class AgreementDate
{
    /// <summary>
    /// The date the document at <paramref name="hit"/> was signed or adopted: none where the sentence signs nothing, a
    /// signing is still to come or the sentence marks an anniversary; else the sentence's own date nearest the signing
    /// word, else <paramref name="fallback"/> (the signing event of the sentence or the page) unless the only date is
    /// another clause's.
    /// </summary>
    internal static string? Signed(PageContext context, int index, string text, string folded, IReadOnlyList<TriggerHit> hits, IReadOnlyList<TriggerHit> raw, TriggerHit hit,
        int titleEnd, string? fallback)
    {
        // "mong EVFTA sớm được ký kết", "sắp ký hiệp ước", "hoàn tất để ký Hiệp định EVFTA vào cuối năm": a signing to
        // come dates nothing yet.
        var signed = AgreementSigning.SignedCue().IsMatch(text) && !FutureSigning().IsMatch(folded);
        return signed && !Anniversary().IsMatch(folded)
            ? SigningDate(context, index, text, hits, raw, hit, titleEnd, out var otherClause) ?? (otherClause ? null : fallback)
            : null;
    }

    /// <summary>
    /// The document's validity: a period written in its title or right after it ("giai đoạn 2021-2025"). On an
    /// anniversary, the span in brackets after the name ("40 năm Ngày ký Hiệp ước … (1977-2017)") counts the years since
    /// the signing and is no validity.
    /// </summary>
    internal static string? Period(PageContext context, int index, string text, string folded, TriggerHit hit, int titleEnd) =>
        context.AllDatesOf(index).FirstOrDefault(d => PageContext.IsPeriod(text, d) && d.Start >= hit.Start && d.Start <= titleEnd + 12
            && !(d.Start > 0 && text[d.Start - 1] == '(' && Anniversary().IsMatch(folded)))?.Iso;

    /// <summary>
    /// Of the sentence's dates outside the title, the one nearest the signing word nearest the document: "tại Brussels
    /// hôm 15-5, … ba bên tham gia ký Kế hoạch … (JCPOA) hồi năm 2015" was signed in 2015, not on the day of the meeting
    /// that opens the sentence.
    /// </summary>
    private static string? SigningDate(PageContext context, int index, string text, IReadOnlyList<TriggerHit> hits, IReadOnlyList<TriggerHit> raw, TriggerHit hit, int titleEnd,
        out bool otherClause)
    {
        otherClause = false;
        var all = AgreementSigning.SignedCue().Matches(text);
        // "ký sắc lệnh áp thuế … (8-3) … hiệp định NAFTA", "ký sắc lệnh hành pháp rút khỏi hiệp định TPP": a signing whose
        // object is an order, a law or a decision (the noun right after the verb) signs that, not the document.
        var cues = all.Where(m => !OtherObjectAfter().IsMatch(text, m.Index + m.Length)).Select(m => m.Index).ToList();
        if (cues.Count == 0)
        {
            otherClause = all.Count > 0;
            return null;
        }

        var cue = cues.MinBy(c => Math.Abs(c - hit.Start));
        // "phù hợp với … Công ước Liên Hợp Quốc về Luật biển 1982": a year in another document's name is that document's
        // (session 13: a Sino-Vietnamese agreement dated 1982 by UNCLOS named beside it).
        var others = hits.Where(h => !ReferenceEquals(h, hit)).Select(h => (h.Start, End: AgreementTitle.TitleEnd(text, h))).ToList();
        if (cue < hit.Start && others.Any(o => o.Start > cue && o.End <= hit.Start && ContentClause().IsMatch(text.AsSpan(o.End, hit.Start - o.End))))
        {
            // "Trung Quốc và các nước ASEAN năm 2002 ký Tuyên bố … (DOC), trong đó cam kết tuân thủ … Công ước Liên Hợp Quốc
            // về Luật biển (UNCLOS)": "trong đó" (in which) opens a clause on what the signed document says; a document
            // named there is its content, not signed by that verb, and the signing's time is the first one's (grammar:
            // the relative clause qualifies the noun before it). "trong đó có / gồm" (among them) lists what was signed
            // and is left alone. Session 17, study sample (seed 17101): 1 of 100.
            otherClause = true;
            return null;
        }

        // Session 17: every document word counts here, named or not: "ký kết thoả thuận về … và kế hoạch trao đổi đoàn năm
        // 2019" dates the plan, not the agreement (a year inside another document noun's phrase is that phrase's).
        var phrases = raw.Where(h => !ReferenceEquals(h, hit) && !(h.Start == hit.Start && h.End == hit.End))
            .Select(h => (h.Start, End: AgreementTitle.TitleEnd(text, h))).ToList();
        var outside = context.DatesOf(index).Where(d => (d.Start < hit.Start || d.Start > titleEnd)
            && !others.Any(o => d.Start >= o.Start && d.Start < o.End) && !phrases.Any(o => d.Start >= o.Start && d.Start < o.End)).ToList();
        var own = outside.Where(d => d.Start > cue || !CauseBetween().IsMatch(text.AsSpan(d.Start, cue - d.Start))).ToList();
        // "Hiệp định … (CPTPP), được ký hôm 8/3 tại Chile, khẳng định quan tâm đến việc đạt được Hiệp định … (RCEP)": a time
        // told in a signing clause right after another document's name is that document's (grammar: the relative clause
        // qualifies the noun before it), whichever signing word is nearer this one.
        // The same document named again in the sentence ("hiệp ước INF được ký từ năm 1987 … vi phạm hiệp ước") keeps it.
        var title = text[hit.Start..titleEnd];
        own.RemoveAll(d => others.Any(o => o.End <= d.Start && d.Start - o.End <= 40
            && SignedClauseBefore().IsMatch(text.AsSpan(o.End, d.Start - o.End))
            && !AgreementMerge.SameTitle(text[o.Start..o.End], title)));
        if (cue >= titleEnd && cue - titleEnd <= 16 && RightAfterName().IsMatch(text.AsSpan(titleEnd, cue - titleEnd)) && IsObject(text, hit.Start)
            && AgreementSigning.IsSigningVerbAt(text, cue))
        {
            // "rút khỏi Hiệp ước INF ký với Nga", "vi phạm thoả thuận được ký năm 2015": a signing told right after a
            // document that is the object of another verb is a relative clause on it; its time follows the signing
            // verb, and a date before the name is the main clause's ("Macron hôm 7/11 đề xuất … sau khi Trump rút
            // khỏi Hiệp ước INF ký với Nga"). A document opening its clause ("Ngày 5/3, Hiệp định X được ký") is
            // the subject, and the date before it is the signing's. Only a signing verb opens such a clause: "Tuyên bố
            // chung nhất trí …" tells what the statement says.
            own = [.. own.Where(d => d.Start > cue)];
        }

        // The signing event of the sentence carries the same other clause's date; it does not stand in for it.
        otherClause = own.Count < outside.Count;
        var after = own.FirstOrDefault(d => cue < hit.Start && d.Start > titleEnd && d.Start - titleEnd <= 20
            && TimeAfterObject().IsMatch(text.AsSpan(titleEnd, d.Start - titleEnd)));
        // "nâng cấp quan hệ … vào năm 2009 và ký kết Hiệp định thương mại tự do song phương vào năm 2015": the time of
        // "ký X" follows its object in Vietnamese; a nearer date before the verb belongs to the clause before it.
        var date = after?.Iso ?? own.OrderBy(d => Math.Abs(d.Start - cue)).Select(d => d.Iso).FirstOrDefault();
        var year = TitleYear().Match(text[hit.Start..titleEnd]);
        // "ký Tuyên bố về tầm nhìn chung quan hệ Việt - Nhật năm 2015" after a clause dated 2014: a document whose
        // name carries its year was signed or adopted that year (the press names such documents by the year of their
        // signing: "Công ước … Luật biển 1982", "Hiệp định Geneva 1954"); a date of another year is another clause's.
        return year.Success && date is not null && !date.StartsWith(year.Groups[1].Value, StringComparison.Ordinal)
            ? year.Groups[1].Value
            : date;
    }

    /// <summary>
    /// The document at <paramref name="start"/> follows a word of its clause (a verb or a preposition governs it:
    /// "rút khỏi Hiệp ước …"), rather than opening the sentence or a clause after a comma.
    /// </summary>
    private static bool IsObject(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        return i >= 0 && char.IsLetter(text[i]);
    }

    /// <summary>
    /// The date of the occasion a sentence adopting a document points back to ("Kết thúc Hội nghị, hai bên đã thông qua
    /// Tuyên bố ..."), when no signing event carries it: the latest dated event of the named kind told before.
    /// </summary>
    internal static string? Referred(IReadOnlyList<EventFact> events, Sentence sentence)
    {
        foreach (var reference in BackReference.FindAll(VietnameseText.Fold(sentence.Text)))
        {
            var types = reference.Types.Count == 0 ? BackReference.Occasions : reference.Types;
            foreach (var type in types)
            {
                var found = events.Where(e => string.Equals(e.Type, type.Name(), StringComparison.Ordinal) && e.Date is not null && e.EvidenceStart < sentence.Start)
                    .OrderByDescending(e => e.EvidenceStart).FirstOrDefault();
                if (found is not null)
                {
                    return found.Date;
                }
            }
        }

        return null;
    }

    // "để ký", "nhằm ký" (session 13): a purpose clause tells a signing sought, not one made. Session 17: so does a
    // condition ("nếu hiệp định này được thông qua, GDP … có thể tăng thêm 1,32% vào năm 2035": grammar, "nếu" (if)
    // makes the signing a supposition, and the time told is the consequence's); 1 of the 100 sampled in the study folders.
    // A ratification proposed ("đề nghị Quốc hội phê chuẩn Hiệp định …", "kiến nghị … thông qua") is one asked for, not
    // made: the day of the proposal is no signing's.
    [GeneratedRegex(@"\b(?:se|som|sap|mong|hy vong|chua|de|nham)\s+(?:duoc\s+)?(?:ky|ky ket|thong qua|phe chuan)\b|\bneu\b[^.;,]{0,60}?\bduoc\s+(?:ky|ky ket|thong qua|phe chuan)\b|\b(?:de nghi|kien nghi)\s+(?:\S+\s+){0,4}?(?:phe chuan|thong qua)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex FutureSigning();

    // "nhân kỷ niệm 25 năm ký Hiệp ước …", "kỷ niệm 10 năm ngày ký": the sentence's date is the anniversary's, not the
    // signing's.
    // "40 năm Ngày ký Hiệp ước …", "25 năm ký kết …" (session 13): a count of years before the signing counts since it,
    // whatever the words between "kỷ niệm" and it.
    [GeneratedRegex(@"\bky niem\b[^.;]{0,30}\b(?:ky|ky ket|thong qua)\b|\b\d+ nam (?:ngay )?(?:ky|ky ket)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Anniversary();

    // "Năm 1994, ông đoạt giải Nobel … do tham gia ký kết Hiệp định Oslo": a date before a clause of cause ("do", "vì",
    // "nhờ", "bởi") dates the main clause, not the signing told inside the cause (grammar of the subordinate clause).
    [GeneratedRegex(@"(?<![\p{L}\p{Mn}])(?:(?<![Tt]ự )do|vì(?! hòa bình| hoà bình)|nhờ|bởi)(?![\p{L}\p{Mn}])", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex CauseBetween();

    [GeneratedRegex(@"\G\s+(?:(?:một|các|hai)\s+)?(?:sắc lệnh|lệnh|luật|đạo luật|dự luật|nghị định(?! thư)|nghị quyết|quyết định|chỉ thị|công văn|đơn)(?![\p{L}\p{Mn}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex OtherObjectAfter();

    // "trong đó" opening a clause of content, not "trong đó có / gồm / bao gồm" (among them).
    [GeneratedRegex(@"(?<![\p{L}\p{Mn}])trong đó(?! (?:có|gồm|bao gồm)(?![\p{L}\p{Mn}]))", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex ContentClause();

    // A year in a document's name, not one end of a period ("1950 - 1953", "2015-2020", "đến năm 2025", "giai đoạn").
    [GeneratedRegex(@"(?<!đến |đến năm |giai đoạn |[-–/] ?|\d)\b((?:19|20)\d\d)\b(?! ?[-–/] ?\d)", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex TitleYear();

    // Between a document's name and a signing verb that tells of it: an auxiliary, a demonstrative or its bracketed
    // acronym ("(INF) ký", "được ký", "này đã được ký"), nothing that opens another clause.
    [GeneratedRegex(@"^\s*(?:\([A-Z0-9]+\)\s*)?(?:(?:này|đã|vừa|được|mà)\s*)*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex RightAfterName();

    // Between another document's name and a time: its acronym, a comma, an auxiliary, the signing verb, a place and a
    // time word ("(CPTPP), được ký hôm", "được ký kết tại Chile vào ngày"; session 14).
    [GeneratedRegex(@"^\s*(?:\([A-Z0-9]+\)\s*)?,?\s*(?:(?:này|đã|vừa|được|mà)\s+)*(?:ký kết|kí kết|ký|kí)(?:\s+tại\s+\p{Lu}[\p{L}\p{Mn}]*(?:\s+\p{Lu}[\p{L}\p{Mn}]*)*)?\s*(?:(?:vào|hồi|từ)\s+)?(?:(?:năm|ngày|tháng|hôm)\s*)?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex SignedClauseBefore();

    // Between a signed document's name and its time: "vào", "hồi", "năm", "ngày", "tháng", a bracketed acronym. Session
    // 16: or a bracket the time opens or shares with the acronym ("cùng ký kết Hiệp định … (CPTPP - tháng 3-2018)",
    // "(ký tháng 3-2018)"): the press brackets a document's signing time after its name, and a date of the clause before
    // ("xác lập quan hệ Đối tác toàn diện (tháng 11-2017), cùng ký kết …") is that clause's.
    [GeneratedRegex(@"^\s*(?:\([A-Z0-9]+\)\s*|\((?:[A-Z0-9]+\s*[-–,;:]\s*)?(?:(?:ký|kí)(?: kết)?\s+)?)?(?:(?:vào|hồi|từ|trong)\s+)?(?:(?:năm|ngày|tháng|hôm)\s*)?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex TimeAfterObject();
}
