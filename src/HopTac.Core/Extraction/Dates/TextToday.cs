using System.Globalization;
using System.Text.RegularExpressions;
using HopTac.Core.Text;

namespace HopTac.Core.Extraction.Dates;

/// <summary>
/// The day a page's text calls "hôm nay" when it says which day that is: "Sáng nay (17/3), ...", "hôm nay 31-5",
/// "chiều tối nay, 27-2", "tối qua (11/3)" (so today is 12/3). "nay" and "qua" are deictic: they count from the day
/// of writing (as "mai" does: "ngày mai (9-7)" makes 8 July today), which a page without a published date does not
/// give unless the writer names it beside the word
/// (grammar: an appositive date restates its adverb). Anchors that disagree leave the day unknown.
/// </summary>
internal static partial class TextToday
{
    /// <summary>The day the texts name as today, possibly without its year; null when none or several.</summary>
    public static PartialDate? Find(IEnumerable<string> texts) => Find(texts, out _);

    /// <summary>
    /// As <see cref="Find(IEnumerable{string})"/>; <paramref name="named"/> tells whether the texts named any today at
    /// all, so a caller can tell "not said" (where the lead may stand in, <see cref="Lead"/>) from "said twice, differently".
    /// </summary>
    public static PartialDate? Find(IEnumerable<string> texts, out bool named)
    {
        ArgumentNullException.ThrowIfNull(texts);
        named = false;
        PartialDate? today = null;
        foreach (var text in texts)
        {
            MatchCollection matches;
            try
            {
                matches = Anchor().Matches(text.Length > DateFinder.MaxTextLength ? text[..DateFinder.MaxTextLength] : text);
                foreach (Match m in matches)
                {
                    if (!PartialDate.TryCreate(Int(m.Groups["y"]), Int(m.Groups["m"]), Int(m.Groups["d"]), out var given)
                        || given.AddDays(m.Groups["when"].Value.ToLowerInvariant() switch { "qua" => 1, "mai" => -1, _ => 0 }) is not { } day)
                    {
                        continue;
                    }

                    named = true;
                    if (today is { } known && (known.Month != day.Month || known.Day != day.Day
                        || (known.Year is { } a && day.Year is { } b && a != b)))
                    {
                        return null;
                    }

                    today = today is { Year: not null } ? today : day;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                return null;
            }
        }

        return today;
    }

    /// <summary>
    /// The day the page's lead opens with ("Ngày 12/3, ...", "Chiều 12-3, ...", "Hôm 12/3 ..."), taken as the day of
    /// writing when the text names no today of its own: a news lead reports the news of the day it is written. Measured
    /// on vietnews-train (all 105k pages): of the 150 pages whose lead opens with a yearless day and whose text names
    /// today elsewhere ("hôm nay (12/3)"), the lead's day was that today on 135 (0.90; the day before on 9). A lead
    /// with a year ("Ngày 30/4/1975, ...") may open a feature on history and was not measured; a local time ("(giờ
    /// địa phương)") may be the writer's day before. Null for both, and for a lead that opens otherwise.
    /// </summary>
    public static PartialDate? Lead(string lead)
    {
        ArgumentNullException.ThrowIfNull(lead);
        try
        {
            var m = LeadDay().Match(lead.Length > 200 ? lead[..200] : lead);
            return m.Success && PartialDate.TryCreate(null, Int(m.Groups["m"]), Int(m.Groups["d"]), out var day) ? day : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static int? Int(Group group) =>
        group.Success && int.TryParse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    // "hôm nay (12/3)", "sáng nay 17-3", "chiều tối nay, 27-2", "tối qua (thứ Hai, 11/3)", "hôm nay, ngày 5/6/2019",
    // "ngày mai (9-7)".
    [GeneratedRegex(@"(?<![\p{L}])(?:(?:hôm|sáng|trưa|chiều|chiều\s+tối|tối|đêm)\s+(?<when>nay|qua)|(?:ngày|sáng|chiều|tối)\s+(?<when>mai))\s*(?:[,(]\s*)?(?:(?:thứ\s+\p{L}+|chủ\s+nhật)\s*,?\s*)?(?:ngày\s+)?(?<d>\d{1,2})(?<s>[/\-.])(?<m>\d{1,2})(?:\k<s>(?<y>\d{4}))?(?![\p{N}]|[/\-.]\p{N})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Anchor();

    // "Ngày 12/3, ...", "Sáng 12-3 tại Hà Nội, ...", "Hôm 12/3, ...": a day without its year opening the lead, not one
    // of a range ("12-15/3") nor a local time abroad.
    [GeneratedRegex(@"^[\s""“'(]*(?:(?:ngày|sáng|trưa|chiều|chiều\s+tối|tối|đêm|rạng\s+sáng|hôm)\s+)?(?:ngày\s+)?(?<d>\d{1,2})\s*(?<s>[/\-])\s*(?<m>\d{1,2})(?![\p{N}]|\s*[/\-.–]\s*\p{N})(?!\s*\(\s*giờ)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex LeadDay();
}
