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
    /// <summary>How many sentences back "cùng ngày" may look for its day: a paragraph, not the page.</summary>
    private const int SameDayLookBack = 5;

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

    /// <summary>True when <paramref name="iso"/> is a day or month of a year other than the bare <paramref name="year"/>.</summary>
    internal static bool OtherYear(string iso, string? year) =>
        year is { Length: 4 } && iso.Length > 4 && char.IsAsciiDigit(iso[0]) && !iso.StartsWith(year, StringComparison.Ordinal);

    internal static string? NearestDate(string text, string folded, IReadOnlyList<DateMention> dates, EventTrigger hit)
    {
        DateMention? best = null;
        var bestDistance = int.MaxValue;
        // "Mỹ và Việt Nam năm 2008 đã ký thoả thuận quy định những người Việt đến Mỹ trước ngày 12/7/1995": a bare year
        // right before the trigger is the predicate's time adverbial; a day of another year in the clause is another
        // event's (here the object's relative clause), however precise (grammar: one event, one year).
        var ownYear = dates.FirstOrDefault(d => d.Iso.Length == 4 && d.Start + d.Length <= hit.Start && hit.Start - (d.Start + d.Length) <= 30
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

            if (date.Start < hit.Start && hit.Start - date.Start > 250)
            {
                continue;
            }

            if (date.Start + date.Length <= hit.Start && ReportDate(text, date.Start + date.Length, hit.Start))
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

            if (date.Iso.Length == 4)
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
    /// The day "cùng ngày" ("on the same day", "chiều cùng ngày", "trong cùng ngày") points back to: the last date
    /// with a day that the sentences before name, at most <see cref="SameDayLookBack"/> of them back (grammar: the
    /// phrase is anaphoric and takes the day the text last gave). Null when the clause before the trigger has no such
    /// phrase or no day was named.
    /// </summary>
    internal static string? SameDay(PageContext context, int index, string foldedBefore)
    {
        try
        {
            if (!SameDayCue().IsMatch(foldedBefore))
            {
                return null;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        for (var j = index - 1; j >= Math.Max(0, index - SameDayLookBack); j--)
        {
            if (context.DatesOf(j).LastOrDefault(d => d.Value is { DayPrecise: true }) is { } day)
            {
                return day.Iso;
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
            if (context.DatesOf(j).Any(d => d.Iso.Length > 4 && !EventMerger.DatesCompatible(d.Iso, date)))
            {
                return true;
            }
        }

        return false;
    }

    // Verbs of saying and reporting (on the original text: folded "nói" is also "nội" of "Hà Nội"), and "rằng", the
    // complementiser that opens what was said ("tiết lộ hôm 27/8 rằng ... đã được thảo luận tại hội nghị thượng đỉnh
    // G7": the day is the telling's).
    [GeneratedRegex(@"(?i)(?:^|\s)(?:rằng|nói|cho biết|cho hay|phát biểu|chỉ trích|tuyên bố|thông báo|tiết lộ|dẫn lời|dẫn nguồn|đưa tin|xác nhận|khẳng định|bình luận|trả lời|cho rằng|nhận định|công bố)(?=[\s,:]|$)", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex ReportVerb();

    [GeneratedRegex(@"[,""”]\s*(?:[^,;""“”]{0,60}?\s)?(?:nói|cho biết|cho hay|phát biểu|tuyên bố|thông báo|tiết lộ|dẫn lời|dẫn nguồn|đưa tin|xác nhận|khẳng định|trả lời)(?=[\s,:]|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex LaterReportClause();

    // An adverbial of source opening the sentence or a clause: "Theo thông báo của Nhà Trắng ngày 29/9,".
    [GeneratedRegex(@"(?:^|[,;:]\s*|\.\s+)[Tt]heo\s[^,;.]{0,90}$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex SourceOpening();

    [GeneratedRegex(@"\b(?:trong |(?:sang|chieu|toi|trua|dem) )?cung ngay\b(?! (?:\d|thang))", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex SameDayCue();

    [GeneratedRegex(@"\b(?:ghi nho|hiep dinh|hiep uoc|tho?a thuan|tuyen bo|van kien|ke hoach|chuong trinh)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex DocumentNoun();

    [GeneratedRegex(@"^\s*(?:(?:vao|tu|ngay|chieu|sang|toi|trua|hom|dem|dau|cuoi|giua|thang|nam)\s*)*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex DateIntro();
}
