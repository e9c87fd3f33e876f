using System.Text.Json;
using HopTac.Core.Knowledge;
using HopTac.Core.Pages;
using HopTac.Storage.Knowledge;
using System.Data.Common;

namespace HopTac.Storage.Knowledge.Reads;

/// <summary>
/// Names an event's participants as the consolidated people: a participant is read as the person of one of the
/// event's supporting pages whose name on that page (or consolidated name) is compatible with it, so "Putin" on one
/// page shows as "Vladimir Putin" when that page's person mention belongs to that person. Only the same pages count:
/// a short form is ambiguous across the corpus, but rarely within the pages that report one event. A name that fits
/// no person, or two people equally, stays as written with an empty id.
/// </summary>
internal sealed class EventParticipants
{
    // A page lists tens of people at most; the bound keeps a hostile page from making resolution quadratic and slow.
    private const int MaxCandidates = 500;

    private readonly Dictionary<long, List<Candidate>> byEvent;

    private EventParticipants(Dictionary<long, List<Candidate>> byEvent) => this.byEvent = byEvent;

    /// <summary>An event's participants named as people (each person once) and their ids ("" where unknown), in step.</summary>
    public (IReadOnlyList<string> Names, IReadOnlyList<string> Ids) Resolve(long eventId, IReadOnlyList<string> participants)
    {
        var candidates = byEvent.GetValueOrDefault(eventId) ?? [];
        var names = new List<string>(participants.Count);
        var ids = new List<string>(participants.Count);
        foreach (var participant in participants)
        {
            var person = Match(participant, candidates);
            var name = person?.Name ?? participant;
            var id = person is null ? string.Empty : FactIds.Format('p', person.PersonId);

            // One person once, even when pages wrote them two ways; an unresolved name once per spelling.
            var seen = id.Length > 0
                ? ids.Contains(id, StringComparer.Ordinal)
                : names.Contains(name, StringComparer.Ordinal);
            if (!seen)
            {
                names.Add(name);
                ids.Add(id);
            }
        }

        return (names, ids);
    }

    /// <summary>
    /// The people of the events' supporting pages, read in one query that starts from the events (CROSS JOIN fixes
    /// SQLite's join order; the planner's own choice began from every person mention and took 41 s for US's events
    /// on a 10k-page store).
    /// </summary>
    public static async Task<EventParticipants> LoadAsync(KnowledgeDatabase db, DbConnection connection, IReadOnlyCollection<long> eventIds, CancellationToken cancellationToken)
    {
        var byEvent = new Dictionary<long, List<Candidate>>();
        if (eventIds.Count == 0)
        {
            return new EventParticipants(byEvent);
        }

        await using var command = DbSql.Command(connection, $"""
            SELECT DISTINCT be.fact_id, bp.fact_id, mp.data, fp.fields FROM {db.ListTable("ids", "x")}
            {db.FixedJoin} kb_members be ON be.fact_id = x.value
            {db.FixedJoin} kb_mentions me ON me.key = be.mention_key
            {db.FixedJoin} kb_mentions mp ON mp.page_id = me.page_id AND mp.kind = 'p'
            {db.FixedJoin} kb_members bp ON bp.mention_key = mp.key
            {db.FixedJoin} kb_facts fp ON fp.id = bp.fact_id AND fp.kind = 'p' AND fp.status <> 'rejected'
            ORDER BY be.fact_id, bp.fact_id
            """);
        db.AddList(command, "ids", eventIds);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var eventId = reader.GetInt64(0);
            if (!byEvent.TryGetValue(eventId, out var list))
            {
                byEvent[eventId] = list = [];
            }

            if (list.Count >= MaxCandidates)
            {
                continue;
            }

            var written = ReadName(reader.GetString(2));
            var fields = ReadFields(reader.GetString(3));
            var name = fields.GetValueOrDefault("name");
            if (!string.IsNullOrWhiteSpace(name))
            {
                list.Add(new Candidate(reader.GetInt64(1), name, written));
            }
        }

        return new EventParticipants(byEvent);
    }

    private static Candidate? Match(string participant, List<Candidate> candidates)
    {
        var matches = candidates
            .Where(c => PersonIdentity.Compatible(participant, c.Written) || PersonIdentity.Compatible(participant, c.Name))
            .ToList();
        var people = matches.Select(c => c.PersonId).Distinct().ToList();
        if (people.Count == 1)
        {
            return matches[0];
        }

        if (people.Count == 0)
        {
            return null;
        }

        // Two people fit a short form ("Bush" beside two Bushes): only the exact spelling decides, else no guess.
        var key = PersonIdentity.Key(participant);
        var exact = matches
            .Where(c => string.Equals(PersonIdentity.Key(c.Written), key, StringComparison.Ordinal)
                || string.Equals(PersonIdentity.Key(c.Name), key, StringComparison.Ordinal))
            .ToList();
        return exact.Select(c => c.PersonId).Distinct().Count() == 1 ? exact[0] : null;
    }

    private static string? ReadName(string data)
    {
        try
        {
            return JsonSerializer.Deserialize<HopTac.Core.Facts.Person>(data, PageRecordJson.Options)?.Name;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Dictionary<string, string?> ReadFields(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string?>>(json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private sealed record Candidate(long PersonId, string Name, string? Written);
}
