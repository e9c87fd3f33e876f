using System.Text.RegularExpressions;
using HopTac.Core.Facts;
using HopTac.Core.Text;

namespace HopTac.Core.Extraction.Events;

/// <summary>
/// Who takes part in one event of a sentence, read from the clause structure (facts.md: the people who took part). Two
/// classes the session-12 corpus audit counted wrong: coordinated predicates ("chào xã giao A, hội kiến với B và C": the
/// object of one verb is no participant of the other; talks and meetings with three or more participants were 0/17 right)
/// and the speaker who tells of an event between others ("Bà A nói rằng Tổng thống B ... gặp gỡ Chủ tịch C").
/// </summary>
internal static partial class EventPeople
{
    /// <summary>
    /// <paramref name="participants"/> of the meeting, talks or call at <paramref name="k"/> without the people that are
    /// the object of a coordinated predicate: after the next meeting verb of the clause ("chào xã giao Tổng Bí thư A, hội
    /// kiến với Thủ tướng B"), or before this one, after an earlier verb that takes them as its object. Grammar: in "V1
    /// O1, V2 O2" each object belongs to its own verb. Only where the verb has its own object before the other verb:
    /// "gặp và hội đàm với B" shares B (nobody named between the verbs), and ", Thủ tướng A đã tiếp" after "Sau cuộc
    /// hội đàm" is the next clause's subject (a comma, not an object, follows the earlier trigger).
    /// </summary>
    internal static List<Person> OwnPredicate(PageContext context, string text, string folded, IReadOnlyList<EventTrigger> hits, int k, int segmentStart, int segmentEnd, List<Person> participants)
    {
        var hit = hits[k];
        if (!MeetingLike(hit.Type) || participants.Count < 3)
        {
            // Two people are the event's two sides; the rule is for the records that gather more.
            return participants;
        }

        var (first, last) = EventDating.Run(folded, hits, k);
        var kept = participants;
        if (last + 1 < hits.Count && hits[last + 1] is { } next && next.Start < segmentEnd && (MeetingLike(next.Type) || next.Type == EventType.Visit))
        {
            var between = text[hits[last].End..next.Start];
            if (DirectObject(between) && context.NamedIn(between).Count > 0)
            {
                var before = context.NamedIn(text[segmentStart..next.Start]);
                var later = context.NamedIn(text[next.Start..segmentEnd]).Where(p => !before.Contains(p)).ToList();
                kept = [.. kept.Where(p => !later.Contains(p))];
            }
        }

        if (first > 0 && hits[first - 1] is { } previous && previous.End > segmentStart && MeetingLike(previous.Type))
        {
            var between = text[previous.End..hits[first].Start];
            var objects = context.NamedIn(between);
            if (DirectObject(between) && objects.Count > 0 && Coordinated(context, between))
            {
                var elsewhere = context.NamedIn(text[segmentStart..previous.Start]).Concat(context.NamedIn(text[hits[last].End..segmentEnd])).ToList();
                kept = [.. kept.Where(p => !objects.Contains(p) || elsewhere.Contains(p))];
            }
        }

        return kept.Count >= 2 ? kept : participants;
    }

    /// <summary>
    /// <paramref name="participants"/> without the speaker of a verb of saying that governs the event: in "Bà A nói rằng
    /// Tổng thống B ... trong lần gặp gỡ Chủ tịch C" the reported clause names the event's people itself, and A tells of
    /// it (grammar: the subject of "nói", "cho biết" is the teller; the event is in the verb's complement). Only when the
    /// complement names two people or more, and the speaker is not among them: "Thủ tướng A cho biết trong cuộc hội đàm
    /// với B, ..." names one, so A, who took part, stays.
    /// </summary>
    internal static List<Person> WithoutSpeaker(PageContext context, string text, EventTrigger hit, int segmentStart, int segmentEnd, List<Person> participants)
    {
        if (participants.Count < 3 || hit.Start <= segmentStart)
        {
            return participants;
        }

        try
        {
            var verb = Saying().Matches(text[segmentStart..hit.Start]) is { Count: > 0 } found ? found[^1] : null;
            if (verb is null)
            {
                return participants;
            }

            // The speaker is the subject of the verb, in its own clause ("Phát biểu tại ..., ông A cho biết"); a noun of
            // saying ("theo tuyên bố của Nhà Trắng") has no subject.
            var verbStart = segmentStart + verb.Index;
            var verbEnd = verbStart + verb.Length;
            var clauseStart = Math.Max(segmentStart, text.LastIndexOfAny([',', ';', ':'], Math.Max(0, verbStart - 1)) + 1);
            var speakers = context.NamedIn(text[clauseStart..verbStart]);
            var reported = context.NamedIn(text[verbEnd..segmentEnd]);
            if (speakers.Count == 0 || reported.Count < 2 || OfAfter().IsMatch(text.AsSpan(verbEnd)))
            {
                return participants;
            }

            // The reported clause names the event's own people: a subject of its own before the event word ("nói rằng
            // Tổng thống B ... gặp gỡ C"), or the sides after it ("cho rằng cuộc gặp giữa B và C"). "Ông A cho hay, bản
            // thân đã có cuộc điện đàm với B" has the speaker for its subject and keeps him.
            var comma = text.IndexOfAny([',', ';'], hit.End);
            var phraseEnd = comma < 0 ? text.Length : comma;
            if (context.NamedIn(text[verbEnd..hit.Start]).Count == 0 && !Between().IsMatch(text.AsSpan(hit.End, phraseEnd - hit.End)))
            {
                return participants;
            }

            var kept = participants.Where(p => !speakers.Contains(p) || reported.Contains(p)).ToList();
            return kept.Count >= 2 ? kept : participants;
        }
        catch (RegexMatchTimeoutException)
        {
            return participants;
        }
    }

    private static bool MeetingLike(EventType type) => type is EventType.Meeting or EventType.Talks or EventType.Call;

    /// <summary>True when the words after a trigger open its object ("Tổng Bí thư A", "với B"), not a new clause (", Thủ tướng A").</summary>
    private static bool DirectObject(string between)
    {
        var trimmed = between.TrimStart();
        return trimmed.Length > 0 && trimmed[0] is not (',' or ';' or ':' or '.' or '(' or '-' or '–');
    }

    /// <summary>
    /// True when the verb after <paramref name="between"/> is coordinated with the one before it: the words after the
    /// last comma or "và" are short and name nobody ("chào xã giao A, Chủ tịch nước B và có cuộc hội kiến"), not a
    /// clause of its own whose subject is the earlier object ("tiếp A, dự kiến sẽ đến ... để hội đàm").
    /// </summary>
    private static bool Coordinated(PageContext context, string between)
    {
        var join = between.LastIndexOf(" và ", StringComparison.Ordinal);
        var cut = Math.Max(between.LastIndexOf(',') + 1, join < 0 ? 0 : join + 4);
        var rest = between[cut..];
        return cut > 0 && rest.Trim().Length <= 25 && context.NamedIn(rest).Count == 0;
    }

    [GeneratedRegex(@"^\s*của(?![\p{L}\p{M}])", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex OfAfter();

    [GeneratedRegex(@"(?<![\p{L}\p{M}])giữa(?![\p{L}\p{M}])", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Between();

    // Verbs of saying whose complement is what was said (EventSpeech's list, and "nói" with "rằng" or alone).
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:cho biết|cho rằng|cho hay|khẳng định|tuyên bố|nhấn mạnh|tiết lộ|nói rằng|(?<!tiếng\s)nói(?!\s+chuyện)|xác nhận|thông báo)(?![\p{L}\p{M}])", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Saying();
}
