using System.Text.RegularExpressions;
using HopTac.Core.Facts;
using HopTac.Core.Text;

namespace HopTac.Core.Extraction.Events;

/// <summary>
/// The states named only in what someone says at an event are what was said, not sides of the event: in "Tại Hội nghị An
/// ninh Munich, tướng A phát biểu rằng Nga đã can thiệp ..." or "Trong cuộc hội đàm với B, ông A nhấn mạnh hành động của
/// Mỹ ..." the event is the setting of the statement and the verb of saying opens its content (grammar: the reported
/// clause is the verb's complement). Only a verb after the event word counts: before it, the event itself is what is
/// told ("Điện Kremlin cho biết ông Putin đã điện đàm với ...").
/// </summary>
internal static partial class EventSpeech
{
    /// <summary>
    /// <paramref name="actors"/> without the states named only after the first verb of saying that follows
    /// <paramref name="after"/>, unless a person taking part acts for them.
    /// </summary>
    public static List<string> WithoutSaid(EventType type, string text, int after, IReadOnlyList<Person> participants, List<string> actors)
    {
        try
        {
            var verb = Saying().Match(text, Math.Min(after, text.Length));
            if (!verb.Success)
            {
                return actors;
            }

            var before = ActorFinder.InText(text[..verb.Index]);
            var said = ActorFinder.InText(text[verb.Index..]);
            var acting = participants.Select(p => p.Country).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var kept = actors.Where(a => acting.Contains(a) || before.Contains(a, StringComparer.Ordinal) || !said.Contains(a, StringComparer.Ordinal)).ToList();
            // A meeting, call or visit left with one side has its other side among the unplaced people ("Ông Dương hôm
            // 12/9 gặp Ngoại trưởng Mỹ A, cho biết Bắc Kinh ..."): the states said are then the best sign of it. A
            // conference names its holders itself and may be left with none.
            return kept.Count >= 2 || type == EventType.Conference ? kept : actors;
        }
        catch (RegexMatchTimeoutException)
        {
            return actors;
        }
    }

    // Verbs of saying that open a reported clause (not "nói chuyện", a talk, nor "phát biểu tại", where someone spoke).
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:cho biết|cho rằng|cho hay|khẳng định|tuyên bố|nhấn mạnh|cảnh báo|tiết lộ|cáo buộc|nhận định|nói rằng|phát biểu rằng|phát biểu (?:ông|bà) )(?![\p{L}\p{M}])", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Saying();
}
