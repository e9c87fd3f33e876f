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
    /// The day the page's lead opens with when a part of the day names it ("Sáng 12/3, ...", "Chiều 12-3 tại Hà Nội,
    /// ..."), taken as the day of writing when the text names no today of its own: a lead that opens on this morning's
    /// or this afternoon's news is written that day. The lead is the first paragraph of <paramref name="text"/>, or
    /// the second when the first (a summary) opens otherwise. Measured on vietnews-train (all 105k pages), on the pages
    /// whose text also names today elsewhere ("hôm nay (12/3)"): a lead opening "Sáng/Trưa/Chiều/Rạng sáng" + day was
    /// that today on 341 of 357 (0.96); "Ngày 12/3" only on 154 of 200 (0.77, often the day before), "Tối" 21 of 29 and
    /// "Hôm 12/3" 0 of 11 (a past day): those, a lead with a year (a feature on history may open "Sáng 30/4/1975") and a
    /// local time abroad ("(giờ địa phương)") give no today.
    /// </summary>
    public static PartialDate? Lead(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = text.Split('\n', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var paragraph in paragraphs.Take(2))
        {
            try
            {
                var m = LeadDay().Match(paragraph.Length > 200 ? paragraph[..200] : paragraph);
                if (m.Success)
                {
                    return m.Groups["p"].Success && PartialDate.TryCreate(null, Int(m.Groups["m"]), Int(m.Groups["d"]), out var day) ? day : null;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                return null;
            }
        }

        return null;
    }

    private static int? Int(Group group) =>
        group.Success && int.TryParse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    // "hôm nay (12/3)", "sáng nay 17-3", "chiều tối nay, 27-2", "tối qua (thứ Hai, 11/3)", "hôm nay, ngày 5/6/2019",
    // "ngày mai (9-7)".
    [GeneratedRegex(@"(?<![\p{L}])(?:(?:hôm|sáng|trưa|chiều|chiều\s+tối|tối|đêm)\s+(?<when>nay|qua)|(?:ngày|sáng|chiều|tối)\s+(?<when>mai))\s*(?:[,(]\s*)?(?:(?:thứ\s+\p{L}+|chủ\s+nhật)\s*,?\s*)?(?:ngày\s+)?(?<d>\d{1,2})(?<s>[/\-.])(?<m>\d{1,2})(?:\k<s>(?<y>\d{4}))?(?![\p{N}]|[/\-.]\p{N})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Anchor();

    // "Sáng 12/3, ...", "Chiều 12-3 tại Hà Nội, ...", "Rạng sáng ngày 12/3": a part of the day and a day without its
    // year opening the paragraph; not a day of a range ("12-15/3") nor a local time abroad. A paragraph that opens
    // "Ngày 12/3" or "Hôm 12/3" matches too, and gives no day (group "p" unset): the lead opens with its own date.
    [GeneratedRegex(@"^[\s""“'(]*(?:(?<p>sáng|trưa|chiều|rạng\s+sáng)|ngày|hôm|tối|đêm)(?:\s+tối)?\s+(?:ngày\s+)?(?<d>\d{1,2})\s*(?<s>[/\-])\s*(?<m>\d{1,2})(?![\p{N}]|\s*[/\-.–]\s*\p{N})(?!\s*\(\s*giờ)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex LeadDay();
}
