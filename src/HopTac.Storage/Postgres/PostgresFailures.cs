using Npgsql;

namespace HopTac.Storage.Postgres;

/// <summary>Which PostgreSQL failures mean the database went away (and may come back), as opposed to a refused statement.</summary>
public static class PostgresFailures
{
    /// <summary>
    /// Whether <paramref name="e"/> is a lost or refused connection: a network error or timeout, a server that is
    /// starting, shutting down or out of connections (Npgsql's transient failures), a backend ended by an administrator
    /// or a crash (SQLSTATE class 57P: <c>pg_terminate_backend</c>, a restart), a connection exception (class 08), or a
    /// database that does not accept connections for now (55000). Retrying the same step on a new connection is then
    /// the right answer; any other failure would fail again.
    /// </summary>
    public static bool IsConnectionLost(Exception e) => e switch
    {
        PostgresException p => p.IsTransient || p.SqlState is "55000" || p.SqlState.StartsWith("57P", StringComparison.Ordinal)
            || p.SqlState.StartsWith("08", StringComparison.Ordinal),
        NpgsqlException n => n.IsTransient || n.InnerException is IOException or System.Net.Sockets.SocketException or TimeoutException
            || (n.InnerException is { } inner && IsConnectionLost(inner)),
        _ => false,
    };
}
