using System.Text.RegularExpressions;
using HopTac.Core.Extraction.Gazetteers;
using HopTac.Core.Facts;
using HopTac.Core.Text;

namespace HopTac.Core.Extraction.Events;

/// <summary>
/// The two sides a clause's subject names when two states joined by "và" stand right before the verb of a signing,
/// talks, meeting or call ("Mỹ và Nga cũng đã ký một bản ghi nhớ ... trên không phận Syria", "trước đó Nga và Thổ Nhĩ Kỳ
/// đã ký thoả thuận ... ở Idlib", "Nhật Bản và Ấn Độ đã hội đàm"). Grammar: the coordinated subject of the verb is who
/// signs or talks; a state in another clause (the main clause's subject, "Chính quyền Tổng thống Syria Bashar Assad tiếp
/// tục tấn công ... mặc dù trước đó Nga và Thổ Nhĩ Kỳ đã ký"), in a complement of place ("trên không phận Syria") or in
/// a later clause is no side (facts.md "Actors": the sides that take part, not every state the sentence names). Session
/// 16's corpus audit counted "a third state of another clause" among its sides faults; in the study folders 30 such
/// records had three states or more.
/// </summary>
internal static partial class SubjectPair
{
    /// <summary>
    /// The two actors of the subject "A và B" right before the trigger at <paramref name="verbStart"/> of
    /// <paramref name="text"/>, when <paramref name="actors"/> holds both and more; else null.
    /// </summary>
    public static List<string>? Of(EventType type, string text, int verbStart, IReadOnlyList<string> actors)
    {
        if (type is not (EventType.Signing or EventType.Talks or EventType.Meeting or EventType.Call) || actors.Count <= 2 || verbStart <= 0)
        {
            return null;
        }

        var from = Math.Max(0, verbStart - 120);
        var window = text[from..verbStart];
        var found = GazetteerData.FindActors(window);
        if (found.Count < 2)
        {
            return null;
        }

        var (a, b) = (found[^2], found[^1]);
        var first = a.Entry.Value;
        var second = b.Entry.Value;
        try
        {
            if (string.Equals(first, second, StringComparison.Ordinal)
                || !actors.Contains(first, StringComparer.Ordinal) || !actors.Contains(second, StringComparer.Ordinal)
                || !Joined().IsMatch(window.AsSpan(a.Start + a.Length, b.Start - a.Start - a.Length))
                || (found.Count >= 3 && Listed().IsMatch(window.AsSpan(found[^3].End, a.Start - found[^3].End)))
                || !BeforeVerb().IsMatch(window.AsSpan(b.Start + b.Length)))
            {
                return null;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        return [first, second];
    }

    // Only "và" (and) between the two states: "A, B và C" lists more sides, and "A của B" is no pair.
    [GeneratedRegex(@"^\s*và\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Joined();

    // "Nga, Iran và Thổ Nhĩ Kỳ": a third state listed before the pair makes it a list of three sides.
    [GeneratedRegex(@"^\s*(?:,|và)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Listed();

    // Between the subject and the verb only adverbs of time and aspect ("cũng đã", "vừa", "chính thức", "hôm qua") and a
    // light verb with the event noun ("đã có cuộc", "tiến hành").
    [GeneratedRegex(@"^(?:\s*(?:cũng|đã|vừa|mới|từng|chính thức|cùng|cùng nhau|sẽ|hôm nay|hôm qua|đã có|có|tiến hành|một|cuộc|buổi))*\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex BeforeVerb();
}
