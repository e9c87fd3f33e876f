using System.Globalization;
using HopTac.Core.Pages;
using Microsoft.Data.Sqlite;

namespace HopTac.Storage.Sqlite.Knowledge;

/// <summary>
/// The write side of the knowledge base in the store's SQLite file (migration 0003): consolidation inside each page
/// save's transaction (<see cref="PageSavedAsync"/>) and for many saves in one (<see cref="NewUnit"/>). Reads and
/// curation are the shared <see cref="HopTac.Storage.Knowledge.Reads.StoreKnowledgeBase"/> over
/// <see cref="SqliteKnowledgeDatabase"/>.
/// </summary>
internal sealed class SqliteKnowledgeBase(TimeProvider clock)
{
    /// <summary>The save hook: called once per stored page version, inside the save transaction.</summary>
    internal Task PageSavedAsync(SqliteConnection connection, SqliteTransaction transaction, long pageId, long? oldPageId, PageRecord record, CancellationToken cancellationToken) =>
        new Consolidation(connection, transaction, clock, cancellationToken).PageSavedAsync(pageId, oldPageId, record);

    /// <summary>A unit of consolidation work for many saves in one transaction (see <see cref="Consolidation.AddPageAsync"/>).</summary>
    internal Consolidation NewUnit(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken) =>
        new(connection, transaction, clock, cancellationToken);

    /// <summary>Whether curators have made any decision (merge, split, accept, reject, edit) in this store.</summary>
    internal static async Task<bool> HasDecisionsAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM kb_revisions WHERE action <> 'create')";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 1;
    }
}
