using System.Data.Common;
using System.Text.Json;
using HopTac.Storage.Knowledge.Consolidation;
using HopTac.Storage.Knowledge.Reads;
using Microsoft.Data.Sqlite;

namespace HopTac.Storage.Sqlite.Knowledge;

/// <summary>
/// The knowledge base's SQL on SQLite: id lists as <c>json_each</c> over a JSON array, CROSS JOIN to keep the written
/// join order, <c>json_extract</c> and <c>instr</c>. Writes take the store's in-process write lock, then a transaction,
/// and run again when another process kept the file busy (<see cref="BusyRetry"/>).
/// </summary>
internal sealed class SqliteKnowledgeDatabase(SqliteConnections connections, SemaphoreSlim writeLock) : KnowledgeDatabase
{
    public override string FixedJoin => "CROSS JOIN";

    /// <summary>
    /// Another process waits for SQLite's write lock in its busy handler, which sleeps and tries again, at most 100 ms
    /// apart; a rebuild that took the lock again at once would find it free nearly every time and keep that writer
    /// waiting for many units (up to 10 s measured at 105k pages). A pause longer than one such sleep hands it over.
    /// </summary>
    public override TimeSpan HandOff => TimeSpan.FromMilliseconds(150);

    public override string IgnoringTail => string.Empty;

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await connections.OpenAsync(cancellationToken).ConfigureAwait(false);

    public override async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await BusyRetry.RunAsync(
                async () =>
                {
                    await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
                    await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                    var result = await work(connection, transaction).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    return result;
                },
                cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            writeLock.Release();
        }
    }

    public override IConsolidationStore Consolidation(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        new SqliteConsolidationStore((SqliteConnection)connection, (SqliteTransaction)transaction, cancellationToken);

    public override string ListTable(string parameter, string alias) => $"json_each(@{parameter}) AS {alias}";

    public override string Ordered(string column) => column;

    public override string JsonText(string column, string field) => $"json_extract({column}, '$.{field}')";

    public override string Position(string haystack, string needle) => $"instr({haystack}, {needle})";

    public override string InsertIgnoring(string table) => $"INSERT OR IGNORE INTO {table}";

    public override void AddList(DbCommand command, string name, IEnumerable<long> ids) => DbSql.AddText(command, name, JsonSerializer.Serialize(ids));

    public override void AddList(DbCommand command, string name, IEnumerable<string> keys) => DbSql.AddText(command, name, JsonSerializer.Serialize(keys));
}
