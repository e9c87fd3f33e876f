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

    /// <summary>A new empty database; skips the test (fails under CI=true) without a server.</summary>
    public static async Task<WorkerDatabase> CreateAsync()
    {
        var (url, name) = await PostgresServer.CreateDatabaseAsync();
        return new WorkerDatabase(url, name);
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresUrl.ToConnectionString(Url));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<List<long>> ListAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresUrl.ToConnectionString(Url));
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
        await using var connection = new NpgsqlConnection(PostgresUrl.ToConnectionString(Url));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return HopTac.Tests.Common.KnowledgeDump.Lines(connection);
    }

    public ValueTask DisposeAsync() => new(PostgresServer.DropDatabaseAsync(name));
}
