using System.Text.RegularExpressions;
using HopTac.Core.Extraction.Dates;
using HopTac.Core.Facts;
using HopTac.Core.Text;

namespace HopTac.Core.Extraction.Events;

/// <summary>
/// Which date of a sentence is an event's: the clause the trigger sits in, the nearest date that is not a document's or
/// a statement's, and the date of the occasion a back-reference ("Trong chuyến thăm, ...") places the event in.
/// </summary>
internal static partial class EventDating
{
    /// <summary>
    /// How many sentences back "cùng ngày" may look for its day: a story of a visit (talks, a press conference, the
    /// signings witnessed, then "Cùng ngày, Tổng bí thư đã tiếp ...") runs to about ten; further back is another story.
    /// </summary>
    private const int SameDayLookBack = 10;

    /// <summary>
    /// The clause of a sentence that reports one event: a sentence listing several ("tháng 2 ..., tháng 4 ...; ...")
    /// is cut before each date that opens a clause and at semicolons.
    /// </summary>
    internal static (int Start, int End) Segment(string text, string folded, IReadOnlyList<DateMention> dates, EventTrigger hit)
    {
        var cuts = new List<int> { 0, text.Length };
        for (var i = text.IndexOf(';', StringComparison.Ordinal); i >= 0; i = text.IndexOf(';', i + 1))
        {
            cuts.Add(i + 1);
        }

        foreach (var date in dates)
        {
            var from = Math.Max(0, date.Start - 25);
            var comma = date.Start == 0 ? -1 : text.LastIndexOf(',', date.Start - 1, date.Start - from);
            if (comma >= 0 && DateIntro().IsMatch(folded[(comma + 1)..date.Start]))
            {
                cuts.Add(comma + 1);
            }
        }

        cuts.Sort();
        var start = cuts.Where(c => c <= hit.Start).Max();
        var end = cuts.Where(c => c >= hit.End).DefaultIfEmpty(text.Length).Min();
        return (start, Math.Max(start, end));
    }

    /// <summary>
    /// The run of triggers that hit <paramref name="k"/> belongs to: triggers with nothing but spaces between them are
    /// the words of one noun phrase ("hội nghị thượng đỉnh", "cuộc gặp thượng đỉnh", "hội đàm thượng đỉnh"), so they
    /// share one event's time: a date after the phrase ("hội nghị thượng đỉnh hồi tháng 6") is the first word's too, and
    /// a time anchor before it ("một tuần sau cuộc gặp thượng đỉnh") makes the last word an anchor too (grammar: a
    /// modifier follows the head of the whole phrase). Returns the first and last index of the run.
    /// </summary>
    internal static (int First, int Last) Run(string folded, IReadOnlyList<EventTrigger> hits, int k)
    {
        var first = k;
        while (first > 0 && Adjacent(folded, hits[first - 1], hits[first]))
        {
            first--;
        }

        var last = k;
        while (last + 1 < hits.Count && Adjacent(folded, hits[last], hits[last + 1]))
        {
            last++;
        }

        return (first, last);
    }

    /// <summary>
    /// The dates that belong to the event noun before the run starting at <paramref name="first"/>: in "hội nghị thượng
    /// đỉnh liên Triều hồi tháng 4 và cuộc gặp lịch sử giữa Trump và Kim", "hồi tháng 4" follows the first noun phrase
    /// and modifies it, not the second one coordinated with it (grammar: a modifier follows its head). Only when the
    /// run is itself a noun phrase ("cuộc gặp", "chuyến thăm", "hội nghị") joined to the earlier one by "và" with no
    /// comma between, and the earlier run has no date before it; a verb after "và" ("thăm Nga hồi tháng 6 và hội đàm
    /// với ...") shares its subject's time and is left alone.
    /// </summary>
    internal static IReadOnlyList<DateMention> EarlierNounDates(string folded, IReadOnlyList<EventTrigger> hits, int first, IReadOnlyList<DateMention> dates)
    {
        if (first == 0)
        {
            return [];
        }

        var head = hits[first];
        var (previousFirst, previousLast) = Run(folded, hits, first - 1);
        var before = previousFirst > 0 ? hits[previousFirst - 1].End : 0;
        if (dates.Any(d => d.Start >= before && d.Start < hits[previousFirst].Start))
        {
            return [];
        }

        try
        {
            if (!NounHead().IsMatch(folded.AsSpan(head.Start, Math.Min(12, folded.Length - head.Start)))
                && !NounBefore().IsMatch(folded.AsSpan(Math.Max(0, head.Start - 8), Math.Min(8, head.Start))))
            {
                return [];
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }

        // The date must sit inside the coordination itself: no comma or semicolon between the two nouns (", sáng 31-5,
        // Chủ tịch ... đã có buổi tiếp" is the clause's time), and "và" joining the dated noun to this one.
        var between = dates.Where(d => d.Start >= hits[previousLast].End && d.Start + d.Length <= head.Start).ToList();
        if (between.Count == 0 || folded.AsSpan(hits[previousLast].End, head.Start - hits[previousLast].End).IndexOfAny([',', ';']) >= 0)
        {
            return [];
        }

        var after = between[^1].Start + between[^1].Length;
        return folded.AsSpan(after, head.Start - after).Contains(" va ", StringComparison.Ordinal) ? between : [];
    }

    private static bool Adjacent(string folded, EventTrigger a, EventTrigger b) =>
        b.Start >= a.End && b.Start - a.End <= 2 && folded.AsSpan(a.End, b.Start - a.End).IsWhiteSpace();

    /// <summary>True when <paramref name="iso"/> is a day or month (or a range) starting in a year other than the bare <paramref name="year"/>.</summary>
    internal static bool OtherYear(string iso, string? year) =>
        PartialDate.Parse(year) is { Coarse: true, Year: { } bare } && PartialDate.Parse(iso) is { Coarse: false, FirstDay: { } first }
        && first.Year != bare;

    /// <summary>No date, or one that says when only vaguely (<see cref="PartialDate.Coarse"/>): another rule may date the event better.</summary>
    internal static bool Coarse(string? iso) => iso is null || PartialDate.Parse(iso) is { Coarse: true };

    internal static string? NearestDate(string text, string folded, IReadOnlyList<DateMention> dates, EventTrigger hit)
    {
        DateMention? best = null;
        var bestDistance = int.MaxValue;
        // "Mỹ và Việt Nam năm 2008 đã ký thoả thuận quy định những người Việt đến Mỹ trước ngày 12/7/1995": a bare year
        // right before the trigger is the predicate's time adverbial; a day of another year in the clause is another
        // event's (here the object's relative clause), however precise (grammar: one event, one year).
        var ownYear = dates.FirstOrDefault(d => d.Value is { Coarse: true, Year: not null } && d.Start + d.Length <= hit.Start && hit.Start - (d.Start + d.Length) <= 30
            && text.AsSpan(d.Start + d.Length, hit.Start - (d.Start + d.Length)).IndexOfAny([',', ';']) < 0)?.Iso;
        foreach (var date in dates)
        {
            if (OtherYear(date.Iso, ownYear))
            {
                continue;
            }

            var distance = date.Start + date.Length <= hit.Start ? hit.Start - (date.Start + date.Length)
                : date.Start >= hit.End ? (date.Start - hit.End) * 2
                : 0;
            var bracketed = date.Start > 0 && folded[date.Start - 1] == '(';
            // The document a signing trigger names as its object ("lễ ký tuyên bố hôm 8/11") is what was signed then.
            var objectEnd = hit.Type == EventType.Signing ? Math.Min(date.Start, hit.End + 12) : hit.End;
            if (date.Start >= hit.End && !bracketed
                && (date.Start - hit.End > 150 || DocumentNoun().IsMatch(folded.AsSpan(objectEnd, Math.Max(0, date.Start - objectEnd)))))
            {
                // "hội đàm ... tiếp nối từ Bản ghi nhớ ... tháng 5": the date is the document's, not the event's.
                continue;
            }

            if (date.Start >= hit.End && hit.Type != EventType.Partnership && OtherClauseTime(folded, hit.End, date.Start))
            {
                // "chuyến thăm đầu tiên ... kể từ khi nhậm chức vào tháng 7-2017", "đã ký hợp đồng ..., dự kiến giao hàng
                // vào năm 2023": a date after a since-clause or a later predicate (delivery, entry into force) is that
                // clause's time, not the event's (grammar: a time adverbial modifies the nearest predicate).
                continue;
            }

            if (date.Start < hit.Start && hit.Start - date.Start > 250)
            {
                continue;
            }

            if (date.Start + date.Length <= hit.Start && ReportDate(text, date.Start + date.Length, hit.Start) && !SaidAt(text, hit))
            {
                // "Ngày 22-2, Tổng thống Trump tuyên bố ... tại cuộc hội đàm thượng đỉnh tới đây": the date is the
                // statement's, not the event's it speaks of.
                continue;
            }

            if (date.Start + date.Length <= hit.Start && SourcePhrase(text, date.Start, date.Start + date.Length, hit.Start))
            {
                // "Theo thông báo của Nhà Trắng ngày 29/9, Tổng thống Trump sẽ công du ... từ ngày 3 đến 14/11": a date
                // inside the opening "theo ..." phrase dates the source, not the event the clause after it reports.
                continue;
            }

            if (date.Start >= hit.End && !bracketed && LaterReport(text, hit.End, date.Start))
            {
                // "... sẽ công du châu Á trong tháng 11 ", Reuters dẫn lời Tổng thống Trump hôm 14/9": a date after a verb
                // of saying modifies that verb (the time of the statement), not the event before it.
                continue;
            }

            if (date.Value is { Coarse: true })
            {
                // A bare year is background ("năm 2024"); a day or month nearby dates the event better.
                distance += 250;
            }

            if (distance < bestDistance)
            {
                best = date;
                bestDistance = distance;
            }
        }

        return best?.Iso;
    }

    /// <summary>
    /// The date of the event a photo caption shows: a caption ("Putin (phải) và Kim Jong-un hội đàm tại ...", "... tiếp
    /// Đại sứ Úc - Ảnh: TTXVN") pictures the occasion the article reports, so it takes the date of the one dated event of
    /// its type the page told before it. Null for a sentence that is no caption, an archive photo ("ảnh tư liệu", "hồi
    /// đầu năm"), or a page with no such event or several dated differently.
    /// </summary>
    internal static string? CaptionDate(string text, EventType type, IReadOnlyList<EventDraft> drafts)
    {
        try
        {
            if (!CaptionCue().IsMatch(text) || ArchiveCue().IsMatch(text))
            {
                return null;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        var dated = drafts.Where(d => d.Type == type && d.Date is not null && !d.Background).Select(d => d.Date!).Distinct(StringComparer.Ordinal).ToList();
        return dated.Count == 1 ? dated[0] : null;
    }

    /// <summary>True when a since-clause or a later predicate of its own opens between the trigger and a date after it.</summary>
    private static bool OtherClauseTime(string folded, int from, int to)
    {
        try
        {
            return OtherClause().IsMatch(folded.AsSpan(from, to - from));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// True when a clause of saying opens between the trigger and a date after it (", Reuters dẫn lời ... hôm 14/9"): the
    /// comma or closing quote sets it apart, so "lễ ký tuyên bố hôm 8/11" (the noun "tuyên bố") stays the signing's.
    /// </summary>
    private static bool LaterReport(string text, int from, int to)
    {
        try
        {
            return LaterReportClause().IsMatch(text.AsSpan(from, to - from));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// The day a clause's anaphoric time adverbial points back to (grammar: these phrases take the day the text last
    /// gave): "cùng ngày", "chiều cùng ngày", "trong chuyến thăm Vatican cùng ngày", "ngay sau lễ đón", "sau lễ đón"
    /// (the welcome ceremony opens the day of the talks) name that day; "ngày hôm sau", "sáng hôm sau" the day after it.
    /// The day is the last single day the sentences before name, at most <see cref="SameDayLookBack"/> of them back,
    /// else the day of the page's latest dated event (<paramref name="recent"/>). Null when the clause has no such
    /// phrase or no day was named.
    /// </summary>
    internal static string? SameDay(PageContext context, int index, string foldedClause, IReadOnlyDictionary<EventType, (string Date, int Order, int Sentence)> recent)
    {
        bool next;
        bool same;
        try
        {
            next = NextDayCue().IsMatch(foldedClause);
            same = !next && SameDayCue().IsMatch(foldedClause);
            if (!next && !SameDayCue().IsMatch(foldedClause) && !RightAfterCue().IsMatch(foldedClause))
            {
                return null;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        // "cùng ngày" after an event dated by a span of days ("bắt đầu chuyến thăm Mỹ hai ngày" from "hôm 17/4") is its
        // first day: the day the text named, and one inside the span. A welcome ceremony's day is not known from a span.
        var day = LastDay(context, index)
            ?? recent.Values.OrderByDescending(r => r.Order).Select(r => same && PartialDate.Parse(r.Date) is { IsRange: true, Start: { DayPrecise: true } first } ? first : PartialDate.Parse(r.Date))
                .FirstOrDefault(d => d is { DayPrecise: true });
        return day is not { } found ? null
            : next ? found.NextDay()?.ToIso()
            : found.ToIso();
    }

    /// <summary>The last single day named in the sentences before <paramref name="index"/> (at most <see cref="SameDayLookBack"/> back).</summary>
    private static PartialDate? LastDay(PageContext context, int index)
    {
        for (var j = index - 1; j >= Math.Max(0, index - SameDayLookBack); j--)
        {
            if (context.DatesOf(j).LastOrDefault(d => d.Value is { DayPrecise: true }) is { } day)
            {
                return day.Value;
            }
        }

        return null;
    }

    /// <summary>True when the date sits in an opening "Theo ..." phrase that a comma closes before the trigger.</summary>
    private static bool SourcePhrase(string text, int dateStart, int dateEnd, int hitStart)
    {
        try
        {
            return text.AsSpan(dateEnd, hitStart - dateEnd).Contains(',')
                && SourceOpening().IsMatch(text.AsSpan(Math.Max(0, dateStart - 100), Math.Min(100, dateStart)));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// True when the trigger is where the saying took place ("Ngày 12/3, ông X phát biểu tại hội nghị ...", "... nhấn
    /// mạnh trong cuộc hội đàm"): a statement made at an event is made during it, so its day is the event's (grammar:
    /// the locative names the occasion of the verb). Not for an occasion still to come ("tại cuộc hội đàm thượng đỉnh
    /// tới đây").
    /// </summary>
    private static bool SaidAt(string text, EventTrigger hit)
    {
        try
        {
            return SaidAtCue().IsMatch(text.AsSpan(Math.Max(0, hit.Start - 40), Math.Min(40, hit.Start)))
                && !ComingCue().IsMatch(text.AsSpan(hit.End, Math.Min(60, text.Length - hit.End)));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    internal static bool ReportDate(string text, int from, int to)
    {
        try
        {
            return ReportVerb().IsMatch(text.AsSpan(from, to - from));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// The date of the event a back-reference in the hit's clause points to: the latest dated event of the types the
    /// phrase names (any occasion for "nhân dịp này"). Null when the clause has no back-reference, or when the page
    /// dated no such event: a reference to nothing dates nothing.
    /// </summary>
    internal static string? Referent(PageContext context, int index, IReadOnlyList<BackReference> references, IReadOnlyDictionary<EventType, (string Date, int Order, int Sentence)> recent, EventTrigger hit, int segmentStart, int segmentEnd)
    {
        string? Checked((string Date, int Order, int Sentence) found) => MovedOn(context, found.Sentence, index, found.Date) ? null : found.Date;

        foreach (var reference in references)
        {
            if (reference.Start < segmentStart || reference.End > segmentEnd || (reference.Start < hit.End && reference.End > hit.Start))
            {
                // The phrase's own "chuyến thăm" or "hội đàm" is the earlier event mentioned again, not one inside it.
                continue;
            }

            if (reference.Types.Count == 0)
            {
                var latest = BackReference.Occasions.Where(t => t != hit.Type && recent.ContainsKey(t))
                    .Select(t => recent[t]).OrderByDescending(r => r.Order).FirstOrDefault();
                if (latest.Date is not null)
                {
                    return Checked(latest);
                }

                continue;
            }

            foreach (var type in reference.Types)
            {
                if (recent.TryGetValue(type, out var found))
                {
                    return Checked(found);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// True when a sentence between the event's last mention and the back-reference dates something else ("Từ ngày 26
    /// đến 28/5, tại phiên họp G7, ... Tại hội nghị này, ..."): the story has moved to an occasion the page did not
    /// record as an event, and "this conference" is that one. Bare years are background, not a move.
    /// </summary>
    internal static bool MovedOn(PageContext context, int from, int to, string date)
    {
        for (var j = from + 1; j <= to; j++)
        {
            if (context.DatesOf(j).Any(d => d.Value is { Coarse: false } && !EventMerger.DatesCompatible(d.Iso, date)))
            {
                return true;
            }
        }

        return false;
    }

    // Verbs of saying and reporting (on the original text: folded "nói" is also "nội" of "Hà Nội"; "tiếng nói", a
    // voice, is a noun, as in "Đài Tiếng nói Việt Nam"), and "rằng", the
    // complementiser that opens what was said ("tiết lộ hôm 27/8 rằng ... đã được thảo luận tại hội nghị thượng đỉnh
    // G7": the day is the telling's).
    [GeneratedRegex(@"(?i)(?:^|\s)(?:rằng|(?<!tiếng\s)nói|cho biết|cho hay|phát biểu|chỉ trích|tuyên bố|thông báo|tiết lộ|dẫn lời|dẫn nguồn|đưa tin|xác nhận|khẳng định|bình luận|trả lời|cho rằng|nhận định|công bố|nhấn mạnh|cảnh báo|kêu gọi|thừa nhận|phủ nhận|(?<!bài\s)viết)(?=[\s,:]|$)", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex ReportVerb();

    [GeneratedRegex(@"[,""”]\s*(?:[^,;""“”]{0,60}?\s)?(?:(?<!tiếng\s)nói|cho biết|cho hay|phát biểu|tuyên bố|thông báo|tiết lộ|dẫn lời|dẫn nguồn|dẫn(?=\s+(?:bản\s+tin|tin|thông\s+báo|tuyên\s+bố|báo\s+cáo|phát\s+biểu))|đưa tin|xác nhận|khẳng định|trả lời)(?=[\s,:]|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex LaterReportClause();

    // The verb of saying itself takes the locative ("phát biểu tại hội nghị", "nhấn mạnh trong cuộc hội đàm"); in "cho
    // biết như trên theo cam kết của Tổng thống trong hội nghị" it is the promise's, made at another time.
    [GeneratedRegex(@"(?<![\p{L}])(?:(?<!tiếng\s)nói|cho biết|cho hay|phát biểu|tuyên bố|thông báo|tiết lộ|khẳng định|nhấn mạnh|cảnh báo|kêu gọi|bình luận|nhận định|cho rằng)\s+(?:tại|trong|bên\s+lề)\s+(?:(?:các|một|những)\s+)?(?:(?:cuộc|buổi|lễ|phiên|kỳ|hai)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex SaidAtCue();

    [GeneratedRegex(@"^[^.;]*?(?<![\p{L}])(?:tới\s+đây|sắp\s+tới|sắp\s+diễn\s+ra|dự\s+kiến|sẽ\s+diễn\s+ra|tới)(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex ComingCue();

    // An adverbial of source opening the sentence or a clause: "Theo thông báo của Nhà Trắng ngày 29/9,".
    [GeneratedRegex(@"(?:^|[,;:]\s*|\.\s+)[Tt]heo\s[^,;.]{0,90}$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex SourceOpening();

    [GeneratedRegex(@"\b(?:trong |(?:sang|chieu|toi|trua|dem) )?cung ngay\b(?! (?:\d|thang))", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex SameDayCue();

    // "kể từ khi", "từ khi", "kể từ", "trước khi" open a clause of another time; a delivery, a handover, an entry into
    // force, a completion or an opening is a predicate of its own ("giao hàng", "bàn giao", "có hiệu lực", "hoàn
    // thành", "đi vào hoạt động", "khánh thành"). "sau khi" is left out: what follows talks is usually on their day.
    [GeneratedRegex(@"\b(?:ke tu khi|tu khi|ke tu|truoc khi|giao hang|ban giao|duoc giao|co hieu luc|het hieu luc|het han|hoan thanh|di vao hoat dong|khanh thanh)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex OtherClause();

    // A photo caption: the people placed in the picture ("(trái)", "(phải)", "(giữa)", "(ngoài cùng bên trái)", "(thứ
    // hai từ phải sang)") or the photo's credit ("- Ảnh: TTXVN", "Ảnh: Reuters").
    [GeneratedRegex(@"\((?:trái|phải|giữa|bên trái|bên phải|ngoài cùng bên (?:trái|phải)|(?:hàng đầu, )?thứ [^()]{1,25}(?:trái|phải)(?: sang)?)\)|(?:^|[-–|]\s*)Ảnh\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex CaptionCue();

    // An archive photo is of another occasion: "ảnh tư liệu", "ảnh minh họa", "hồi đầu năm", "trước đây", "năm ngoái".
    // Read on the original text: folded "hồi" is also the "hội" of "hội đàm".
    [GeneratedRegex(@"(?<!\p{L})(?:tư liệu|minh họa|minh hoạ|hồi|trước đây|năm ngoái|năm trước|lần trước)(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex ArchiveCue();

    // "ngày hôm sau", "sáng hôm sau", "hôm sau", "ngày tiếp theo": the day after the one last named.
    [GeneratedRegex(@"\b(?:(?:ngay|sang|chieu|toi|trua|dem) )?hom sau\b|\bngay (?:tiep theo|ke tiep)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex NextDayCue();

    // "ngay sau lễ đón", "sau lễ đón chính thức": what follows a welcome ceremony happens on its day. ("ngay sau đó"
    // folds to "ngày sau đó", the day after, and is left alone.)
    [GeneratedRegex(@"\bsau le don\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex RightAfterCue();

    // An event noun: a classifier ("cuộc gặp", "chuyến thăm", "buổi tiếp", "lễ ký") or a noun of assembly.
    [GeneratedRegex(@"^(?:cuoc|chuyen|buoi|le|phien|hoi nghi|thuong dinh|dien dan)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex NounHead();

    [GeneratedRegex(@"\b(?:cuoc|chuyen|buoi|le|phien)\s+$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex NounBefore();

    [GeneratedRegex(@"\b(?:ghi nho|hiep dinh|hiep uoc|tho?a thuan|tuyen bo|van kien|ke hoach|chuong trinh)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex DocumentNoun();

    [GeneratedRegex(@"^\s*(?:(?:vao|tu|ngay|chieu|sang|toi|trua|hom|dem|dau|cuoi|giua|thang|nam)\s*)*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex DateIntro();
}
