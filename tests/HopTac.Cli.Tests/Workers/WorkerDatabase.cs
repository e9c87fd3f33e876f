using HopTac.Storage.Postgres;
using HopTac.Storage.Tests.Postgres;
using Npgsql;

namespace HopTac.Cli.Tests.Workers;

/// <summary>A database of its own on the test PostgreSQL server (HOPTAC_TEST_PG), dropped at the end, with a way to ask it a number.</summary>
internal sealed class WorkerDatabase : IAsyncDisposable
{
    private readonly string name;

    private WorkerDatabase(string url, string name)
    {
        Url = url;
        this.name = name;
    }

    public string Url { get; }

    // Unpooled: a connection this test keeps idle in a pool would be ended by TerminateOthersAsync and fail on next use.
    private string Unpooled => new NpgsqlConnectionStringBuilder(PostgresUrl.ToConnectionString(Url)) { Pooling = false }.ToString();

    /// <summary>A new empty database; skips the test (fails under CI=true) without a server.</summary>
    public static async Task<WorkerDatabase> CreateAsync()
    {
        var (url, name) = await PostgresServer.CreateDatabaseAsync();
        return new WorkerDatabase(url, name);
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Unpooled);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<List<long>> ListAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Unpooled);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var values = new List<long>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            values.Add(reader.GetInt64(0));
        }

        return values;
    }

    public async Task<List<string>> KnowledgeAsync()
    {
        await using var connection = new NpgsqlConnection(Unpooled);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return HopTac.Tests.Common.KnowledgeDump.Lines(connection);
    }

    /// <summary>Ends every other connection to the database (as a server restart would); returns how many.</summary>
    public async Task<long> TerminateOthersAsync() =>
        await ScalarAsync("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");

    /// <summary>Makes the database refuse new connections and ends the open ones: to its clients, a server that is gone.</summary>
    public async Task RefuseConnectionsAsync()
    {
        // From the server's maintenance database: a database cannot refuse connections from inside itself.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Unpooled) { Database = "postgres" }.ToString());
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using (var refuse = new NpgsqlCommand($"ALTER DATABASE {name} ALLOW_CONNECTIONS false", connection))
        {
            await refuse.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        await using var end = new NpgsqlCommand("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @name", connection);
        end.Parameters.AddWithValue("name", name);
        await end.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync() => new(PostgresServer.DropDatabaseAsync(name));
}
