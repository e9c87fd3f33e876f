using System.Globalization;
using System.Text.Json;
using HopTac.Core.Pages;
using HopTac.Storage.Rules;
using static HopTac.Storage.Sqlite.SqlCommands;

namespace HopTac.Storage.Sqlite.Pages;

/// <summary>The per-page fact rows (people, organisations, figures, events and their links, agreements, areas) of one page version.</summary>
internal static class FactRows
{
    internal static async Task InsertAsync(PreparedCommands commands, long pageId, PageRecord record, CancellationToken cancellationToken)
    {
        // Each table's rows in one statement, handed over as a JSON array and inserted in the page's order (so the
        // rows get the ids one insert per row gave them): binding seven or eight named parameters per row was most of
        // a page's fact-row cost (session 13). A null name or text fails the NOT NULL constraint as the row insert did.
        var people = (record.People ?? []).Where(p => p is not null).ToList();
        if (people.Count > 0)
        {
            var insert = commands.Command("""
            INSERT INTO people (page_id, ordinal, name, title, country, evidence, evidence_start)
            SELECT $page, key, value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4 FROM json_each($rows)
            """);
            insert.Parameters.AddWithValue("$page", pageId);
            insert.Parameters.AddWithValue("$rows", Rows(people, static (json, person) =>
            {
                Text(json, person.Name);
                Text(json, person.Title);
                Text(json, person.Country);
                Text(json, person.Evidence);
                json.WriteNumberValue(person.EvidenceStart);
            }));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var organizations = (record.Organizations ?? []).Where(o => o is not null).ToList();
        if (organizations.Count > 0)
        {
            var insert = commands.Command("""
            INSERT INTO organizations (page_id, ordinal, name, country, evidence, evidence_start)
            SELECT $page, key, value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM json_each($rows)
            """);
            insert.Parameters.AddWithValue("$page", pageId);
            insert.Parameters.AddWithValue("$rows", Rows(organizations, static (json, organization) =>
            {
                Text(json, organization.Name);
                Text(json, organization.Country);
                Text(json, organization.Evidence);
                json.WriteNumberValue(organization.EvidenceStart);
            }));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var figures = (record.Figures ?? []).Where(f => f is not null).ToList();
        if (figures.Count > 0)
        {
            var insert = commands.Command("""
            INSERT INTO figures (page_id, ordinal, value, unit, per, text, evidence, evidence_start)
            SELECT $page, key, value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5 FROM json_each($rows)
            """);
            insert.Parameters.AddWithValue("$page", pageId);
            insert.Parameters.AddWithValue("$rows", Rows(figures, static (json, figure) =>
            {
                json.WriteStringValue(figure.Value.ToString(CultureInfo.InvariantCulture));
                Text(json, figure.Unit);
                Text(json, figure.Per);
                Text(json, figure.Text);
                Text(json, figure.Evidence);
                json.WriteNumberValue(figure.EvidenceStart);
            }));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await InsertEventsAndAgreementsAsync(commands, pageId, record, cancellationToken).ConfigureAwait(false);
    }

    private static string Rows<T>(IEnumerable<T> items, Action<System.Text.Json.Utf8JsonWriter, T> row) =>
        HopTac.Storage.Sqlite.Knowledge.SqliteConsolidationStore.JsonRows(items, row);

    // As Db(): a missing value is NULL.
    private static void Text(System.Text.Json.Utf8JsonWriter json, string? value) =>
        HopTac.Storage.Sqlite.Knowledge.SqliteConsolidationStore.NullableString(json, Db(value) as string);

    private static async Task InsertEventsAndAgreementsAsync(PreparedCommands commands, long pageId, PageRecord record, CancellationToken cancellationToken)
    {
        var personIds = new Dictionary<string, long>(StringComparer.Ordinal);
        {
            var people = commands.Command("SELECT id, name FROM people WHERE page_id = $page ORDER BY ordinal");
            people.Parameters.AddWithValue("$page", pageId);
            await using var reader = await people.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                personIds.TryAdd(reader.GetString(1), reader.GetInt64(0));
            }
        }

        var eventIds = new List<long>(record.Events.Count);
        var ordinal = 0;
        foreach (var fact in record.Events)
        {
            var insert = commands.Command("""
                INSERT INTO events (page_id, ordinal, type, date, place, actors, evidence, evidence_start)
                VALUES ($page, $ordinal, $type, $date, $place, $actors, $evidence, $start) RETURNING id
                """);
            insert.Parameters.AddWithValue("$page", pageId);
            insert.Parameters.AddWithValue("$ordinal", ordinal++);
            insert.Parameters.AddWithValue("$type", Db(fact.Type));
            insert.Parameters.AddWithValue("$date", Db(fact.Date));
            insert.Parameters.AddWithValue("$place", Db(fact.Place));
            insert.Parameters.AddWithValue("$actors", JsonSerializer.Serialize(fact.Actors));
            insert.Parameters.AddWithValue("$evidence", Db(fact.Evidence));
            insert.Parameters.AddWithValue("$start", fact.EvidenceStart);
            var eventId = (long)(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            eventIds.Add(eventId);

            var participant = 0;
            foreach (var name in fact.Participants)
            {
                var link = commands.Command("INSERT INTO event_participants (event_id, ordinal, name, person_id) VALUES ($event, $ordinal, $name, $person)");
                link.Parameters.AddWithValue("$event", eventId);
                link.Parameters.AddWithValue("$ordinal", participant++);
                link.Parameters.AddWithValue("$name", Db(name));
                link.Parameters.AddWithValue("$person", personIds.TryGetValue(name, out var personId) ? personId : DBNull.Value);
                await link.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            foreach (var actor in fact.Actors.Distinct(StringComparer.Ordinal))
            {
                var link = commands.Command("INSERT INTO event_actors (event_id, actor) VALUES ($event, $actor)");
                link.Parameters.AddWithValue("$event", eventId);
                link.Parameters.AddWithValue("$actor", actor);
                await link.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        ordinal = 0;
        foreach (var agreement in record.Agreements)
        {
            var insert = commands.Command("""
                INSERT INTO agreements (page_id, ordinal, type, title, date, period, actors, event_id, evidence, evidence_start)
                VALUES ($page, $ordinal, $type, $title, $date, $period, $actors, $event, $evidence, $start)
                """);
            insert.Parameters.AddWithValue("$page", pageId);
            insert.Parameters.AddWithValue("$ordinal", ordinal++);
            insert.Parameters.AddWithValue("$type", Db(agreement.Type));
            insert.Parameters.AddWithValue("$title", Db(agreement.Title));
            insert.Parameters.AddWithValue("$date", Db(agreement.Date));
            insert.Parameters.AddWithValue("$period", Db(agreement.Period));
            insert.Parameters.AddWithValue("$actors", JsonSerializer.Serialize(agreement.Actors));
            var signing = PageRules.SigningEventOf(agreement, record.Events);
            insert.Parameters.AddWithValue("$event", signing is { } index ? eventIds[index] : DBNull.Value);
            insert.Parameters.AddWithValue("$evidence", Db(agreement.Evidence));
            insert.Parameters.AddWithValue("$start", agreement.EvidenceStart);
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var area in record.Areas.Distinct(StringComparer.Ordinal))
        {
            var insert = commands.Command("INSERT INTO page_areas (page_id, area) VALUES ($page, $area)");
            insert.Parameters.AddWithValue("$page", pageId);
            insert.Parameters.AddWithValue("$area", area);
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
