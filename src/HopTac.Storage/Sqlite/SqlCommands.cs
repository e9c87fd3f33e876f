using Microsoft.Data.Sqlite;

namespace HopTac.Storage.Sqlite;

/// <summary>Small helpers the SQLite classes share for commands and parameter values.</summary>
internal static class SqlCommands
{
    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    public static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>A parameter value: null becomes SQL NULL.</summary>
    public static object Db(object? value) => value ?? DBNull.Value;
}
