using System.Globalization;
using System.Text.Json;
using HopTac.Core.Pages;
using HopTac.Storage.Rules;
using Npgsql;

namespace HopTac.Storage.Postgres.Pages;

/// <summary>The per-page fact rows (people, organisations, figures, events and their links, agreements, areas) of one page version.</summary>
internal static class PostgresFactRows
{
    public static async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long pageId, PageRecord record, CancellationToken cancellationToken)
    {
        // One round trip for the rows that point at nothing else; events and agreements follow, as they link by id.
        var batch = new NpgsqlBatch(connection, transaction);
        await using (batch.ConfigureAwait(false))
        {
            var ordinal = 0;
            foreach (var person in record.People ?? [])
            {
                if (person is not null)
                {
                    Add(batch, "INSERT INTO people (page_id, ordinal, name, title, country, evidence, evidence_start) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                        pageId, ordinal++, person.Name, person.Title, person.Country, person.Evidence, person.EvidenceStart);
                }
            }

            ordinal = 0;
            foreach (var organization in record.Organizations ?? [])
            {
                if (organization is not null)
                {
                    Add(batch, "INSERT INTO organizations (page_id, ordinal, name, country, evidence, evidence_start) VALUES ($1, $2, $3, $4, $5, $6)",
                        pageId, ordinal++, organization.Name, organization.Country, organization.Evidence, organization.EvidenceStart);
                }
            }

            ordinal = 0;
            foreach (var figure in record.Figures ?? [])
            {
                if (figure is not null)
                {
                    Add(batch, "INSERT INTO figures (page_id, ordinal, value, unit, per, text, evidence, evidence_start) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                        pageId, ordinal++, figure.Value.ToString(CultureInfo.InvariantCulture), figure.Unit, figure.Per, figure.Text, figure.Evidence, figure.EvidenceStart);
                }
            }

            foreach (var area in (record.Areas ?? []).Distinct(StringComparer.Ordinal))
            {
                Add(batch, "INSERT INTO page_areas (page_id, area) VALUES ($1, $2)", pageId, area);
            }

            if (batch.BatchCommands.Count > 0)
            {
                await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await InsertEventsAndAgreementsAsync(connection, transaction, pageId, record, cancellationToken).ConfigureAwait(false);
    }

    private static async Task InsertEventsAndAgreementsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long pageId, PageRecord record, CancellationToken cancellationToken)
    {
        var events = record.Events ?? [];
        var agreements = record.Agreements ?? [];
        if (events.Count == 0 && agreements.Count == 0)
        {
            return;
        }

        var personIds = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var people = new NpgsqlCommand("SELECT id, name FROM people WHERE page_id = $1 ORDER BY ordinal", connection, transaction))
        {
            people.Parameters.Add(new NpgsqlParameter { Value = pageId });
            await using var reader = await people.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                personIds.TryAdd(reader.GetString(1), reader.GetInt64(0));
            }
        }

        var eventIds = new List<long>(events.Count);
        for (var ordinal = 0; ordinal < events.Count; ordinal++)
        {
            var fact = events[ordinal];
            await using (var insert = new NpgsqlCommand(
                "INSERT INTO events (page_id, ordinal, type, date, place, actors, evidence, evidence_start) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
                connection, transaction))
            {
                Bind(insert.Parameters, pageId, ordinal, fact.Type, fact.Date, fact.Place, JsonSerializer.Serialize(fact.Actors), fact.Evidence, fact.EvidenceStart);
                eventIds.Add((long)(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!);
            }

            var links = new NpgsqlBatch(connection, transaction);
            await using (links.ConfigureAwait(false))
            {
                var participant = 0;
                foreach (var name in fact.Participants)
                {
                    Add(links, "INSERT INTO event_participants (event_id, ordinal, name, person_id) VALUES ($1, $2, $3, $4)",
                        eventIds[^1], participant++, name, personIds.TryGetValue(name, out var personId) ? personId : null);
                }

                foreach (var actor in fact.Actors.Distinct(StringComparer.Ordinal))
                {
                    Add(links, "INSERT INTO event_actors (event_id, actor) VALUES ($1, $2)", eventIds[^1], actor);
                }

                if (links.BatchCommands.Count > 0)
                {
                    await links.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }

        var batch = new NpgsqlBatch(connection, transaction);
        await using (batch.ConfigureAwait(false))
        {
            for (var ordinal = 0; ordinal < agreements.Count; ordinal++)
            {
                var agreement = agreements[ordinal];
                var signing = PageRules.SigningEventOf(agreement, events);
                Add(batch, """
                    INSERT INTO agreements (page_id, ordinal, type, title, date, period, actors, event_id, evidence, evidence_start)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                    """,
                    pageId, ordinal, agreement.Type, agreement.Title, agreement.Date, agreement.Period, JsonSerializer.Serialize(agreement.Actors),
                    signing is { } index ? eventIds[index] : null, agreement.Evidence, agreement.EvidenceStart);
            }

            if (batch.BatchCommands.Count > 0)
            {
                await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static void Add(NpgsqlBatch batch, string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        Bind(command.Parameters, values);
        batch.BatchCommands.Add(command);
    }

    private static void Bind(NpgsqlParameterCollection parameters, params object?[] values)
    {
        foreach (var value in values)
        {
            parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }
    }
}
