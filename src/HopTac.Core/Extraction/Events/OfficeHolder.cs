using System.Text.RegularExpressions;
using HopTac.Core.Facts;
using HopTac.Core.Text;

namespace HopTac.Core.Extraction.Events;

/// <summary>
/// The one person an office and a state name ("Tổng thống Hàn Quốc tiếp ...", "gặp Thủ tướng Nhật") on a page that names
/// several people of that state. Grammar: an office with its state and no name after it is a definite description, the
/// holder the text has introduced; with several people of one state (a president and his foreign minister, a leader
/// and an envoy) it is the one whose title gives the same office. A deputy ("Phó Thủ tướng") holds another office than
/// the head ("Thủ tướng"), and a former holder ("cựu Tổng thống", "nguyên Thủ tướng") holds none now, so neither stands
/// for the other. Session 16's corpus audit counted a side's leader named by office and missing from the record among
/// its participant faults.
/// </summary>
internal static partial class OfficeHolder
{
    /// <summary>
    /// The one person of <paramref name="holders"/> (the page's people of the state) whose title holds the office that
    /// <paramref name="before"/> (the folded text right before the state's name) ends with; null when none or several do.
    /// </summary>
    public static Person? Of(IReadOnlyList<Person> holders, string before)
    {
        if (Office().Match(before) is not { Success: true } office || Dependent().IsMatch(before.AsSpan(0, office.Index)))
        {
            return null;
        }

        var deputy = office.Groups["deputy"].Success;
        var head = office.Groups["office"].Value;
        var same = holders.Where(p => p.Title is { } title && Holds(VietnameseText.Fold(title), head, deputy)).ToList();
        return same.Count == 1 ? same[0] : null;
    }

    /// <summary>
    /// The person of <paramref name="holders"/> that "người đồng cấp" + their state names, read in
    /// <paramref name="before"/> (the folded text before the state's name, the clause's subject included): the one whose
    /// title gives the office of the last office word before "người đồng cấp" ("Tổng thống Nga và người đồng cấp Mỹ",
    /// "Ngoại trưởng Mỹ ... điện đàm với người đồng cấp Thổ Nhĩ Kỳ"). Grammar: "đồng cấp" (of the same rank) relates the
    /// counterpart to the subject's office, so the one person of that state is not enough: a foreign minister's
    /// counterpart is not the prime minister the page also names. Null when no office precedes or no one holds it.
    /// </summary>
    public static Person? Counterpart(IReadOnlyList<Person> holders, string before)
    {
        if (Counter().Match(before) is not { Success: true } cue)
        {
            return null;
        }

        var offices = Anywhere().Matches(before[..cue.Index]);
        if (offices.Count == 0)
        {
            return null;
        }

        // A person the page itself introduced as "người đồng cấp Mỹ" is that counterpart whatever the office.
        var last = offices[^1];
        var same = holders.Where(p => p.Title is { } title && (Holds(VietnameseText.Fold(title), last.Groups["office"].Value, last.Groups["deputy"].Success)
            || VietnameseText.Fold(title).StartsWith("nguoi dong cap", StringComparison.Ordinal))).ToList();
        return same.Count == 1 ? same[0] : null;
    }

    private static bool Holds(string title, string head, bool deputy)
    {
        if (Former().IsMatch(title))
        {
            return false;
        }

        // The office heads the title, or one of its coordinated offices ("Tổng bí thư, Chủ tịch Trung Quốc"): in "phu
        // nhân Tổng thống Mỹ" the head is "phu nhân", and the title names the president's wife.
        var at = title.IndexOf(head, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var lead = title[..at].TrimEnd();
        var isDeputy = lead.EndsWith("pho", StringComparison.Ordinal);
        if (isDeputy)
        {
            lead = lead[..^3].TrimEnd();
        }

        return deputy == isDeputy && (lead.Length == 0 || lead.EndsWith(',') || lead.EndsWith(" kiem", StringComparison.Ordinal));
    }

    // The offices PageContext.OfficeBefore reads before a state's name, with "phó" (deputy) kept apart.
    [GeneratedRegex(@"(?:\b(?<deputy>pho)\s+)?\b(?<office>tong thong|thu tuong|chu tich|ngoai truong|quoc vuong|nha vua|tong bi thu|bo truong(?: [a-z]+){0,3}|dai su)\s*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Office();

    [GeneratedRegex(@"\bnguoi dong cap\s*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Counter();

    // The office words of Office(), found anywhere before the cue; a minister by "bộ trưởng" alone (the name that
    // follows would otherwise be read as the ministry's).
    [GeneratedRegex(@"(?:\b(?<deputy>pho)\s+)?\b(?<office>tong thong|thu tuong|chu tich|ngoai truong|quoc vuong|nha vua|tong bi thu|bo truong|dai su)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Anywhere();

    // A noun the office depends on: "Trợ lý Ngoại trưởng Mỹ" (an assistant), "người phát ngôn của Tổng thống Hàn Quốc",
    // "phu nhân Tổng thống", "cố vấn", "đặc phái viên", "thư ký": the phrase names someone else than the holder.
    [GeneratedRegex(@"\b(?:tro ly|phat ngon(?: vien)?|co van|phu nhan|dac phai vien|dac su|thu ky|chanh van phong|cua|thu truong)\s*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Dependent();

    // "cựu Tổng thống", "nguyên Thủ tướng": a former holder.
    [GeneratedRegex(@"^\s*(?:cuu|nguyen)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Former();
}
