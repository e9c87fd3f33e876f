using System.Globalization;
using HopTac.Storage.Migrations;
using Npgsql;

namespace HopTac.Storage.Postgres;

/// <summary>
/// Applies the embedded <c>Postgres/Migrations/NNNN_name.sql</c> scripts in number order, each in its own transaction
/// with its row in <c>schema_migrations</c>. A transaction-level advisory lock makes processes that open one
/// database at the same moment take turns, so no script runs twice.
/// </summary>
internal static class PostgresMigrator
{
    private const string ResourcePrefix = "HopTac.Storage.Postgres.Migrations.";

    // Any constant works; this one spells "HopTac" so it is recognisable in pg_locks.
    private const long LockKey = 0x486F70546163;

    /// <summary>Every embedded migration, in order.</summary>
    public static IReadOnlyList<Migration> All { get; } = EmbeddedMigrations.Load(ResourcePrefix);

    /// <summary>Brings the database up to date and returns the versions this call applied.</summary>
    public static async Task<IReadOnlyList<int>> MigrateAsync(NpgsqlConnection connection, TimeProvider clock, CancellationToken cancellationToken)
    {
        var applied = new List<int>();
        foreach (var migration in All)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (var prepare = new NpgsqlCommand(
                """
                SELECT pg_advisory_xact_lock(@lock);
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version     integer PRIMARY KEY,
                    name        text NOT NULL,
                    applied_at  text NOT NULL
                );
                """, connection, transaction))
            {
                prepare.Parameters.AddWithValue("lock", LockKey);
                await prepare.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (var check = new NpgsqlCommand("SELECT count(*) FROM schema_migrations WHERE version = @version", connection, transaction))
            {
                check.Parameters.AddWithValue("version", migration.Version);
                if ((long)(await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))! > 0)
                {
                    continue;
                }
            }

            // No command timeout: a migration that rewrites a large store (0009 copies every page's vectors: over 30 s,
            // Npgsql's default, at 105k pages) must not fail half-way and be tried again at every start.
            await using (var script = new NpgsqlCommand(migration.Sql, connection, transaction) { CommandTimeout = 0 })
            {
                await script.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (var record = new NpgsqlCommand(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at)", connection, transaction))
            {
                record.Parameters.AddWithValue("version", migration.Version);
                record.Parameters.AddWithValue("name", migration.Name);
                record.Parameters.AddWithValue("at", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            applied.Add(migration.Version);
        }

        return applied;
    }
}
