using System.Text.RegularExpressions;
using HopTac.Core.Extraction.Dates;
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

    // "kéo dài đến ngày", "đến hết ngày", "tới ngày" right before the day (not "tính đến ngày", a count up to a day).
    [GeneratedRegex(@"(?<![\p{L}])(?<!tính\s)(?:đến|tới)\s+(?:hết\s+)?ngày\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex EndCue();

    [GeneratedRegex(@"\bbat dau (?:(?:cac|mot|cuoc|chuyen)\s+)*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex BeginCue();
}
