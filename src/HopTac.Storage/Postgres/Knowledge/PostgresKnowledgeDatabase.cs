using System.Data.Common;
using HopTac.Storage.Knowledge.Consolidation;
using HopTac.Storage.Knowledge.Reads;
using Npgsql;
using NpgsqlTypes;

namespace HopTac.Storage.Postgres.Knowledge;

/// <summary>
/// The knowledge base's SQL on PostgreSQL: id lists as <c>unnest</c> of an array parameter, plain joins (the planner
/// orders them from the statistics), <c>-&gt;&gt;</c> on the JSON text and <c>strpos</c>. Writes take the store's
/// advisory write lock inside their transaction (<see cref="PostgresConnections.LockWritesAsync"/>), so curators,
/// rebuilds and ingests on any number of machines take turns.
/// </summary>
internal sealed class PostgresKnowledgeDatabase(PostgresConnections connections) : KnowledgeDatabase
{
    public override string FixedJoin => "JOIN";

    public override string IgnoringTail => "ON CONFLICT DO NOTHING";

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await connections.OpenAsync(cancellationToken).ConfigureAwait(false);

    public override async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await PostgresConnections.LockWritesAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        var result = await work(connection, transaction).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    // Curation and rebuilds run their own commands on the connection around the engine's: every write is sent at once.
    public override IConsolidationStore Consolidation(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        new PostgresConsolidationStore(
            new PostgresStatementQueue((NpgsqlConnection)connection, (NpgsqlTransaction)transaction, cancellationToken) { Defer = false },
            (NpgsqlConnection)connection,
            (NpgsqlTransaction)transaction,
            cancellationToken);

    public override string ListTable(string parameter, string alias) => $"unnest(@{parameter}) AS {alias}(value)";

    public override string Ordered(string column) => $"{column} COLLATE \"C\"";

    public override string JsonText(string column, string field) => $"({column}::jsonb ->> '{field}')";

    public override string Position(string haystack, string needle) => $"strpos({haystack}, {needle})";

    public override string InsertIgnoring(string table) => $"INSERT INTO {table}";

    public override void AddList(DbCommand command, string name, IEnumerable<long> ids)
    {
        ArgumentNullException.ThrowIfNull(command);
        ((NpgsqlCommand)command).Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = ids.ToArray() });
    }

    public override void AddList(DbCommand command, string name, IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(command);
        ((NpgsqlCommand)command).Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = keys.ToArray() });
    }
}
