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
    public static PartialDate? Find(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        PartialDate? today = null;
        foreach (var text in texts)
        {
            MatchCollection matches;
            try
            {
                matches = Anchor().Matches(text.Length > DateFinder.MaxTextLength ? text[..DateFinder.MaxTextLength] : text);
                foreach (Match m in matches)
                {
                    if (!PartialDate.TryCreate(Int(m.Groups["y"]), Int(m.Groups["m"]), Int(m.Groups["d"]), out var named)
                        || named.AddDays(m.Groups["when"].Value.ToLowerInvariant() switch { "qua" => 1, "mai" => -1, _ => 0 }) is not { } day)
                    {
                        continue;
                    }

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

    private static int? Int(Group group) =>
        group.Success && int.TryParse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    // "hôm nay (12/3)", "sáng nay 17-3", "chiều tối nay, 27-2", "tối qua (thứ Hai, 11/3)", "hôm nay, ngày 5/6/2019",
    // "ngày mai (9-7)".
    [GeneratedRegex(@"(?<![\p{L}])(?:(?:hôm|sáng|trưa|chiều|chiều\s+tối|tối|đêm)\s+(?<when>nay|qua)|(?:ngày|sáng|chiều|tối)\s+(?<when>mai))\s*(?:[,(]\s*)?(?:(?:thứ\s+\p{L}+|chủ\s+nhật)\s*,?\s*)?(?:ngày\s+)?(?<d>\d{1,2})(?<s>[/\-.])(?<m>\d{1,2})(?:\k<s>(?<y>\d{4}))?(?![\p{N}]|[/\-.]\p{N})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Anchor();
}
