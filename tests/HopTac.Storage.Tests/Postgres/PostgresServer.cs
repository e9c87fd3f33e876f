using HopTac.Storage.Postgres;
using Npgsql;

namespace HopTac.Storage.Tests.Postgres;

/// <summary>
/// The PostgreSQL server the tests use: the one named by HOPTAC_TEST_PG (a postgres:// URL; .ci/run starts one with
/// scripts/pg-start.sh). Each store a test makes gets a database of its own, dropped when the test ends. Without a
/// reachable server the test is skipped locally and fails under CI=true.
/// </summary>
internal static class PostgresServer
{
    private static readonly Lazy<Task<string?>> Admin = new(ConnectAsync);

    private static string? failure;

    /// <summary>A new empty database: its postgres:// URL and name.</summary>
    public static async Task<(string Url, string Name)> CreateDatabaseAsync()
    {
        var admin = await Admin.Value ?? Unavailable();
        var name = "hoptac_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var url = new Uri(Environment.GetEnvironmentVariable("HOPTAC_TEST_PG")!);
        return ($"{url.Scheme}://{url.UserInfo}@{url.Host}:{url.Port}/{name}", name);
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing what still uses it.</summary>
    public static async Task DropDatabaseAsync(string name)
    {
        if (await Admin.Value is not { } admin)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<string?> ConnectAsync()
    {
        var url = Environment.GetEnvironmentVariable("HOPTAC_TEST_PG");
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var connectionString = PostgresUrl.ToConnectionString(url);
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            return connectionString;
        }
        catch (NpgsqlException e)
        {
            failure = $"{url} did not answer ({e.Message})";
            return null;
        }
    }

    private static string Unavailable()
    {
        var message = failure ?? "no PostgreSQL server: set HOPTAC_TEST_PG to a postgres:// URL (bash scripts/pg-start.sh starts one)";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message + "; .ci/run starts one, so under CI=true this is a failure.");
        }

        Assert.Skip(message + ".");
        return string.Empty;
    }
}
