using System.Text.Json;
using HopTac.Storage.Search;
using Microsoft.Data.Sqlite;

namespace HopTac.Storage.Sqlite.Pages;

/// <summary>
/// Keeps <c>search_words</c> and <c>search_impacts</c> (migration 0015) in step with <c>pages_fts</c>: every page put in
/// or taken out of that index is counted in or out here from the same folded title and body, in the same transaction.
/// <see cref="ImpactRanking"/> reads them.
/// </summary>
internal static class ImpactIndex
{
    /// <summary>
    /// A page at most this many tokens long keeps a row for every word; a longer one only for words whose weighted
    /// frequency is at least 2. The rows left out each contribute at most bm25's part for frequency 1 at length
    /// ShortPage + 1 (about 1.27 of at most 2.2 at the corpus's mean length of ~540 tokens), a bound the ranking uses
    /// for all of them at once; keeping them would double the table for pages that seldom reach a top twenty.
    /// </summary>
    public const int ShortPage = 256;

    /// <summary>Pages per backfill transaction: each commits, so an interrupted backfill resumes where it stopped.</summary>
    private const int BackfillBatch = 2_000;

    /// <summary>Counts a page just put in pages_fts.</summary>
    public static async Task AddAsync(PreparedCommands commands, long pageId, PageTerms terms, CancellationToken cancellationToken)
    {
        var (words, postings) = Rows(terms);
        var count = commands.Command("""
            INSERT INTO search_words (word, pages) SELECT value, 1 FROM json_each($words) WHERE true
            ON CONFLICT (word) DO UPDATE SET pages = pages + 1
            """);
        count.Parameters.AddWithValue("$words", words);
        await count.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

        var insert = commands.Command("""
            INSERT INTO search_impacts (word, freq, length, page_id)
            SELECT value ->> 0, value ->> 1, $length, $id FROM json_each($postings)
            """);
        insert.Parameters.AddWithValue("$postings", postings);
        insert.Parameters.AddWithValue("$length", terms.Length);
        insert.Parameters.AddWithValue("$id", pageId);
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Counts out a page about to leave pages_fts (read from there, so what is removed is what was added).</summary>
    public static async Task RemoveAsync(PreparedCommands commands, long pageId, CancellationToken cancellationToken)
    {
        var read = commands.Command("SELECT title, body FROM pages_fts WHERE rowid = $id");
        read.Parameters.AddWithValue("$id", pageId);
        PageTerms? terms = null;
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                terms = new PageTerms(SqlCommands.NullableString(reader, 0), SqlCommands.NullableString(reader, 1));
            }
        }

        if (terms is null)
        {
            return;
        }

        var (words, postings) = Rows(terms);
        var count = commands.Command("UPDATE search_words SET pages = pages - 1 WHERE word IN (SELECT value FROM json_each($words))");
        count.Parameters.AddWithValue("$words", words);
        await count.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

        var delete = commands.Command("""
            DELETE FROM search_impacts
            WHERE (word, freq, length, page_id) IN (SELECT value ->> 0, value ->> 1, $length, $id FROM json_each($postings))
            """);
        delete.Parameters.AddWithValue("$postings", postings);
        delete.Parameters.AddWithValue("$length", terms.Length);
        delete.Parameters.AddWithValue("$id", pageId);
        await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether every indexed page is counted (false while a backfill is pending: search then ranks with FTS5 alone).</summary>
    public static async Task<bool> IsCompleteAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM search_impacts_backfill";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) == 0;
    }

    /// <summary>
    /// Counts in the pages indexed before migration 0015, a batch per transaction, from the lowest id up; every page
    /// indexed after the migration was counted by the writer. Returns the number of pages counted.
    /// </summary>
    public static async Task<int> BackfillAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var done = 0;
        while (true)
        {
            await using var transaction = connection.BeginTransaction(deferred: false);
            using var commands = new PreparedCommands(connection, transaction);
            long next;
            long last;
            {
                var state = commands.Command("SELECT next_id, last_id FROM search_impacts_backfill");
                await using var reader = await state.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    return done;
                }

                (next, last) = (reader.GetInt64(0), reader.GetInt64(1));
            }

            var pages = new List<(long Id, PageTerms Terms)>();
            {
                var read = commands.Command("SELECT rowid, title, body FROM pages_fts WHERE rowid >= $next AND rowid <= $last ORDER BY rowid LIMIT $batch");
                read.Parameters.AddWithValue("$next", next);
                read.Parameters.AddWithValue("$last", last);
                read.Parameters.AddWithValue("$batch", BackfillBatch);
                await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    pages.Add((reader.GetInt64(0), new PageTerms(SqlCommands.NullableString(reader, 1), SqlCommands.NullableString(reader, 2))));
                }
            }

            foreach (var (id, terms) in pages)
            {
                await AddAsync(commands, id, terms, cancellationToken).ConfigureAwait(false);
            }

            var advance = commands.Command(pages.Count < BackfillBatch
                ? "DELETE FROM search_impacts_backfill"
                : "UPDATE search_impacts_backfill SET next_id = $next");
            advance.Parameters.AddWithValue("$next", pages.Count == 0 ? last + 1 : pages[^1].Id + 1);
            await advance.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            done += pages.Count;
        }
    }

    /// <summary>The page's distinct words, and the (word, frequency) rows it keeps in search_impacts, as JSON arrays.</summary>
    private static (string Words, string Postings) Rows(PageTerms terms)
    {
        var frequencies = terms.Frequencies();
        var shortPage = terms.Length <= ShortPage;
        var postings = frequencies.Where(p => shortPage || p.Value >= 2).Select(p => new object[] { p.Key, p.Value });
        return (JsonSerializer.Serialize(frequencies.Keys), JsonSerializer.Serialize(postings));
    }
}
