using System.Text.RegularExpressions;
using HopTac.Core.Text;
using HopTac.Core.Facts;

namespace HopTac.Core.Extraction.Events;

/// <summary>
/// A phrase by which a sentence places what it reports inside an event the page has already told of ("Trong chuyến
/// thăm, hai bên đã ký ...", "Tại buổi hội đàm, ...", "Nhân dịp này, ...", "bên lề hội nghị"): the event types it can
/// point back to, most likely first. An empty <see cref="Types"/> means the latest event of any kind.
/// </summary>
internal sealed partial record BackReference(int Start, int End, IReadOnlyList<EventType> Types)
{
    private static readonly EventType[] Visit = [EventType.Visit];
    private static readonly EventType[] Talks = [EventType.Talks, EventType.Call, EventType.Meeting, EventType.Visit];
    private static readonly EventType[] Meeting = [EventType.Meeting, EventType.Talks, EventType.Visit];
    private static readonly EventType[] Conference = [EventType.Conference, EventType.Visit];

    /// <summary>Event types "nhân dịp này" may point back to: occasions, not the documents or gifts of one.</summary>
    public static IReadOnlyList<EventType> Occasions { get; } = [EventType.Visit, EventType.Talks, EventType.Meeting, EventType.Call, EventType.Conference];

    /// <summary>The back-references in a folded sentence, in order; none when the sentence is too messy to read.</summary>
    public static IReadOnlyList<BackReference> FindAll(string folded)
    {
        var found = new List<BackReference>();
        try
        {
            foreach (Match match in Cue().Matches(folded))
            {
                var types = match.Groups["visit"].Success ? Visit
                    : match.Groups["talks"].Success ? Talks
                    : match.Groups["meeting"].Success ? Meeting
                    : match.Groups["conference"].Success ? Conference
                    : [];
                found.Add(new BackReference(match.Index, match.Index + match.Length, types));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }

        return found;
    }

    // "ngay sau lễ đón", "sau lễ đón chính thức": the welcome ceremony opens a visit, so what follows it is inside the
    // visit the page dated (grammar: "sau" + an event noun places the clause after that event; issue 12 lists it). A
    // single day named just before still wins (EventDating.SameDay reads it first); a visit dated by a span gives its span.
    // A bare "tại hội nghị" is left out: it as often opens a new conference as it points back to one. "các chuyến thăm" is a
    // generic plural, never one event.
    [GeneratedRegex(
        @"\b(?:"
        + @"(?:trong|khuon kho|nhan dip|dip|ket thuc|ngay sau|sau) (?:cua )?(?<visit>chuyen (?:tham|cong tac|cong du))\b"
        + @"|(?:ngay sau|sau|sau khi du|sau khi) (?:le|nghi le) (?<visit>don)\b"
        + @"|(?:tai|trong|sau|ngay sau|ket thuc|nhan dip) (?:(?:buoi |cuoc )?(?<talks>hoi dam|hop song phuong)|(?:buoi|cuoc) (?<talks>lam viec))\b"
        + @"|(?:tai|trong|sau|ngay sau|ket thuc|nhan dip) (?:(?:buoi |cuoc )?(?<meeting>hoi kien)|(?:buoi|cuoc) (?<meeting>tiep|gap|gap go))\b"
        + @"|(?:ben le|khuon kho|nhan dip|trong|ket thuc|be mac) (?:cua )?(?<conference>hoi nghi|dien dan|hoi thao|ky hop|thuong dinh)\b"
        + @"|tai (?<conference>hoi nghi|dien dan|hoi thao|ky hop|thuong dinh) (?:nay|do|lan nay)\b"
        + @"|(?:nhan|trong|cung trong|vao) dip (?:nay|do|ay)\b"
        + @")",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        RegexBudget.Milliseconds)]
    private static partial Regex Cue();
}
