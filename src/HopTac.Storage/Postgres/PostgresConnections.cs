using Npgsql;

namespace HopTac.Storage.Postgres;

/// <summary>
/// The pooled, thread-safe data source of one PostgreSQL database, and the lock that makes writers of the store take
/// turns: a transaction-level advisory lock, so two processes (or two machines) saving into one database never
/// interleave a page's versions, and the lock ends with the transaction whatever happens to the process.
/// </summary>
internal sealed class PostgresConnections(string connectionString) : IAsyncDisposable
{
    // Any constant works; this one spells "HTwrit" so it is recognisable in pg_locks.
    private const long WriteLockKey = 0x4854_7772_6974;

    private readonly NpgsqlDataSource source = Create(connectionString);

    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) => source.OpenConnectionAsync(cancellationToken);

    /// <summary>Waits for the store's write lock inside <paramref name="transaction"/>; it is released at commit or rollback.</summary>
    public static async Task LockWritesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        // No command timeout on the wait: writers take turns, and another worker's batch may hold the lock for longer
        // than Npgsql's 30 s default (two workers' batches of 100 pages under load did, and both failed). The holder's
        // own statements keep their timeout, and a holder that dies releases the lock with its connection.
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("key", WriteLockKey);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => source.DisposeAsync();

    // Statements the store runs again and again (a save sends the same few dozen texts for every page) are prepared on
    // each pooled connection after their second use, so the server parses and plans them once, not once per page.
    // An address that sets Max Auto Prepare keeps its own value.
    private static NpgsqlDataSource Create(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase) && !connectionString.Contains("AutoPrepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = 128;
        }

        return builder.Build();
    }
}
