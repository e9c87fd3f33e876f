using Npgsql;

namespace HopTac.Storage.Postgres;

/// <summary>
/// Reads the store address people type (<c>postgres://user:password@host:port/database?sslmode=require</c>, the form
/// libpq and most hosting services print) into an Npgsql connection string; an Npgsql connection string
/// (<c>Host=…;Database=…</c>) passes through unchanged. Npgsql itself takes only the key=value form.
/// </summary>
public static class PostgresUrl
{
    /// <summary>Whether <paramref name="address"/> names a PostgreSQL database rather than a SQLite file path.</summary>
    public static bool IsPostgres(string? address) =>
        address is not null
        && (address.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || address.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase));

    /// <summary>The Npgsql connection string of a <c>postgres://</c> URL.</summary>
    /// <exception cref="FormatException">The URL has no host or is not a URL.</exception>
    public static string ToConnectionString(string address)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        if (!IsPostgres(address))
        {
            return address;
        }

        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new FormatException("A PostgreSQL address reads postgres://user@host:port/database.");
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "true" : Uri.UnescapeDataString(pair[(equals + 1)..]);
            builder[key] = value;
        }

        return builder.ConnectionString;
    }
}
