using System.Text.RegularExpressions;
using HopTac.Core.Text;

namespace HopTac.Core.Extraction.Events;

/// <summary>
/// The frame an event word stands in when the sentence talks about an event rather than reports it (facts.md: events
/// "as having happened or as scheduled with a date"; session-8 corpus audit, where these frames were the largest class
/// of wrong events): words inside a direct quotation, a "kể từ khi ..." clause, a count of occurrences, or the object
/// of a verb of judging, greeting or showing. Read on folded text; never throws.
/// </summary>
internal static partial class EventFrame
{
    /// <summary>
    /// True when the trigger stands inside a direct quotation: an opening quotation mark before it in the sentence is
    /// not closed before it. A quotation reports what someone said ("Vấn đề an toàn trong chuyến thăm Syria ...", "Hội
    /// nghị G20 là nơi ..."), so an undated event in it is the speaker's topic, not the writer's report (grammar: direct
    /// speech). Straight quotes pair up by count, curly ones by kind.
    /// </summary>
    internal static bool Quoted(string text, int position)
    {
        var inside = false;
        var open = 0;
        for (var i = 0; i < position && i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"':
                    // A straight quote before a comma or a stop closes a quotation that began in an earlier sentence
                    // ("... 100 triệu USD ", ông A nói"); elsewhere quotes pair up by count.
                    inside = !ClosesHere(text, i) && !inside;
                    break;
                case '“':
                    open++;
                    break;
                case '”':
                    open = Math.Max(0, open - 1);
                    break;
            }
        }

        return inside || open > 0;
    }

    private static bool ClosesHere(string text, int quote)
    {
        var i = quote + 1;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i >= text.Length || text[i] is ',' or '.' or ';' or ':' or '!' or '?' or ')';
    }

    /// <summary>
    /// True when the event is the object of a verb that judges, greets, shows or discusses it ("hoan nghênh hội nghị",
    /// "chúc cuộc gặp ... thành công", "thể hiện hội nghị ... đã thành công", "được tham gia vào cuộc gặp", "Thông tin
    /// về cuộc họp thượng đỉnh") or the anchor of a "kể từ khi" clause ("kể từ khi hai nước thiết lập quan hệ"): the
    /// sentence's predicate is about something else (grammar: the event noun is an object or a time adverbial).
    /// </summary>
    internal static bool TalkedAbout(string folded, int start)
    {
        try
        {
            var from = Math.Max(0, start - 60);
            var before = folded[from..start];
            var comma = before.LastIndexOfAny([',', ';', ':', '(']);
            var clause = comma < 0 ? before : before[(comma + 1)..];
            return ObjectOfComment().IsMatch(before) || SinceClause().IsMatch(clause);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// True when the event word is counted ("gặp nhau tới 9 lần", "đã ba lần điện đàm", "nhiều lần hội đàm"): a count
    /// of occurrences makes it a series, not one event (grammar: "lần" is the classifier of occurrences; "lần thứ hai"
    /// is an ordinal and names one). So does an adverb of frequency before the verb ("ông thường xuyên điện đàm với Trump",
    /// "thường xuyên tham dự các cuộc họp cùng ...", "định kỳ gặp"): the habitual aspect names a practice, not one occasion;
    /// and so does a habitual predicate of the event noun ("Diễn đàn Xiangshan, thường được tổ chức tại Bắc Kinh vào tháng
    /// 9", "hội nghị hằng năm được tổ chức"), which tells of the series and gives it no date of one meeting.
    /// </summary>
    internal static bool Counted(string folded, int start, int end)
    {
        try
        {
            var before = folded[Math.Max(0, start - 30)..start];
            var after = folded[end..Math.Min(folded.Length, end + 40)];
            return CountBefore().IsMatch(before) || CountAfter().IsMatch(after) || Habitual().IsMatch(before) || HabitualAfter().IsMatch(after);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// True for a bare year that bounds a period ("sau năm 1975", "kể từ năm 2000"): a preposition of time makes it the
    /// start or end of a span, not the day an event took place. Plain "từ năm 1977" is left alone: it also dates an event
    /// ("chuyến thăm đầu tiên là từ năm 1977"). For a new relation "kể từ năm 1998" is its date, so only "sau" and
    /// "trước" bound it.
    /// </summary>
    internal static bool BoundYear(string folded, int start, int length, bool relation)
    {
        if (length != 4 || start < 0 || start + length > folded.Length || folded.AsSpan(start, length).ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        try
        {
            var before = folded.AsSpan(Math.Max(0, start - 16), Math.Min(16, start));
            return relation ? AfterOrBefore().IsMatch(before) : Bound().IsMatch(before);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"\b(?:sau|truoc|ke tu|ke tu sau)\s+(?:nam\s+)?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Bound();

    [GeneratedRegex(@"\b(?:sau|truoc)\s+(?:nam\s+)?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex AfterOrBefore();






    // Verbs and nouns whose object is an event talked about: wishing ("chúc"; folded "tổ chức" (to hold) and "chức"
    // are other words), showing, commenting, taking part in the preparation of, information about. "tham gia vào" (to
    // join in) takes an event as its goal, not as a report. A host's "đánh giá cao" / "hoan nghênh" of a visit is how
    // Vietnamese reports tell of the visit under way, so they are no such verbs. A verb of opinion with its
    // complementiser ("cho rằng cuộc gặp giữa A và B có khả năng nhằm ...", "tin rằng", "nhận xét rằng") makes the
    // event the subject of an opinion (grammar: "rằng" opens a reported clause; not "nói rằng", whose clause reports
    // what happened). "theo" + a document ("Theo hợp đồng ký kết giữa các bên, ...") is an adverbial of accordance:
    // the document's signing is its relative clause, not a report.
    [GeneratedRegex(@"\b(?:(?<!\b(?:to|chuc) )chuc|the hien|binh luan|nhan dinh|(?:cho|tin|nhan xet|danh gia) rang|nhan xet|theo (?:cac |nhung )?(?:hop dong|thoa thuan|hiep dinh|ban ghi nho|van ban)(?: (?:da|duoc|vua))*|quan tam (?:toi|den)|tham gia vao|thong tin ve|tin tuc ve|chuan bi cho|ky vong (?:vao|o)|trien khai ket qua|ket qua cua)\s+(?:(?:cac|nhung|mot|hai|ca)\s+)?(?:(?:cuoc|chuyen|buoi|le|phien)\s+)?(?:(?:hop|gap)\s+)?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex ObjectOfComment();

    // "kể từ khi hai nước thiết lập quan hệ": the subject of the since-clause may stand between the conjunction and the
    // event word (up to four words). A measured interval before "trước khi"/"sau khi" ("chỉ ba tháng trước khi cuộc gặp
    // thượng đỉnh ... diễn ra", "hai ngày sau khi hội nghị kết thúc") places the main clause at a distance from the event,
    // so the event is that clause's time anchor and the clause's date is not its own (grammar: duration + "trước/sau
    // khi" + clause; 17 base records in study folders 300-449 and 500-649 have such an interval). Bare "trước khi" is
    // left alone: "nói ngày 18/9, trước khi bắt đầu cuộc gặp" is the meeting's day.
    [GeneratedRegex(@"\b(?:ke tu khi|tu khi|(?:\d+|mot|hai|ba|bon|vai|it|nhieu|may) (?:ngay|tuan|thang|nam|gio) (?:truoc|sau) khi)\s+(?:[^\s,;]+\s+){0,4}$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex SinceClause();

    // Folded text: "thuong xuyen" (often) and "dinh ky" (periodically) are unambiguous; bare "thường" folds with "thương"
    // (trade) and "thưởng", so it is left out. A light verb of attending or holding may stand between ("thường xuyên tham
    // dự các cuộc họp", "định kỳ tổ chức hội nghị"). Study folders 300-449 and 500-649: 58 "thường xuyên"/"định kỳ" + an
    // event verb ("thường xuyên gặp", "thường xuyên tiếp", "thường xuyên thăm"); the 20 read each name a practice.
    [GeneratedRegex(@"\b(?:thuong xuyen|dinh ky)\s+(?:(?:tham du|tham gia|tham|co|to chuc|tien hanh)\s+)?(?:(?:cac|nhung)\s+)?(?:(?:cuoc|chuyen|buoi)\s+)?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Habitual();

    // The event noun's own predicate, within its name and one comma: "thường (xuyên)"/"định kỳ"/"hằng năm" + "(được) tổ
    // chức"/"diễn ra". Here bare "thuong" is safe: "thương được tổ chức" is no phrase.
    [GeneratedRegex(@"^[^,;.]{0,40}?,?\s(?:thuong xuyen|thuong|dinh ky|hang nam)\s+(?:duoc\s+)?(?:to chuc|dien ra)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex HabitualAfter();

    [GeneratedRegex(@"\b(?:\d+|hai|ba|bon|nam|sau|nhieu|may|vai|hang chuc) lan (?:(?:cac|nhung)\s+)?(?:(?:cuoc|chuyen|buoi)\s+)?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex CountBefore();

    [GeneratedRegex(@"^\s*(?:(?:voi nhau|nhau)\s+)?(?:(?:toi|den|hon|gan|khoang|tong cong)\s+)?(?:\d+|hai|ba|bon|nam|sau|nhieu|may|vai|hang chuc) lan\b(?!\s+thu)", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex CountAfter();
}
