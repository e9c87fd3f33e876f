using Microsoft.Data.Sqlite;

namespace HopTac.Storage.Sqlite;

/// <summary>
/// The connection string of a store that shares the page store's file (accounts, watchlists): the file must exist
/// (the page store creates and migrates it), connections are pooled, foreign keys on, a busy writer waited for 30 s.
/// </summary>
internal static class SqliteFileConnections
{
    public static string For(string databasePath) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(databasePath),
        Mode = SqliteOpenMode.ReadWrite,
        Pooling = true,
        ForeignKeys = true,
        DefaultTimeout = 30,
    }.ToString();
}
