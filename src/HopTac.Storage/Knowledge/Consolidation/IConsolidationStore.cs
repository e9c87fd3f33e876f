using HopTac.Core.Pages;

namespace HopTac.Storage.Knowledge.Consolidation;

/// <summary>
/// What the consolidation engine (<see cref="ConsolidationEngine"/>) asks of a store: queries and writes of one unit
/// of work, inside one transaction the store opened, bound to its cancellation token. Mentions by key, page and
/// blocking key; groups (consolidated facts) and their members; curators' decisions and their anchors' snapshots.
/// The algorithm (components, clustering, placement, re-anchoring, summaries) is the engine's: a second store
/// implements these queries, not the algorithm.
/// </summary>
internal interface IConsolidationStore
{
    /// <summary>Row ids of a stored page's facts, in the page's order.</summary>
    Task<PageRows> PageRowsAsync(long pageId);

    /// <summary>Up to <paramref name="count"/> current pages with ids above <paramref name="after"/> (unparsable records skipped), and the last id read.</summary>
    Task<(long? LastId, List<(long Id, PageRecord Record)> Records)> CurrentPagesAfterAsync(long after, int count);

    /// <summary>
    /// Links the pages <see cref="CurrentPagesAfterAsync"/> reads with the same arguments to their originals afresh
    /// (syndicated copies), each only against pages before it, so that a rebuild walking every page in id order ends
    /// with the links saves in that order would make.
    /// </summary>
    Task RelinkCopiesAfterAsync(long after, int count);

    /// <summary>The stored mentions with these keys.</summary>
    Task<List<KbMention>> MentionsAsync(IReadOnlyCollection<string> keys);

    /// <summary>The stored mentions of these pages.</summary>
    Task<List<KbMention>> MentionsOfPagesAsync(IReadOnlyCollection<long> pageIds);

    /// <summary>The mentions whose page is no longer a current version.</summary>
    Task<List<KbMention>> MentionsOfOldPagesAsync();

    /// <summary>The stored data of those of these keys that are stored.</summary>
    Task<Dictionary<string, string>> MentionDataAsync(IReadOnlyCollection<string> keys);

    /// <summary>Stores the mentions (replacing same-key ones) with their lookup terms (<see cref="KbMention.Terms"/>).</summary>
    Task UpsertMentionsAsync(IReadOnlyList<KbMention> mentions);

    /// <summary>Deletes the mentions with their memberships and terms.</summary>
    Task DeleteMentionsAsync(IReadOnlyCollection<string> keys);

    /// <summary>Keys filed under a lookup term (<paramref name="range"/>: every year of an event term), at most <paramref name="limit"/> (-1: all).</summary>
    Task<List<string>> TermKeysAsync(char kind, string term, bool range, int limit);

    /// <summary>Person mentions with this identity key, at most <paramref name="limit"/> (-1: all).</summary>
    Task<List<string>> PeopleWithIdentityAsync(string identity, int limit);

    /// <summary>Figure mentions of this unit on these pages.</summary>
    Task<List<string>> FiguresOnPagesAsync(IReadOnlyCollection<long> pageIds, string? unit);

    /// <summary>
    /// Pairs (page, other page) that share an event or agreement group of at most <paramref name="maxMembers"/>
    /// members, for the given pages.
    /// </summary>
    Task<List<(long Page, long Other)>> StoryLinksAsync(IReadOnlyCollection<long> pageIds, int maxMembers);

    /// <summary>The group (fact id) of each of these keys that has one.</summary>
    Task<Dictionary<string, long>> GroupsOfAsync(IReadOnlyCollection<string> keys);

    /// <summary>The other members of the key's group, at most <paramref name="limit"/> (-1: all).</summary>
    Task<List<string>> GroupMatesAsync(string key, int limit);

    /// <summary>A group's kind (null: no such fact or no member) and member keys in key order.</summary>
    Task<(char? Kind, List<string> Keys)> GroupAsync(long factId);

    Task<bool> FactExistsAsync(char kind, long factId);

    /// <summary>Whether the group has a member on this page.</summary>
    Task<bool> GroupHoldsPageAsync(long factId, long pageId);

    /// <summary>Groups filed under a group term with their representative, by fact id, at most <paramref name="limit"/>; rows whose representative left the group are skipped.</summary>
    Task<List<(long Fact, string Rep)>> GroupsUnderTermAsync(char kind, string term, int limit);

    /// <summary>Writes a consolidated fact (new when its id is null) with its members, actors, applied decisions and group terms; returns its id.</summary>
    Task<long> WriteFactAsync(FactWrite fact);

    /// <summary>Adds a member to a group and files the group under the member's terms where it is not yet.</summary>
    Task JoinAsync(long factId, string key, IReadOnlyList<GroupTerm> terms);

    /// <summary>Takes a mention out of its group.</summary>
    Task LeaveAsync(string key);

    /// <summary>Deletes those of these facts (every fact when null) that have no member left.</summary>
    Task DeleteFactsWithoutMembersAsync(IReadOnlyCollection<long>? factIds);

    /// <summary>Curators' decisions and machine revisions about them (every revision but creations), in id order.</summary>
    Task<List<Decision>> DecisionRevisionsAsync();

    /// <summary>The kept snapshots of these anchor keys (page id and row 0).</summary>
    Task<Dictionary<string, KbMention>> SnapshotsAsync(IReadOnlyCollection<string> keys);

    /// <summary>Keeps the mention's data as the snapshot of an anchor of <paramref name="decision"/>.</summary>
    Task KeepSnapshotAsync(long decision, KbMention mention);

    /// <summary>Appends a revision to a fact's history.</summary>
    Task WriteRevisionAsync(RevisionWrite revision);
}

/// <summary>One lookup term a group is filed under, with a member carrying it.</summary>
internal readonly record struct GroupTerm(char Kind, string Term, string Rep);

/// <summary>A consolidated fact as the engine computed it, for <see cref="IConsolidationStore.WriteFactAsync"/>.</summary>
internal sealed record FactWrite(
    long? Id,
    char Kind,
    string Status,
    string? Type,
    string? Date,
    string SortKey,
    bool Conflict,
    string VariantsJson,
    string FieldsJson,
    string MachineJson,
    string? Search,
    IReadOnlyList<string> Members,
    IReadOnlyList<string> Actors,
    IReadOnlyList<long> Applied,
    IReadOnlyList<GroupTerm> Terms,
    RevisionWrite? Creation);

/// <summary>A revision row; <see cref="FactId"/> is ignored for the creation revision of a new fact.</summary>
internal sealed record RevisionWrite(long FactId, char Kind, string Action, string AnchorsJson, string ChangesJson, string Who, DateTimeOffset At, string? Why);
