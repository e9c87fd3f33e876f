namespace HopTac.Core.Facts;

/// <summary>
/// The facts.md names of <see cref="EventType"/>: the only place an event type becomes a string or a string an event
/// type, so the wire format is written once.
/// </summary>
public static class EventTypeNames
{
    /// <summary>Every type's name, in the order facts.md lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<EventType>().Select(Name)];

    /// <summary>The facts.md name ("talks", "meeting", ...).</summary>
    public static string Name(this EventType type) => type switch
    {
        EventType.Talks => "talks",
        EventType.Meeting => "meeting",
        EventType.Call => "call",
        EventType.Visit => "visit",
        EventType.Signing => "signing",
        EventType.Conference => "conference",
        EventType.Aid => "aid",
        EventType.Partnership => "partnership",
        EventType.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not an event type of facts.md"),
    };

    /// <summary>The type a facts.md name stands for; false for anything else (case and spacing matter, as on the wire).</summary>
    public static bool TryParse(string? name, out EventType type)
    {
        foreach (var candidate in Enum.GetValues<EventType>())
        {
            if (string.Equals(candidate.Name(), name, StringComparison.Ordinal))
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }
}
