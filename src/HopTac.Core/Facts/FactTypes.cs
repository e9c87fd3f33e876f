namespace HopTac.Core.Facts;

/// <summary>
/// The event and agreement types of ../shared/spec/facts.md, the only values a fact's type may take: the extractor
/// writes them, timelines and charts group by them, and a curator's edit is checked against them.
/// </summary>
public static class FactTypes
{
    /// <summary>Event types, in the order facts.md lists them.</summary>
    public static IReadOnlyList<string> Events { get; } = EventTypeNames.All;

    /// <summary>Agreement types, in the order facts.md lists them.</summary>
    public static IReadOnlyList<string> Agreements { get; } =
        ["memorandum", "agreement", "treaty", "joint_statement", "declaration", "action_plan", "strategy", "roadmap", "plan", "contract"];

    public static bool IsEvent(string? type) => type is not null && Events.Contains(type, StringComparer.Ordinal);

    public static bool IsAgreement(string? type) => type is not null && Agreements.Contains(type, StringComparer.Ordinal);
}
