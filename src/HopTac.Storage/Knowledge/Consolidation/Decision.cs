using System.Text.Json;

namespace HopTac.Storage.Knowledge.Consolidation;

/// <summary>
/// A curator's decision as consolidation re-applies it. Keys anchor it: the fact's mention keys when it was taken
/// (for merge the first fact's, for split the ones that stay). Other: the second fact's keys for a merge, the
/// split-off pages' keys for a split. When re-extraction changes an anchored fact, machine "re-anchor" revisions
/// move an anchor to the mention that succeeded it (<see cref="Moved"/>); the decision's own row never changes.
/// </summary>
internal sealed record Decision(
    long Id,
    char Kind,
    string Action,
    IReadOnlyList<string> Keys,
    IReadOnlyList<string> Other,
    IReadOnlyDictionary<string, string?> Changes)
{
    public const string Accept = "accept";
    public const string Reject = "reject";
    public const string Edit = "edit";
    public const string Merge = "merge";
    public const string Split = "split";
    public const string Create = "create";

    /// <summary>A machine revision: one anchor of a decision moved to its successor after re-extraction.</summary>
    public const string Reanchor = "re-anchor";

    /// <summary>A machine revision: an anchor vanished with no single successor; the decision waits, inactive.</summary>
    public const string AnchorLost = "anchor-lost";

    public static readonly string[] Actions = [Accept, Reject, Edit, Merge, Split];

    /// <summary>The fact the curator decided on (for merge the first fact).</summary>
    public long FactId { get; init; }

    public IEnumerable<string> AllKeys => Keys.Concat(Other);

    /// <summary>The decision with one anchor replaced by its successor, on whichever side it was.</summary>
    public Decision Moved(string from, string to) => this with
    {
        Keys = [.. Keys.Select(k => string.Equals(k, from, StringComparison.Ordinal) ? to : k).Distinct(StringComparer.Ordinal)],
        Other = [.. Other.Select(k => string.Equals(k, from, StringComparison.Ordinal) ? to : k).Distinct(StringComparer.Ordinal)],
    };

    public static string AnchorsJson(IReadOnlyList<string> keys, IReadOnlyList<string> other) =>
        JsonSerializer.Serialize(new Anchors(keys, other));

    public static Decision Read(long id, long factId, string kind, string action, string anchors, string changes)
    {
        var a = JsonSerializer.Deserialize<Anchors>(anchors) ?? new Anchors([], []);
        var c = JsonSerializer.Deserialize<Dictionary<string, string?>>(changes) ?? [];
        return new Decision(id, kind[0], action, a.Keys ?? [], a.Other ?? [], c) { FactId = factId };
    }

    private sealed record Anchors(IReadOnlyList<string>? Keys, IReadOnlyList<string>? Other);
}
