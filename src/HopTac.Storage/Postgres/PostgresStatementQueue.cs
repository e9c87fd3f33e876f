using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace HopTac.Storage.Postgres;

/// <summary>
/// The statements of one write transaction, sent in as few round trips as the data allows: a write whose result
/// nothing reads waits in the queue and travels with the next read (or <see cref="FlushAsync"/>), in the order it was
/// made, so the server runs exactly the statements, in exactly the order, that sending them one by one would run. A
/// save spent most of its time waiting for round trips (about 70 statements a page, one trip each), on the HopTac side,
/// on the server and, on a loaded machine, in the scheduler between the two.
/// </summary>
/// <remarks>
/// A queued write that fails raises its error at the read it travels with, still inside the transaction, which then
/// rolls back as it would have. Queued writes must return no rows (Npgsql's reader skips statements without a result
/// set, so a read's rows are the first result set of the round trip). Whoever commits flushes first.
/// With <see cref="Defer"/> off every write is sent at once, for callers that run their own commands on the connection.
/// </remarks>
internal sealed class PostgresStatementQueue(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
{
    private List<NpgsqlBatchCommand> pending = [];

    /// <summary>Whether writes wait for the next read (true) or are sent as they come.</summary>
    public bool Defer { get; init; } = true;

    /// <summary>Writes waiting to be sent.</summary>
    public int Pending => pending.Count;

    /// <summary>A statement with named parameters (<c>@name</c>); a null value is sent as a typed NULL (text, or integer for <see cref="DBNull"/>).</summary>
    public static NpgsqlBatchCommand Statement(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(value switch
            {
                null => new NpgsqlParameter(name, NpgsqlDbType.Text) { Value = DBNull.Value },
                DBNull => new NpgsqlParameter(name, NpgsqlDbType.Integer) { Value = DBNull.Value },
                _ => new NpgsqlParameter(name, value),
            });
        }

        return command;
    }

    /// <summary>A statement with positional parameters (<c>$1</c>, <c>$2</c>…), a null value sent as an untyped NULL the server types from its place.</summary>
    public static NpgsqlBatchCommand Positional(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        return command;
    }

    /// <summary>Queues a write that returns no rows (sent at once when <see cref="Defer"/> is off).</summary>
    public Task WriteAsync(NpgsqlBatchCommand write)
    {
        pending.Add(write);
        return Defer ? Task.CompletedTask : FlushAsync();
    }

    /// <summary>Sends the queued writes (one round trip), if any.</summary>
    public async Task FlushAsync()
    {
        if (pending.Count == 0)
        {
            return;
        }

        var batch = Take([]);
        await using (batch.ConfigureAwait(false))
        {
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Sends the queued writes and <paramref name="reads"/> in one round trip and hands <paramref name="read"/> the
    /// reader on the first read's rows (<see cref="DbDataReader.NextResultAsync(CancellationToken)"/> moves to the next
    /// read's).
    /// </summary>
    public async Task<T> ReadAsync<T>(Func<NpgsqlDataReader, CancellationToken, Task<T>> read, params NpgsqlBatchCommand[] reads)
    {
        ArgumentNullException.ThrowIfNull(read);
        var batch = Take(reads);
        await using (batch.ConfigureAwait(false))
        {
            var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                return await read(reader, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Every row of <paramref name="read"/>, each read by <paramref name="row"/>, with the queued writes sent before it.</summary>
    public Task<List<T>> ReadAsync<T>(NpgsqlBatchCommand read, Func<DbDataReader, T> row) =>
        ReadAsync(
            async (reader, ct) =>
            {
                var list = new List<T>();
                while (await reader.ReadAsync(ct).ConfigureAwait(false))
                {
                    list.Add(row(reader));
                }

                return list;
            },
            read);

    /// <summary>The first column of the first row of <paramref name="read"/>, with the queued writes sent before it.</summary>
    public Task<T> ScalarAsync<T>(NpgsqlBatchCommand read) =>
        ReadAsync(
            async (reader, ct) => await reader.ReadAsync(ct).ConfigureAwait(false)
                ? reader.GetFieldValue<T>(0)
                : throw new InvalidOperationException("A statement expected to return a row returned none."),
            read);

    private NpgsqlBatch Take(NpgsqlBatchCommand[] reads)
    {
        var batch = new NpgsqlBatch(connection, transaction);
        foreach (var command in pending)
        {
            batch.BatchCommands.Add(command);
        }

        foreach (var command in reads)
        {
            batch.BatchCommands.Add(command);
        }

        pending = [];
        return batch;
    }
}
