using System.Globalization;
using System.Text.RegularExpressions;
using HopTac.Core.Extraction.Dates;
using HopTac.Core.Extraction.Numbers;
using HopTac.Core.Facts;
using HopTac.Core.Text;

namespace HopTac.Core.Extraction.Events;

/// <summary>
/// The date of an occasion that lasts, told by its last day: "bắt đầu chuyến thăm Việt Nam kéo dài đến ngày 26/5",
/// "chuyến thăm chính thức Thái Lan đến ngày 19/8", "bắt đầu chuyến thăm hữu nghị ... đến hết ngày 29/7". "đến (hết)
/// ngày" after the event word bounds its span (grammar: "đến" + time is the end of a duration), so that day is not the
/// event's date (session-12 audit: "the start or end day of a span taken for the event"). The span runs from the day the
/// clause says it began ("Ngày 25/7, tàu ... cập cảng Tiên Sa, bắt đầu chuyến thăm ... đến hết ngày 29/7": 25/7 to
/// 29/7); without one it is open at the start, "/--05-26" (facts.md: a range is start/end, an end alone is "/end").
/// Eight such visits in the study folders 300-449 and 500-649, each dated by its last day before.
/// </summary>
internal static partial class EventSpan
{
    /// <summary><paramref name="date"/>, or the span it ends when the sentence writes it as the end of the visit or conference.</summary>
    internal static string? Until(string text, IReadOnlyList<DateMention> dates, EventTrigger hit, int segmentStart, string? date)
    {
        if (date is null || hit.Type is not (EventType.Visit or EventType.Conference))
        {
            return date;
        }

        try
        {
            var end = dates.FirstOrDefault(d => d.Start >= hit.End && string.Equals(d.Iso, date, StringComparison.Ordinal)
                && d.Value is { DayPrecise: true } && EndCue().IsMatch(text.AsSpan(Math.Max(hit.End, d.Start - 30), d.Start - Math.Max(hit.End, d.Start - 30))));
            if (end?.Value is not { } last)
            {
                return date;
            }

            // The first day: a day the clause names before the event word, when the clause says the occasion began then.
            var began = BeginCue().IsMatch(VietnameseText.Fold(text[Math.Max(segmentStart, hit.Start - 20)..hit.Start]));
            var first = began
                ? dates.LastOrDefault(d => d.Start >= segmentStart && d.Start + d.Length <= hit.Start && d.Value is { DayPrecise: true } f
                    && PartialDate.Range(f, last) is not null && (f.Month == last.Month || f.Month + 1 == last.Month))?.Value
                : null;
            return (first is { } start ? PartialDate.Range(start, last) : null)?.ToIso() ?? PartialDate.Range(null, last)?.ToIso() ?? date;
        }
        catch (RegexMatchTimeoutException)
        {
            return date;
        }
    }

    /// <summary>
    /// <paramref name="date"/>, or the span it opens or closes when the clause gives the occasion's length in days: "ngày
    /// 3/6 tới London, bắt đầu chuyến thăm cấp nhà nước kéo dài ba ngày" is 3/6 to 5/6, "chuyến thăm Nhật 4 ngày từ hôm
    /// 25/5" is 25/5 to 28/5, "Trưa 9/3, tàu ... rời cảng, kết thúc chuyến thăm hữu nghị 4 ngày" is 6/3 to 9/3 (grammar: a
    /// duration with its first or last day fixes the whole span; the day alone is one end of it, which the session-13
    /// audit counted wrong). About 14 such visits in study folders 300-449 and 500-649, each dated by one end before.
    /// Only where the clause says which end the day is ("bắt đầu", "từ", "kết thúc"); a day told inside the visit
    /// ("trong chuyến thăm hai ngày tới Malaysia, ngày 1-8 đã nhấn mạnh") stays the day.
    /// </summary>
    internal static string? Lasting(string text, IReadOnlyList<DateMention> dates, EventTrigger hit, int segmentStart, int segmentEnd, string? date)
    {
        if (date is null || hit.Type is not (EventType.Visit or EventType.Conference) || PartialDate.Parse(date) is not { DayPrecise: true } day)
        {
            return date;
        }

        try
        {
            var after = text[hit.End..Math.Min(segmentEnd, hit.End + 80)];
            var length = Length().Match(after);
            if (!length.Success || DayWord(length.Groups["n"].Value) is not { } days)
            {
                return date;
            }

            var mention = dates.FirstOrDefault(d => d.Start >= segmentStart && d.Start < segmentEnd && string.Equals(d.Iso, date, StringComparison.Ordinal));
            if (mention is null)
            {
                return date;
            }

            var before = VietnameseText.Fold(text[Math.Max(segmentStart, hit.Start - 20)..hit.Start]);
            var lead = VietnameseText.Fold(text[Math.Max(segmentStart, mention.Start - 16)..mention.Start]);
            if (BeginCue().IsMatch(before) || FromCue().IsMatch(lead))
            {
                return PartialDate.Range(day, day.AddDays(days - 1))?.ToIso() ?? date;
            }

            if ((FinishCue().IsMatch(before) && mention.Start < hit.Start) || FinishedOnCue().IsMatch(lead))
            {
                return PartialDate.Range(day.AddDays(1 - days), day)?.ToIso() ?? date;
            }

            return date;
        }
        catch (RegexMatchTimeoutException)
        {
            return date;
        }
    }

    // The Length pattern admits only two to seven days, in digits or words.
    private static int? DayWord(string word) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
        : VietnameseNumber.OfWord(word) is { } value ? (int)value : null;

    // The occasion's own length, in its clause: "kéo dài ba ngày", "dài hai ngày", "4 ngày", "trong ba ngày"; not a day
    // list ("trong hai ngày 5/3 và 6/3": a date follows) nor a length of something else after a comma.
    [GeneratedRegex(@"^[^,;.:]{0,60}?(?<![\p{L}\p{N}])(?:(?:kéo\s+)?dài\s+|trong\s+)?(?<n>hai|ba|bốn|năm|sáu|bảy|[2-7])\s+ngày(?![\p{L}])(?!\s*\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Length();

    // "từ 25/5", "từ hôm 25/5", "bắt đầu từ ngày 17/7" right before the day: its first day.
    [GeneratedRegex(@"(?:\btu|\bbat dau)(?: tu)?(?: (?:hom|ngay))?\s*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex FromCue();

    // "kết thúc chuyến thăm" before the event word: the day told before it is the last.
    [GeneratedRegex(@"\bket thuc (?:(?:cac|mot|cuoc|chuyen)\s+)*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex FinishCue();

    // "kết thúc hôm 6/3", "kết thúc vào ngày 6/3" right before the day.
    [GeneratedRegex(@"\bket thuc(?: vao)?(?: (?:hom|ngay))?\s*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex FinishedOnCue();

    // "kéo dài đến ngày", "đến hết ngày", "tới ngày" right before the day (not "tính đến ngày", a count up to a day).
    [GeneratedRegex(@"(?<![\p{L}])(?<!tính\s)(?:đến|tới)\s+(?:hết\s+)?ngày\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex EndCue();

    [GeneratedRegex(@"\bbat dau (?:(?:cac|mot|cuoc|chuyen)\s+)*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex BeginCue();
}
