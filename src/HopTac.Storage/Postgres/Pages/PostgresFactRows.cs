using System.Globalization;
using System.Text.Json;
using HopTac.Core.Pages;
using HopTac.Storage.Rules;
using Npgsql;
using NpgsqlTypes;

namespace HopTac.Storage.Postgres.Pages;

/// <summary>
/// The per-page fact rows (people, organisations, figures, events and their links, agreements, areas) of one page
/// version, as statements that need no answer between them, so a page's rows travel in one round trip (with the page
/// itself when it is new): links find the rows they point at in SQL (an event's participants its id by
/// <c>currval</c>, a participant the page's first person of that name, an agreement its signing event by ordinal)
/// instead of reading ids back.
/// </summary>
internal static class PostgresFactRows
{
    // $1 of every statement: the page's id, or NULL for the page the same round trip has just inserted. A scalar
    // subquery, evaluated once: currval is volatile, and `page_id = currval(…)` would scan the table row by row.
    private const string Page = "(SELECT coalesce($1, currval(pg_get_serial_sequence('pages', 'id'))))";
    private const string LastEvent = "currval(pg_get_serial_sequence('events', 'id'))";

    /// <summary>The statements that insert the page's fact rows; <paramref name="pageId"/> null: the page inserted just before them, in the same session.</summary>
    public static List<NpgsqlBatchCommand> Statements(long? pageId, PageRecord record)
    {
        var statements = new List<NpgsqlBatchCommand>();
        var ordinal = 0;
        foreach (var person in record.People ?? [])
        {
            if (person is not null)
            {
                statements.Add(Row(pageId, $"INSERT INTO people (page_id, ordinal, name, title, country, evidence, evidence_start) VALUES ({Page}, $2, $3, $4, $5, $6, $7)",
                    ordinal++, person.Name, person.Title, person.Country, person.Evidence, person.EvidenceStart));
            }
        }

        ordinal = 0;
        foreach (var organization in record.Organizations ?? [])
        {
            if (organization is not null)
            {
                statements.Add(Row(pageId, $"INSERT INTO organizations (page_id, ordinal, name, country, evidence, evidence_start) VALUES ({Page}, $2, $3, $4, $5, $6)",
                    ordinal++, organization.Name, organization.Country, organization.Evidence, organization.EvidenceStart));
            }
        }

        ordinal = 0;
        foreach (var figure in record.Figures ?? [])
        {
            if (figure is not null)
            {
                statements.Add(Row(pageId, $"INSERT INTO figures (page_id, ordinal, value, unit, per, text, evidence, evidence_start) VALUES ({Page}, $2, $3, $4, $5, $6, $7, $8)",
                    ordinal++, figure.Value.ToString(CultureInfo.InvariantCulture), figure.Unit, figure.Per, figure.Text, figure.Evidence, figure.EvidenceStart));
            }
        }

        foreach (var area in (record.Areas ?? []).Distinct(StringComparer.Ordinal))
        {
            statements.Add(Row(pageId, $"INSERT INTO page_areas (page_id, area) VALUES ({Page}, $2)", area));
        }

        var events = record.Events ?? [];
        for (ordinal = 0; ordinal < events.Count; ordinal++)
        {
            var fact = events[ordinal];
            statements.Add(Row(pageId, $"INSERT INTO events (page_id, ordinal, type, date, place, actors, evidence, evidence_start) VALUES ({Page}, $2, $3, $4, $5, $6, $7, $8)",
                ordinal, fact.Type, fact.Date, fact.Place, JsonSerializer.Serialize(fact.Actors), fact.Evidence, fact.EvidenceStart));
            var participant = 0;
            foreach (var name in fact.Participants)
            {
                // The page's first person of that name, as the save read them back by ordinal before.
                statements.Add(Row(pageId, $"""
                    INSERT INTO event_participants (event_id, ordinal, name, person_id)
                    VALUES ({LastEvent}, $2, $3::text, (SELECT id FROM people WHERE page_id = {Page} AND name = $3::text ORDER BY ordinal LIMIT 1))
                    """, participant++, name));
            }

            foreach (var actor in fact.Actors.Distinct(StringComparer.Ordinal))
            {
                statements.Add(Row(pageId, $"INSERT INTO event_actors (event_id, actor) VALUES ({LastEvent}, $2)", actor));
            }
        }

        var agreements = record.Agreements ?? [];
        for (ordinal = 0; ordinal < agreements.Count; ordinal++)
        {
            var agreement = agreements[ordinal];
            var signing = PageRules.SigningEventOf(agreement, events);
            statements.Add(Row(pageId, $"""
                INSERT INTO agreements (page_id, ordinal, type, title, date, period, actors, event_id, evidence, evidence_start)
                VALUES ({Page}, $2, $3, $4, $5, $6, $7, (SELECT id FROM events WHERE page_id = {Page} AND ordinal = $8::integer), $9, $10)
                """,
                ordinal, agreement.Type, agreement.Title, agreement.Date, agreement.Period, JsonSerializer.Serialize(agreement.Actors),
                signing, agreement.Evidence, agreement.EvidenceStart));
        }

        return statements;
    }

    /// <summary>Inserts the fact rows of the stored page <paramref name="pageId"/> (one round trip).</summary>
    public static async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long pageId, PageRecord record, CancellationToken cancellationToken)
    {
        var batch = new NpgsqlBatch(connection, transaction);
        await using (batch.ConfigureAwait(false))
        {
            foreach (var statement in Statements(pageId, record))
            {
                batch.BatchCommands.Add(statement);
            }

            if (batch.BatchCommands.Count > 0)
            {
                await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // $1 is typed, so a statement that does not use it (an event's links) is still well-formed.
    private static NpgsqlBatchCommand Row(long? pageId, string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = (object?)pageId ?? DBNull.Value });
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        return command;
    }
}
