using System.Text.RegularExpressions;
using HopTac.Core.Facts;
using HopTac.Core.Text;

namespace HopTac.Core.Extraction.Events;

/// <summary>
/// Who makes a visit, as against who hosts it: the subject before the trigger or the "của ..." after it, never whoever
/// welcomes the guests or invited them.
/// </summary>
internal static partial class EventVisitors
{
    /// <summary>
    /// Who makes a visit: the people named before the trigger ("Bộ trưởng A có chuyến thăm Nga"), else those in the
    /// "của ..." after it ("chuyến thăm Nga của Chủ tịch nước B"); the hosts they meet are participants of the talks
    /// and meetings, not of the visit.
    /// </summary>
    internal static List<Person> Visitors(PageContext context, string text, int subjectStart, EventTrigger hit, int segmentEnd, List<Person> fallback, string? visited = null)
    {
        // Nobody visits their own state: where the trigger names the state visited ("thăm Việt Nam"), its people named
        // in the clause are the hosts ("... thăm Việt Nam lần thứ hai, Ngoại trưởng Steinmeier cho biết ông và Phó thủ
        // tướng Phạm Bình Minh đã trao đổi"), participants of the talks, not of the visit.
        fallback = Guests(fallback, visited);
        var after = text[hit.End..segmentEnd];
        var comma = after.IndexOfAny([',', ';']);
        if (comma >= 0)
        {
            after = after[..comma];
        }

        // "chuyến thăm Nga của Tổng Bí thư B" names its visitor even when the sentence's subject is someone else.
        // "theo lời mời của Chủ tịch C" names the host.
        var of = after.IndexOf(" của ", StringComparison.Ordinal);
        if (of >= 0 && InvitationCue().IsMatch(after[..of]))
        {
            of = -1;
        }

        if (of >= 0 && Possessor(after[of..]) is var possessor
            && context.NamedIn(possessor) is { Count: > 0 } visitors)
        {
            return visitors;
        }

        // A visiting delegation is of one state: "A bắt tay B trong chuyến thăm" makes A the visitor, B the host.
        // Whoever welcomes or receives ("A chào mừng B thăm Việt Nam") is the host: the visitors follow the verb.
        var subjectText = text[subjectStart..hit.Start];
        var welcome = WelcomeVerb().Matches(subjectText);
        if (welcome.Count > 0)
        {
            var guests = context.PeopleIn(subjectText[(welcome[^1].Index + welcome[^1].Length)..]);
            return guests;
        }

        var before = context.PeopleIn(subjectText);
        if (before.Count > 1)
        {
            var lead = before.OrderBy(p => text.IndexOf(Last(p.Name), subjectStart, StringComparison.Ordinal) is var i && i >= 0 ? i : int.MaxValue).First();
            if (lead.Country is { } state)
            {
                before = [.. before.Where(p => p.Country is null || string.Equals(p.Country, state, StringComparison.Ordinal))];
            }
        }

        before = Guests(before, visited);
        return before.Count > 0 ? before : fallback;
    }

    /// <summary>The people not of the state visited, when someone of another state is among them; else all of them.</summary>
    private static List<Person> Guests(List<Person> people, string? visited)
    {
        if (visited is null || !people.Any(p => p.Country is { } c && !string.Equals(c, visited, StringComparison.Ordinal)))
        {
            return people;
        }

        return [.. people.Where(p => !string.Equals(p.Country, visited, StringComparison.Ordinal))];
    }

    /// <summary>
    /// The noun phrase after "của" up to the predicate that follows it: in "Chuyến thăm Nga của ông Netanyahu đã khiến
    /// Tổng thống Putin tin tưởng ..." the visitor is Netanyahu, and Putin is the object of the sentence's verb (grammar:
    /// a possessor is a noun phrase; a verb, an auxiliary or a preposition of direction or time ends it). "tại" and
    /// "ở" are left out: they end no title ("Đại sứ Mỹ tại Việt Nam Daniel Kritenbrink").
    /// </summary>
    private static string Possessor(string phrase)
    {
        try
        {
            var end = PredicateStart().Match(phrase, Math.Min(phrase.Length, 4));
            return end.Success ? phrase[..end.Index] : phrase;
        }
        catch (RegexMatchTimeoutException)
        {
            return phrase;
        }
    }

    internal static string Last(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } parts ? parts[^1] : name;

    // Auxiliaries, copula and verbs that open a predicate, and the prepositions of direction and time that follow a
    // visit's possessor ("của Tổng thống A tới Việt Nam", "của ông B vào tháng 5").
    [GeneratedRegex(@"\s(?:đã|sẽ|đang|vừa|là|được|bị|diễn ra|kéo dài|khiến|chỉ|nhằm|để|tới|đến|sang|từ|vào|ngày|hôm|sáng|chiều|tối|theo|nhân|trong|cũng|không|mang|giúp|cho thấy|thể hiện|đánh dấu|bắt đầu|kết thúc)(?![\p{L}\p{M}])", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex PredicateStart();

    [GeneratedRegex(@"\blời mời\s*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex InvitationCue();

    // Verbs of a host: the guest is their object.
    [GeneratedRegex(@"(?i)(?:^|\s)(?:chào mừng|đón tiếp|đón|tiếp đón|hoan nghênh)(?=\s)", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex WelcomeVerb();
}
