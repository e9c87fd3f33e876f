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
        {
            var people = commands.Command("""
            INSERT INTO people (page_id, ordinal, name, title, country, evidence, evidence_start)
            VALUES ($page, $ordinal, $name, $title, $country, $evidence, $start)
            """);
            var ordinal = 0;
            foreach (var person in record.People ?? [])
            {
                if (person is null)
                {
                    continue;
                }

                people.Parameters.Clear();
                people.Parameters.AddWithValue("$page", pageId);
                people.Parameters.AddWithValue("$ordinal", ordinal++);
                people.Parameters.AddWithValue("$name", Db(person.Name));
                people.Parameters.AddWithValue("$title", Db(person.Title));
                people.Parameters.AddWithValue("$country", Db(person.Country));
                people.Parameters.AddWithValue("$evidence", Db(person.Evidence));
                people.Parameters.AddWithValue("$start", person.EvidenceStart);
                await people.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        {
            var organizations = commands.Command("""
            INSERT INTO organizations (page_id, ordinal, name, country, evidence, evidence_start)
            VALUES ($page, $ordinal, $name, $country, $evidence, $start)
            """);
            var ordinal = 0;
            foreach (var organization in record.Organizations ?? [])
            {
                if (organization is null)
                {
                    continue;
                }

                organizations.Parameters.Clear();
                organizations.Parameters.AddWithValue("$page", pageId);
                organizations.Parameters.AddWithValue("$ordinal", ordinal++);
                organizations.Parameters.AddWithValue("$name", Db(organization.Name));
                organizations.Parameters.AddWithValue("$country", Db(organization.Country));
                organizations.Parameters.AddWithValue("$evidence", Db(organization.Evidence));
                organizations.Parameters.AddWithValue("$start", organization.EvidenceStart);
                await organizations.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        {
            var figures = commands.Command("""
            INSERT INTO figures (page_id, ordinal, value, unit, per, text, evidence, evidence_start)
            VALUES ($page, $ordinal, $value, $unit, $per, $text, $evidence, $start)
            """);
            var ordinal = 0;
            foreach (var figure in record.Figures ?? [])
            {
                if (figure is null)
                {
                    continue;
                }

                figures.Parameters.Clear();
                figures.Parameters.AddWithValue("$page", pageId);
                figures.Parameters.AddWithValue("$ordinal", ordinal++);
                figures.Parameters.AddWithValue("$value", figure.Value.ToString(CultureInfo.InvariantCulture));
                figures.Parameters.AddWithValue("$unit", Db(figure.Unit));
                figures.Parameters.AddWithValue("$per", Db(figure.Per));
                figures.Parameters.AddWithValue("$text", Db(figure.Text));
                figures.Parameters.AddWithValue("$evidence", Db(figure.Evidence));
                figures.Parameters.AddWithValue("$start", figure.EvidenceStart);
                await figures.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await InsertEventsAndAgreementsAsync(commands, pageId, record, cancellationToken).ConfigureAwait(false);
    }

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
