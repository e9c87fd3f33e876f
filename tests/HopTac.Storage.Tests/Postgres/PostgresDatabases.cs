namespace HopTac.Storage.Tests.Postgres;

/// <summary>The databases one test class made on the test server, dropped when its test ends.</summary>
internal sealed class PostgresDatabases
{
    private readonly List<string> names = [];

    /// <summary>A new empty database's postgres:// URL.</summary>
    public async Task<string> CreateAsync()
    {
        var (url, name) = await PostgresServer.CreateDatabaseAsync();
        names.Add(name);
        return url;
    }

    public async ValueTask DropAllAsync()
    {
        foreach (var name in names)
        {
            await PostgresServer.DropDatabaseAsync(name);
        }
    }
}
