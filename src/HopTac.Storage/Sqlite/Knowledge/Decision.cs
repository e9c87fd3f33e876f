using System.Text.Json;

namespace HopTac.Storage.Sqlite.Knowledge;

/// <summary>
/// A curator's decision as consolidation re-applies it. Keys anchor it: the fact's mention keys when it was taken
/// (for merge the first fact's, for split the ones that stay). Other: the second fact's keys for a merge, the
/// split-off pages' keys for a split.
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

    public static readonly string[] Actions = [Accept, Reject, Edit, Merge, Split];

    public IEnumerable<string> AllKeys => Keys.Concat(Other);

    public static string AnchorsJson(IReadOnlyList<string> keys, IReadOnlyList<string> other) =>
        JsonSerializer.Serialize(new Anchors(keys, other));

    public static Decision Read(long id, string kind, string action, string anchors, string changes)
    {
        var a = JsonSerializer.Deserialize<Anchors>(anchors) ?? new Anchors([], []);
        var c = JsonSerializer.Deserialize<Dictionary<string, string?>>(changes) ?? [];
        return new Decision(id, kind[0], action, a.Keys ?? [], a.Other ?? [], c);
    }

    private sealed record Anchors(IReadOnlyList<string>? Keys, IReadOnlyList<string>? Other);
}
