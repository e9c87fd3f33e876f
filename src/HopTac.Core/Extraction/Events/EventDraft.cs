using System.Text.RegularExpressions;
using HopTac.Core.Facts;
using HopTac.Core.Text;

namespace HopTac.Core.Extraction.Events;

/// <summary>An event being gathered from its mentions on one page; becomes an <see cref="EventFact"/> at the end.</summary>
internal sealed partial class EventDraft(EventType type, string? date, List<string> actors, List<string> participants, string? place, string evidence, int start)
{
    public EventType Type { get; } = type;

    /// <summary>Where the sentence of the first mention starts: mentions in one sentence share it.</summary>
    public int Start { get; } = start;

    public string? Date { get; set; } = date;

    public List<string> Actors { get; } = actors;

    public List<string> Participants { get; } = participants;

    public string? Place { get; set; } = place;

    public bool Anaphora { get; init; }

    public bool Borrowed { get; init; }

    /// <summary>True for an undated event named only as the time anchor of another clause ("sau cuộc gặp").</summary>
    public bool Background { get; set; }

    /// <summary>True for one of several events a sentence lists (one per counterpart or giver): never merged with its siblings.</summary>
    public bool Split { get; init; }

    /// <summary>True for a conference its name gives to two states ("thượng đỉnh Mỹ - Triều"): two-sided, like talks.</summary>
    public bool Paired { get; init; }

    /// <summary>For a visit, the state its trigger names as visited ("thăm Việt Nam"): its people are the hosts.</summary>
    public string? Visited { get; set; }

    /// <summary>
    /// For a visit, true when a mention says the hosts went with the guest ("hai nhà lãnh đạo ... cùng đến thăm"): they
    /// take part in the visit itself.
    /// </summary>
    public bool Together { get; set; }

    /// <summary>True when the trigger is a clause's verb ("đã tiếp", "có cuộc gặp với"), not a classified noun ("cuộc gặp giữa").</summary>
    public bool Verbal { get; init; }

    /// <summary>True while the date is the occasion's the text placed the event in, not one it gave the event.</summary>
    public bool Inherited { get; set; }

    /// <summary>True when the first mention calls the event three-sided ("cuộc gặp ba bên", "hội đàm ba nước", "tam giác").</summary>
    public bool ThreeSided => ThreeSidedCue.IsMatch(VietnameseText.Fold(evidence));

    public EventFact ToFact() => new(Type.Name(), Date, [.. Actors], [.. EventPeople.OnceEach(Participants)], Place, evidence, Start);

    /// <summary>"V. Putin" is written "Putin": an initial cannot be checked against the full given name.</summary>
    public static string ParticipantName(string name)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var skip = parts.TakeWhile(p => p.Length <= 3 && p.EndsWith('.')).Count();
        return skip > 0 && skip < parts.Length ? string.Join(' ', parts[skip..]) : name;
    }

    // Grammar: a numeral of sides before or after the event noun ("ba bên", "ba nước", "tam giác", "ba chiều").
    private static Regex ThreeSidedCue => ThreeSidedPattern();

    [GeneratedRegex(@"\b(?:ba ben|ba nuoc|tam giac|ba chieu|3 ben|3 nuoc|bo ba)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex ThreeSidedPattern();
}
