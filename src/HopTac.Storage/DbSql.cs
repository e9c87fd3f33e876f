using System.Data;
using System.Data.Common;
using System.Globalization;

namespace HopTac.Storage;

/// <summary>
/// Commands, parameters and column reads over ADO.NET that both drivers understand, for the SQL written once for both
/// stores (the knowledge base's read models and curation, watchlists): typed parameters, so <c>@x IS NULL</c> reads on
/// PostgreSQL too, and integer and flag reads whatever width each database gives a column.
/// </summary>
internal static class DbSql
{
    /// <summary>Binds a text parameter (typed, so that <c>@x IS NULL</c> reads on PostgreSQL too); null is SQL NULL.</summary>
    public static void AddText(DbCommand command, string name, string? value) => Add(command, name, DbType.String, value);

    /// <summary>Binds a 64-bit integer parameter.</summary>
    public static void AddLong(DbCommand command, string name, long value) => Add(command, name, DbType.Int64, value);

    /// <summary>Binds a 32-bit integer parameter.</summary>
    public static void AddInt(DbCommand command, string name, int value) => Add(command, name, DbType.Int32, value);

    /// <summary>A new command with its text, in <paramref name="transaction"/> when given.</summary>
    public static DbCommand Command(DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    /// <summary>An integer column whatever width the database gives it (SQLite: always 64-bit; PostgreSQL: count is bigint).</summary>
    public static int Int(DbDataReader reader, int ordinal) => Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    /// <summary>A 64-bit integer column whatever width the database gives it.</summary>
    public static long Long(DbDataReader reader, int ordinal) => Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    /// <summary>A flag column: SQLite stores 0/1, PostgreSQL a boolean.</summary>
    public static bool Flag(DbDataReader reader, int ordinal) => Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture) == 1;

    /// <summary>A nullable text column.</summary>
    public static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static void Add(DbCommand command, string name, DbType type, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
