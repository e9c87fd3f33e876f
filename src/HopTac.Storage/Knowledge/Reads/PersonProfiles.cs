using System.Text.Json;
using HopTac.Core.Knowledge;
using HopTac.Core.Pages;
using HopTac.Storage.Knowledge;
using HopTac.Storage.Knowledge.Consolidation;
using System.Data.Common;
using static HopTac.Storage.Knowledge.Reads.KbFactRows;

namespace HopTac.Storage.Knowledge.Reads;

/// <summary>Person facts as profiles: names, offices over time, the events they took part in, their sources.</summary>
internal static class PersonProfiles
{
    internal static async Task<IReadOnlyList<PersonProfile>> ProfilesAsync(KnowledgeDatabase db, DbConnection connection, List<FactRow> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var sources = await SourcesAsync(db, connection, ids, cancellationToken).ConfigureAwait(false);
        var events = new Dictionary<long, SortedSet<long>>();
        var unmatched = new HashSet<(long Person, long Event)>();
        // Events a person took part in: events on the same page whose participants name them. The walk starts
        // from the people asked for (CROSS JOIN fixes SQLite's join order), not from every event mention.
        await using (var command = DbSql.Command(connection, $"""
                SELECT bp.fact_id, be.fact_id, mp.data, me.data FROM {db.ListTable("ids", "x")}
                {db.FixedJoin} kb_members bp ON bp.fact_id = x.value
                {db.FixedJoin} kb_mentions mp ON mp.key = bp.mention_key
                {db.FixedJoin} kb_mentions me ON me.page_id = mp.page_id AND me.kind = 'e'
                {db.FixedJoin} kb_members be ON be.mention_key = me.key
                """))
        {
            db.AddList(command, "ids", ids);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var person = JsonSerializer.Deserialize<HopTac.Core.Facts.Person>(reader.GetString(2), PageRecordJson.Options);
                var e = JsonSerializer.Deserialize<HopTac.Core.Facts.EventFact>(reader.GetString(3), PageRecordJson.Options);
                if (person is not null && e?.Participants is { } participants && participants.Any(n => PersonIdentity.Compatible(n, person.Name)))
                {
                    Add(reader.GetInt64(0), reader.GetInt64(1));
                }
                else
                {
                    unmatched.Add((reader.GetInt64(0), reader.GetInt64(1)));
                }
            }
        }

        // A page may name the person in full only outside the event's sentence ("Putin" there): the event's
        // participants as resolved to people (as the timeline shows them) list it too.
        if (unmatched.Count > 0)
        {
            var eventIds = unmatched.Select(u => u.Event).Distinct().ToList();
            var participants = await EventParticipantsOfAsync(db, connection, eventIds, cancellationToken).ConfigureAwait(false);
            var people = await EventParticipants.LoadAsync(db, connection, eventIds, cancellationToken).ConfigureAwait(false);
            var resolved = participants.ToDictionary(p => p.Key, p => people.Resolve(p.Key, p.Value).Ids);
            foreach (var (personId, eventId) in unmatched)
            {
                if (resolved.TryGetValue(eventId, out var personIds) && personIds.Contains(FactIds.Format('p', personId), StringComparer.Ordinal))
                {
                    Add(personId, eventId);
                }
            }
        }

        return rows.Select(r =>
        {
            var summary = JsonSerializer.Deserialize<PersonSummary>(r.Machine, PageRecordJson.Options);
            return new PersonProfile(
                FactIds.Format('p', r.Id),
                r.Fields.GetValueOrDefault("name") ?? string.Empty,
                r.Fields.GetValueOrDefault("country"),
                summary?.Aliases ?? [],
                (summary?.Offices ?? []).Select(o => new PersonOffice(o.Title, o.FirstSeen, o.LastSeen)).ToList(),
                (events.GetValueOrDefault(r.Id) ?? []).Select(e => FactIds.Format('e', e)).ToList(),
                sources.GetValueOrDefault(r.Id) ?? []);
        }).ToList();

        void Add(long personId, long eventId)
        {
            if (!events.TryGetValue(personId, out var set))
            {
                events[personId] = set = [];
            }

            set.Add(eventId);
        }
    }

    /// <summary>The current participants (after curators' edits) of events, by fact id.</summary>
    internal static async Task<Dictionary<long, IReadOnlyList<string>>> EventParticipantsOfAsync(KnowledgeDatabase db, DbConnection connection, List<long> ids, CancellationToken cancellationToken)
    {
        var rows = await FactRowsAsync(connection, $"""
            SELECT {Columns} FROM kb_facts f
            WHERE f.kind = 'e' AND f.id IN (SELECT x.value FROM {db.ListTable("ids", "x")})
            """, c => db.AddList(c, "ids", ids), cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Id, r => FactFields.Split(r.Fields.GetValueOrDefault("participants")));
    }
}
