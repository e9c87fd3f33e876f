using Microsoft.Data.Sqlite;

namespace HopTac.Storage.Sqlite;

/// <summary>
/// The commands of one write transaction, each prepared once and reused with fresh parameters. A batch of pages runs
/// the same few dozen statements thousands of times; a fresh <see cref="SqliteCommand"/> per page and statement
/// prepared each anew (sqlite3_prepare_v2), which was a twentieth of the ingest writer's time. One instance per
/// transaction, used by one thread; a command is not used again before its reader is closed. Disposing it disposes
/// the commands and their statements.
/// </summary>
internal sealed class PreparedCommands(SqliteConnection connection, SqliteTransaction transaction) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);

    public SqliteConnection Connection => connection;

    public SqliteTransaction Transaction => transaction;

    /// <summary>The command for <paramref name="sql"/>, without parameters; the same instance for the same text.</summary>
    public SqliteCommand Command(string sql)
    {
        if (commands.TryGetValue(sql, out var command))
        {
            command.Parameters.Clear();
            return command;
        }

        command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        commands[sql] = command;
        return command;
    }

    public void Dispose()
    {
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }

        commands.Clear();
    }
}
