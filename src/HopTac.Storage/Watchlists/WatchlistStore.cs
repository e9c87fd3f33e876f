using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using HopTac.Storage.Watchlists;
using System.Data.Common;

namespace HopTac.Storage.Watchlists;

/// <summary>
/// <see cref="IWatchlistStore"/> in the store's database, SQLite (migration 0009) or PostgreSQL (0006), applied when the
/// page store opens it; <see cref="Stores.OpenWatchlists"/> picks the database. The SQL is written once for both.
/// Each call opens its own pooled connection. Feed tokens are 32 random bytes (base64url); the table keeps their SHA-256.
/// </summary>
public sealed class WatchlistStore : IWatchlistStore
{
    public const int MaxNameLength = 100;
    public const int MaxQueryLength = 500;

    private const string Columns = "id, account_id, name, query, partner, area, created_at, last_seen_at";

    private readonly Func<CancellationToken, Task<DbConnection>> open;
    private readonly TimeProvider clock;

    internal WatchlistStore(Func<CancellationToken, Task<DbConnection>> open, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(clock);
        this.open = open;
        this.clock = clock;
    }

    public async Task<(Watchlist Watchlist, string FeedToken)> CreateAsync(
        long accountId, string name, string? query, string? partner, string? area, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var token = NewToken();
        var now = Now();
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            INSERT INTO watchlists (account_id, name, query, partner, area, feed_token_hash, created_at, last_seen_at)
            VALUES (@account, @name, @query, @partner, @area, @hash, @now, @now) RETURNING {Columns}
            """;
        DbSql.AddLong(command, "account", accountId);
        DbSql.AddText(command, "name", Cut(name.Trim(), MaxNameLength));
        DbSql.AddText(command, "query", Blank(query, MaxQueryLength));
        DbSql.AddText(command, "partner", Blank(partner, 16)?.ToUpperInvariant());
        DbSql.AddText(command, "area", Blank(area, 40));
        DbSql.AddText(command, "hash", Hash(token));
        DbSql.AddText(command, "now", now);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return (Read(reader), token);
    }

    public async Task<IReadOnlyList<Watchlist>> ListAsync(long accountId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM watchlists WHERE account_id = @account ORDER BY id";
        DbSql.AddLong(command, "account", accountId);
        var list = new List<Watchlist>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(Read(reader));
        }

        return list;
    }

    public async Task<Watchlist?> GetAsync(long accountId, long id, CancellationToken cancellationToken) =>
        await OneAsync("id = @id AND account_id = @account", p =>
        {
            DbSql.AddLong(p, "id", id);
            DbSql.AddLong(p, "account", accountId);
        }, cancellationToken).ConfigureAwait(false);

    public async Task<Watchlist?> FindByFeedTokenAsync(long id, string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        // Looked up by the hash (a unique index): the comparison never runs over the secret itself.
        return await OneAsync("id = @id AND feed_token_hash = @hash", p =>
        {
            DbSql.AddLong(p, "id", id);
            DbSql.AddText(p, "hash", Hash(token));
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task MarkSeenAsync(long accountId, long id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE watchlists SET last_seen_at = @now WHERE id = @id AND account_id = @account";
        DbSql.AddText(command, "now", Now());
        DbSql.AddLong(command, "id", id);
        DbSql.AddLong(command, "account", accountId);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<string?> RenewFeedTokenAsync(long accountId, long id, CancellationToken cancellationToken)
    {
        var token = NewToken();
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE watchlists SET feed_token_hash = @hash WHERE id = @id AND account_id = @account";
        DbSql.AddText(command, "hash", Hash(token));
        DbSql.AddLong(command, "id", id);
        DbSql.AddLong(command, "account", accountId);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1 ? token : null;
    }

    public async Task<bool> DeleteAsync(long accountId, long id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM watchlists WHERE id = @id AND account_id = @account";
        DbSql.AddLong(command, "id", id);
        DbSql.AddLong(command, "account", accountId);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private async Task<Watchlist?> OneAsync(string where, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM watchlists WHERE {where}";
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
    }

    private static Watchlist Read(DbDataReader r) => new(
        r.GetInt64(0),
        r.GetInt64(1),
        r.GetString(2),
        r.IsDBNull(3) ? null : r.GetString(3),
        r.IsDBNull(4) ? null : r.GetString(4),
        r.IsDBNull(5) ? null : r.GetString(5),
        Instant(r.GetString(6)),
        Instant(r.GetString(7)));

    private string Now() => clock.GetUtcNow().ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string? Blank(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : Cut(value.Trim(), max);

    private static string Cut(string value, int max) => value.Length > max ? value[..max] : value;

    private Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => open(cancellationToken);
}
