using HopTac.Core.Facts;

namespace HopTac.Core.Extraction.Events;

/// <summary>An event trigger found in a sentence: the event type it signals and where it is (offsets into the sentence).</summary>
internal sealed record EventTrigger(EventType Type, int Start, int Length, bool Flagged, bool StateAfter = false)
{
    /// <summary>
    /// The rows of <c>Data/events/event-triggers.tsv</c>, read once. A row naming a type facts.md does not have is a
    /// bug in the table, found by the first extraction (and by the tests), not a value to carry.
    /// </summary>
    private static readonly Lazy<IReadOnlyList<TriggerPattern>> Table = new(() =>
    [
        .. EmbeddedTable.ReadTriggers("event-triggers.tsv").Select(row => EventTypeNames.TryParse(row.Type, out _)
            ? row
            : throw new InvalidDataException($"event-triggers.tsv: '{row.Type}' is not an event type of facts.md")),
    ]);

    public int End => Start + Length;

    /// <summary>Non-overlapping triggers in a folded sentence, earlier table rows first, then left to right.</summary>
    public static IReadOnlyList<EventTrigger> FindAll(string folded) =>
    [
        .. EmbeddedTable.FindAll(Table.Value, folded).Select(h => new EventTrigger(
            EventTypeNames.TryParse(h.Type, out var type) ? type : EventType.Other, h.Start, h.Length, h.Flagged, h.StateAfter)),
    ];
}
