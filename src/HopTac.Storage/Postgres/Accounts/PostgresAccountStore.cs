using HopTac.Storage.Accounts;
using Npgsql;
using NpgsqlTypes;
using static HopTac.Storage.Accounts.AccountRules;

namespace HopTac.Storage.Postgres.Accounts;

/// <summary>
/// The PostgreSQL <see cref="IAccountStore"/>, in the same database as a <see cref="PostgresPageStore"/> (open that
/// first: it applies the migrations). The rules are <see cref="AccountRules"/>; this class holds the queries.
/// Thread-safe: a pooled data source.
/// </summary>
public sealed class PostgresAccountStore : IAccountStore, IAsyncDisposable
{
    private const string AccountColumns = "a.id, a.name, a.role, a.must_change_password, a.disabled, a.created_at";

    // The guard is part of the UPDATE, so two admins demoting each other at once cannot both succeed.
    private const string OtherEnabledAdmins = "(SELECT count(*) FROM accounts o WHERE o.role = 'admin' AND NOT o.disabled AND o.id <> @id)";

    private readonly NpgsqlDataSource source;
    private readonly TimeProvider clock;

    /// <summary>The account store of the database at <paramref name="address"/> (a postgres:// URL or an Npgsql connection string).</summary>
    public PostgresAccountStore(string address, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        ArgumentNullException.ThrowIfNull(clock);
        source = NpgsqlDataSource.Create(PostgresUrl.ToConnectionString(address));
        this.clock = clock;
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken) =>
        (int)(long)(await ScalarAsync("SELECT count(*) FROM accounts", [], cancellationToken).ConfigureAwait(false))!;

    public Task<IReadOnlyList<Account>> ListAsync(CancellationToken cancellationToken) =>
        ReadAsync($"SELECT {AccountColumns} FROM accounts a ORDER BY a.name", [], ReadAccount, cancellationToken);

    public async Task<Account?> GetAsync(long id, CancellationToken cancellationToken) =>
        (await ReadAsync($"SELECT {AccountColumns} FROM accounts a WHERE a.id = @id", [("id", id)], ReadAccount, cancellationToken).ConfigureAwait(false)) is [var account] ? account : null;

    public async Task<(Account Account, string PasswordHash, string SecurityStamp)?> FindForSignInAsync(string name, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength)
        {
            return null;
        }

        var found = await ReadAsync(
            $"SELECT {AccountColumns}, a.password_hash, a.security_stamp FROM accounts a WHERE lower(a.name) = lower(@name)",
            [("name", name.Trim())], r => (ReadAccount(r), r.GetString(6), r.GetString(7)), cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<SessionState?> GetSessionAsync(long accountId, string session, CancellationToken cancellationToken)
    {
        var found = await ReadAsync($"""
            SELECT {AccountColumns}, a.security_stamp,
                   EXISTS (SELECT 1 FROM revoked_sessions WHERE session = @session AND account_id = @id)
            FROM accounts a WHERE a.id = @id
            """, [("id", accountId), ("session", session ?? string.Empty)], r => new SessionState(ReadAccount(r), r.GetString(6), r.GetBoolean(7)), cancellationToken).ConfigureAwait(false);
        return found is [var state] ? state : null;
    }

    public async Task RevokeSessionAsync(long accountId, string session, DateTimeOffset forgetBefore, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(session);
        // A session older than the longest cookie life is refused anyway: its record is no longer needed.
        await ExecuteAsync("""
            INSERT INTO revoked_sessions (session, account_id, revoked_at)
            SELECT @session, id, @at FROM accounts WHERE id = @id
            ON CONFLICT (session) DO NOTHING;
            DELETE FROM revoked_sessions WHERE revoked_at < @before;
            """, [("session", session), ("id", accountId), ("at", Now()), ("before", Format(forgetBefore))], cancellationToken).ConfigureAwait(false);
    }

    public async Task<AccountResult> CreateAsync(string name, string role, string passwordHash, bool mustChangePassword, CancellationToken cancellationToken)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (!IsValidName(trimmed))
        {
            return AccountResult.Failed(InvalidName);
        }

        if (!Roles.IsKnown(role))
        {
            return AccountResult.Failed($"unknown role '{role}'");
        }

        ArgumentException.ThrowIfNullOrEmpty(passwordHash);
        var created = await ReadAsync($"""
            INSERT INTO accounts AS a (name, role, password_hash, must_change_password, created_at, security_stamp)
            VALUES (@name, @role, @hash, @must, @at, @stamp)
            ON CONFLICT DO NOTHING
            RETURNING {AccountColumns}
            """,
            [("name", trimmed), ("role", role), ("hash", passwordHash), ("must", mustChangePassword), ("at", Now()), ("stamp", NewSecurityStamp())],
            ReadAccount, cancellationToken).ConfigureAwait(false);
        return created.Count == 1 ? new AccountResult(created[0], null) : AccountResult.Failed($"the name '{trimmed}' is taken");
    }

    public async Task<bool> SetPasswordAsync(long id, string passwordHash, bool mustChangePassword, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(passwordHash);
        // A token is a password for scripts: whoever may have learnt the old password may have made one. One
        // statement, so the new stamp and the revocations commit together.
        var changed = await ScalarAsync("""
            WITH changed AS (
                UPDATE accounts SET password_hash = @hash, must_change_password = @must, security_stamp = @stamp WHERE id = @id RETURNING id),
            revoked AS (
                UPDATE api_tokens SET revoked_at = @at WHERE account_id IN (SELECT id FROM changed) AND revoked_at IS NULL RETURNING id)
            SELECT count(*) FROM changed
            """, [("id", id), ("hash", passwordHash), ("must", mustChangePassword), ("stamp", NewSecurityStamp()), ("at", Now())], cancellationToken).ConfigureAwait(false);
        return (long)changed! == 1;
    }

    public async Task<bool> ConsumeOneTimeCodeAsync(long id, string codeHash, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(codeHash);
        // Compare-and-set on the hash: of two sign-ins racing with the same code only one changes the row.
        return await ExecuteAsync(
            "UPDATE accounts SET password_hash = @used WHERE id = @id AND password_hash = @hash AND must_change_password",
            [("id", id), ("hash", codeHash), ("used", UsedCodeMarker + Now())], cancellationToken).ConfigureAwait(false) == 1;
    }

    public Task<AccountChange> SetRoleAsync(long id, string role, CancellationToken cancellationToken) =>
        !Roles.IsKnown(role)
            ? Task.FromResult(AccountChange.NotFound)
            : ChangeAsync(id, $"UPDATE accounts SET role = @value WHERE id = @id AND (@value = 'admin' OR role <> 'admin' OR disabled OR {OtherEnabledAdmins} > 0)", role, cancellationToken);

    public Task<AccountChange> SetDisabledAsync(long id, bool disabled, CancellationToken cancellationToken) =>
        ChangeAsync(id, $"UPDATE accounts SET disabled = @value WHERE id = @id AND (NOT @value OR role <> 'admin' OR disabled OR {OtherEnabledAdmins} > 0)", disabled, cancellationToken);

    public Task<IssuedToken?> IssueTokenAsync(long accountId, string name, CancellationToken cancellationToken) =>
        IssueTokenAsync(accountId, name, TokenScopes.Curate, expiresAt: null, cancellationToken);

    public async Task<IssuedToken?> IssueTokenAsync(long accountId, string name, string scope, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        if (TokenLabel(name, scope) is not { } label)
        {
            return null;
        }

        var (secret, prefix) = NewToken();
        var issued = await ReadAsync("""
            WITH t AS (
                INSERT INTO api_tokens (account_id, name, prefix, token_hash, created_at, scope, expires_at)
                SELECT id, @name, @prefix, @hash, @at, @scope, @expires FROM accounts WHERE id = @account
                RETURNING id, created_at, account_id)
            SELECT t.id, t.created_at, a.name FROM t JOIN accounts a ON a.id = t.account_id
            """,
            [("name", label), ("prefix", prefix), ("hash", HashToken(secret)), ("at", Now()), ("scope", scope),
             ("expires", expiresAt is { } e ? Format(e) : null), ("account", accountId)],
            r => new ApiToken(r.GetInt64(0), accountId, r.GetString(2), label, prefix, ParseTime(r.GetString(1)), null, null, scope, expiresAt),
            cancellationToken).ConfigureAwait(false);
        return issued.Count == 0 ? null : new IssuedToken(issued[0], secret);
    }

    public async Task<TokenSignIn?> FindByTokenAsync(string secret, CancellationToken cancellationToken)
    {
        if (!CouldBeToken(secret))
        {
            return null;
        }

        var found = await ReadAsync($"""
            SELECT {AccountColumns}, t.id, t.scope, t.expires_at
            FROM api_tokens t JOIN accounts a ON a.id = t.account_id
            WHERE t.token_hash = @hash AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > @now) AND NOT a.disabled
            """, [("hash", HashToken(secret.Trim())), ("now", Now())],
            r => new TokenSignIn(ReadAccount(r), r.GetInt64(6), r.GetString(7), r.IsDBNull(8) ? null : ParseTime(r.GetString(8))), cancellationToken).ConfigureAwait(false);
        return found is [var signIn] ? signIn : null;
    }

    public async Task RecordTokenUseAsync(IReadOnlyCollection<KeyValuePair<long, DateTimeOffset>> uses, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uses);
        if (uses.Count == 0)
        {
            return;
        }

        await using var connection = await source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var (tokenId, usedAt) in uses)
        {
            var command = new NpgsqlBatchCommand("UPDATE api_tokens SET last_used_at = $2 WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $2)");
            command.Parameters.Add(new NpgsqlParameter { Value = tokenId });
            command.Parameters.Add(new NpgsqlParameter { Value = Format(usedAt) });
            batch.BatchCommands.Add(command);
        }

        // A batch runs in one implicit transaction.
        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<ApiToken>> ListTokensAsync(long? accountId, CancellationToken cancellationToken) =>
        ReadAsync("""
            SELECT t.id, t.account_id, a.name, t.name, t.prefix, t.created_at, t.revoked_at, t.last_used_at, t.scope, t.expires_at
            FROM api_tokens t JOIN accounts a ON a.id = t.account_id
            WHERE @account::bigint IS NULL OR t.account_id = @account::bigint
            ORDER BY t.id DESC
            """, [("account", accountId)],
            r => new ApiToken(
                r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4), ParseTime(r.GetString(5)),
                r.IsDBNull(6) ? null : ParseTime(r.GetString(6)),
                r.IsDBNull(7) ? null : ParseTime(r.GetString(7)),
                r.GetString(8),
                r.IsDBNull(9) ? null : ParseTime(r.GetString(9))),
            cancellationToken);

    public async Task<bool> RevokeTokenAsync(long tokenId, long? accountId, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            "UPDATE api_tokens SET revoked_at = @at WHERE id = @id AND revoked_at IS NULL AND (@account::bigint IS NULL OR account_id = @account::bigint)",
            [("id", tokenId), ("account", accountId), ("at", Now())], cancellationToken).ConfigureAwait(false) == 1;

    public Task AuditAsync(string who, string action, string target, string? detail, CancellationToken cancellationToken) =>
        ExecuteAsync("INSERT INTO audit_log (at, who, action, target, detail) VALUES (@at, @who, @action, @target, @detail)",
            [("at", Now()), ("who", Cut(who, 128)), ("action", Cut(action, 64)), ("target", Cut(target, 256)), ("detail", detail is null ? null : Cut(detail, 2000))],
            cancellationToken);

    public Task<IReadOnlyList<AuditEntry>> ListAuditAsync(int limit, CancellationToken cancellationToken) =>
        ReadAsync("SELECT id, at, who, action, target, detail FROM audit_log ORDER BY id DESC LIMIT @limit", [("limit", Math.Clamp(limit, 1, 1000))],
            r => new AuditEntry(r.GetInt64(0), ParseTime(r.GetString(1)), r.GetString(2), r.GetString(3), r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5)),
            cancellationToken);

    public ValueTask DisposeAsync() => source.DisposeAsync();

    private async Task<AccountChange> ChangeAsync(long id, string sql, object value, CancellationToken cancellationToken)
    {
        if (await ExecuteAsync(sql, [("id", id), ("value", value)], cancellationToken).ConfigureAwait(false) == 1)
        {
            return AccountChange.Done;
        }

        return (long)(await ScalarAsync("SELECT count(*) FROM accounts WHERE id = @id", [("id", id)], cancellationToken).ConfigureAwait(false))! == 0
            ? AccountChange.NotFound
            : AccountChange.LastAdmin;
    }

    private static Account ReadAccount(NpgsqlDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetBoolean(3), r.GetBoolean(4), ParseTime(r.GetString(5)));

    private string Now() => Format(clock.GetUtcNow());

    private async Task<IReadOnlyList<T>> ReadAsync<T>(string sql, (string Name, object? Value)[] parameters, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private async Task<int> ExecuteAsync(string sql, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<object?> ScalarAsync(string sql, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    // Commands of the data source open and close their own pooled connection.
    private NpgsqlCommand Command(string sql, (string Name, object? Value)[] parameters)
    {
        var command = source.CreateCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(value is null ? new NpgsqlParameter(name, NpgsqlDbType.Text) { Value = DBNull.Value } : new NpgsqlParameter(name, value));
        }

        return command;
    }
}
