using System.Text.RegularExpressions;
using HopTac.Core.Extraction.Gazetteers;
using HopTac.Core.Facts;
using HopTac.Core.Text;

namespace HopTac.Core.Extraction.Events;

/// <summary>
/// Enumerations a trigger governs: the counterparts a meeting lists after it ("hội kiến A, B và C") and the givers an
/// aid sentence lists before it ("Nhật Bản, Hàn Quốc và Australia đã viện trợ"). Each item becomes its own event.
/// </summary>
internal static partial class EventLists
{
    /// <summary>
    /// The counterparts a meeting trigger lists after it ("hội kiến với Tổng bí thư A, Thủ tướng B và Chủ tịch Quốc hội
    /// C", "gặp Bộ trưởng Ngoại giao Singapore và Bộ trưởng Ngoại giao Malaysia"): each item with the people it names.
    /// A piece naming nobody ("Phó Thủ tướng" of "Phó Thủ tướng, Bộ trưởng X") belongs to the next. Fewer than
    /// <paramref name="minimum"/> items means no list.
    /// </summary>
    internal static List<(string Item, List<Person> People)> Counterparts(PageContext context, string text, EventTrigger hit, int segmentEnd, int minimum = 2)
    {
        var result = new List<(string Item, List<Person> People)>();
        try
        {
            // On the original text: the stop words are lower case, the names they could be confused with ("Nguyễn Thị
            // Kim Ngân", "Nguyễn Phú Trọng") are not.
            // "lần lượt hội kiến Tổng Bí thư A; Chủ tịch Quốc hội B": a list of receptions runs over its semicolons (the
            // clause's segment stops at them); a lower-case piece after one still ends the list (below).
            var tail = text[hit.End..(segmentEnd > hit.End && text[segmentEnd - 1] == ';' ? text.Length : segmentEnd)];
            var stop = ListEnd().Match(tail);
            var end = hit.End + (stop.Success ? stop.Index : tail.Length);
            var list = text[hit.End..end];
            var lead = ListLead().Match(VietnameseText.Fold(list));
            list = list[lead.Length..];
            var pending = string.Empty;
            foreach (var piece in ListSeparator().Split(list))
            {
                var item = (pending.Length == 0 ? piece : pending + ", " + piece).Trim();
                if (item.Length == 0)
                {
                    continue;
                }

                var people = context.NamedIn(item);
                var foreign = ActorFinder.InText(item).Where(a => !string.Equals(a, ActorFinder.Vietnam, StringComparison.Ordinal)).ToList();
                if (people.Count == 0 && foreign.Count == 0)
                {
                    pending = item;
                    continue;
                }

                pending = string.Empty;
                if (PluralTitle().Match(item) is { Success: true } plural)
                {
                    // "các Thủ tướng Ấn Độ, Canada": the plural marks a title shared by the states that follow.
                    item = item[plural.Length..];
                }

                if (item.Length == 0 || !char.IsUpper(item[0]))
                {
                    // "chào xã giao Tổng Bí thư A, Chủ tịch nước B, hội kiến Chủ tịch Quốc hội C": a lower-case piece opens
                    // the next predicate; the list ends before it.
                    break;
                }

                result.Add((item, people));
            }

            if (pending.Length > 0 && result.Count > 0)
            {
                result[^1] = (result[^1].Item + ", " + pending, result[^1].People);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }

        var distinct = result.Select(r => string.Join('|', r.People.Select(p => p.Name)) + "#" + string.Join('|', ActorFinder.InText(r.Item))).Distinct(StringComparer.Ordinal).Count();
        return distinct == result.Count && result.Count >= minimum ? result : [];
    }

    /// <summary>
    /// The hosts a meeting's subject lists when they received the guest in turn ("Tổng Bí thư A và Thủ tướng B đã lần lượt
    /// tiếp X", "Chủ tịch Quốc hội A, Phó Thủ tướng B lần lượt hội kiến X"): each host's people, one meeting each. Fewer
    /// than two, or no "lần lượt"/"riêng rẽ" right before the trigger, means one meeting.
    /// </summary>
    internal static List<List<Person>> Hosts(PageContext context, string text, string folded, EventTrigger hit, int subjectStart)
    {
        try
        {
            if (!InTurn().IsMatch(folded[Math.Max(subjectStart, hit.Start - 30)..hit.Start]))
            {
                return [];
            }

            // The subject's own commas join its hosts; a date or place phrase before it ("Ngày 12/3, ") is no host.
            var subject = text[subjectStart..hit.Start];
            var lead = SubjectLead().Match(subject);
            var hosts = ListSeparator().Split(subject[(lead.Success ? lead.Length : 0)..])
                .Select(item => context.PeopleIn(item).ToList())
                .Where(people => people.Count == 1)
                .ToList();
            return hosts.Count >= 2 ? hosts : [];
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }
    }

    /// <summary>
    /// The giving states an aid sentence lists before its trigger ("Nhật Bản, Hàn Quốc và Australia đã viện trợ"), as
    /// written; fewer than two means one giver.
    /// </summary>
    internal static List<string> Givers(string subject)
    {
        var found = GazetteerData.FindActors(subject)
            .Where(m => ActorFinder.IsState(m.Entry.Value) && !string.Equals(m.Entry.Value, ActorFinder.Vietnam, StringComparison.Ordinal))
            .ToList();
        var givers = new List<string>();
        for (var i = 0; i < found.Count; i++)
        {
            if (i > 0)
            {
                var between = subject[(found[i - 1].Start + found[i - 1].Length)..found[i].Start];
                if (!GiverJoin().IsMatch(between))
                {
                    return [];
                }
            }

            var name = subject.Substring(found[i].Start, found[i].Length);
            if (!givers.Contains(name, StringComparer.Ordinal))
            {
                givers.Add(name);
            }
        }

        return found.Select(f => f.Entry.Value).Distinct(StringComparer.Ordinal).Count() >= 2 ? givers : [];
    }

    [GeneratedRegex(@"[.:(]|\s(?:để|nhằm|về|tại|bên lề|nhân|trong|vào|hôm|ngày|sáng|chiều|tối|theo|sau|trước|khi|như|thì|là|đã|sẽ|cùng|nhưng)\s|\s-\s", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex ListEnd();

    // "các cuộc gặp, trao đổi song phương với A, B": a second verb of the same meeting coordinated before the list.
    // "điện đàm với một loạt nhà lãnh đạo Trung Đông gồm Tổng thống A, Thủ tướng B và Nhà vua C": a plural noun phrase
    // of leaders followed by "gồm"/"bao gồm" (comprising) announces its members, who are the counterparts (grammar: the
    // apposition after "gồm" lists what the plural head stands for); without skipping it, its first member was glued to
    // the lower-case head and ended the list before it began.
    [GeneratedRegex(@"^\s*(?:,?\s*(?:trao doi|tiep xuc|hoi dam|lam viec)\s+)?(?:(?:lan luot|rieng|rieng re|song phuong)\s+)?(?:(?:voi|cung)\s+)?(?:(?:mot loat|hang loat|cac|nhung|nhieu|mot so)\s+(?:nha lanh dao|lanh dao|nguyen thu|nguoi dong cap|quan chuc|bo truong|ngoai truong)\b[^,;:.]{0,40}?\s(?:bao gom|gom co|gom)\s*:?\s*)?(?:(?:ngai|ong|ba)\s+)?", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex ListLead();

    [GeneratedRegex(@"^(?:các|những)\s+(?=\p{Lu})", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex PluralTitle();

    [GeneratedRegex(@"[,;]\s*|\s+và\s+", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex ListSeparator();

    // "Tổng Bí thư A và Thủ tướng B đã lần lượt tiếp X", "... riêng rẽ hội kiến ...": the adverb of distribution makes the
    // subject's people hold one meeting each (grammar: "lần lượt" = in turn).
    [GeneratedRegex(@"\b(?:lan luot|rieng re)\s+(?:(?:da|co|co cuoc|da co cuoc|da co)\s+)?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex InTurn();

    [GeneratedRegex(@"^\s*(?:,|và|cùng|cùng với)\s*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex GiverJoin();

    // Adverbials before a subject: "Ngày 12/3/2018, ", "Tại Hà Nội, ", "Chiều cùng ngày, " (up to the last comma they end at).
    [GeneratedRegex(@"^(?:[^,]*\b(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]ại|[Tt]rong|[Nn]hân|[Ss]au|[Bb]ên lề)\b[^,]*,\s*)+", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex SubjectLead();
}
