using System.Globalization;
using HopTac.Storage.Accounts;
using Microsoft.Data.Sqlite;

namespace HopTac.Storage.Sqlite.Accounts;

/// <summary>
/// The SQLite <see cref="IAccountStore"/>, on the same file as a <see cref="SqlitePageStore"/> (open that first:
/// it applies the migrations). Each call opens its own pooled connection, so the store is thread-safe.
/// </summary>
public sealed class SqliteAccountStore : IAccountStore
{
    /// <summary>Names and token labels longer than this are refused: they are labels, not documents.</summary>
    public const int MaxNameLength = AccountRules.MaxNameLength;

    private readonly string connectionString;
    private readonly TimeProvider clock;

    public SqliteAccountStore(string databasePath, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentNullException.ThrowIfNull(clock);
        connectionString = SqliteFileConnections.For(databasePath);
        this.clock = clock;
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, "SELECT count(*) FROM accounts");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<Account>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, $"SELECT {AccountColumns} FROM accounts ORDER BY name");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var accounts = new List<Account>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            accounts.Add(ReadAccount(reader));
        }

        return accounts;
    }

    public async Task<Account?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, $"SELECT {AccountColumns} FROM accounts WHERE id = $id");
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadAccount(reader) : null;
    }

    public async Task<(Account Account, string PasswordHash, string SecurityStamp)?> FindForSignInAsync(string name, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength)
        {
            return null;
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, $"SELECT {AccountColumns}, password_hash, security_stamp FROM accounts WHERE name = $name");
        command.Parameters.AddWithValue("$name", name.Trim());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? (ReadAccount(reader), reader.GetString(6), reader.GetString(7)) : null;
    }

    public async Task<SessionState?> GetSessionAsync(long accountId, string session, CancellationToken cancellationToken)
    {
        // One indexed read per request: the cookie check runs on every page view.
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, $"""
            SELECT {AccountColumns}, security_stamp,
                   EXISTS (SELECT 1 FROM revoked_sessions WHERE session = $session AND account_id = $id)
            FROM accounts WHERE id = $id
            """);
        command.Parameters.AddWithValue("$id", accountId);
        command.Parameters.AddWithValue("$session", session ?? string.Empty);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new SessionState(ReadAccount(reader), reader.GetString(6), reader.GetInt64(7) == 1)
            : null;
    }

    public async Task RevokeSessionAsync(long accountId, string session, DateTimeOffset forgetBefore, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(session);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var insert = Command(connection, """
            INSERT INTO revoked_sessions (session, account_id, revoked_at)
            SELECT $session, id, $at FROM accounts WHERE id = $id
            ON CONFLICT (session) DO NOTHING
            """))
        {
            insert.Transaction = transaction;
            insert.Parameters.AddWithValue("$session", session);
            insert.Parameters.AddWithValue("$id", accountId);
            insert.Parameters.AddWithValue("$at", Now());
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // A session older than the longest cookie life is refused anyway: its record is no longer needed.
        await using (var prune = Command(connection, "DELETE FROM revoked_sessions WHERE revoked_at < $before"))
        {
            prune.Transaction = transaction;
            prune.Parameters.AddWithValue("$before", Format(forgetBefore));
            await prune.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<AccountResult> CreateAsync(string name, string role, string passwordHash, bool mustChangePassword, CancellationToken cancellationToken)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (!IsValidName(trimmed))
        {
            return AccountResult.Failed(AccountRules.InvalidName);
        }

        if (!Roles.IsKnown(role))
        {
            return AccountResult.Failed($"unknown role '{role}'");
        }

        ArgumentException.ThrowIfNullOrEmpty(passwordHash);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, $"""
            INSERT INTO accounts (name, role, password_hash, must_change_password, created_at, security_stamp)
            VALUES ($name, $role, $hash, $must, $at, lower(hex(randomblob(16))))
            ON CONFLICT (name) DO NOTHING
            RETURNING {AccountColumns}
            """);
        command.Parameters.AddWithValue("$name", trimmed);
        command.Parameters.AddWithValue("$role", role);
        command.Parameters.AddWithValue("$hash", passwordHash);
        command.Parameters.AddWithValue("$must", mustChangePassword ? 1 : 0);
        command.Parameters.AddWithValue("$at", Now());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new AccountResult(ReadAccount(reader), null)
            : AccountResult.Failed($"the name '{trimmed}' is taken");
    }

    public async Task<bool> SetPasswordAsync(long id, string passwordHash, bool mustChangePassword, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(passwordHash);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        int changed;
        await using (var command = Command(connection, """
            UPDATE accounts SET password_hash = $hash, must_change_password = $must, security_stamp = lower(hex(randomblob(16)))
            WHERE id = $id
            """))
        {
            command.Transaction = transaction;
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$hash", passwordHash);
            command.Parameters.AddWithValue("$must", mustChangePassword ? 1 : 0);
            changed = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // A token is a password for scripts: whoever may have learnt the old password may have made one.
        await using (var revoke = Command(connection, "UPDATE api_tokens SET revoked_at = $at WHERE account_id = $id AND revoked_at IS NULL"))
        {
            revoke.Transaction = transaction;
            revoke.Parameters.AddWithValue("$id", id);
            revoke.Parameters.AddWithValue("$at", Now());
            await revoke.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return changed == 1;
    }

    public async Task<bool> ConsumeOneTimeCodeAsync(long id, string codeHash, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(codeHash);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);

        // Compare-and-set on the hash: of two sign-ins racing with the same code only one changes the row. What is
        // left is not a valid hash (PasswordHashing never verifies it), so the code cannot sign in again.
        await using var command = Command(connection, """
            UPDATE accounts SET password_hash = $used
            WHERE id = $id AND password_hash = $hash AND must_change_password = 1
            """);
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$hash", codeHash);
        command.Parameters.AddWithValue("$used", AccountRules.UsedCodeMarker + Now());
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<AccountChange> SetRoleAsync(long id, string role, CancellationToken cancellationToken)
    {
        if (!Roles.IsKnown(role))
        {
            return AccountChange.NotFound;
        }

        // The guard is part of the UPDATE, so two admins demoting each other at once cannot both succeed.
        return await ChangeAsync(id, $"""
            UPDATE accounts SET role = $value WHERE id = $id
            AND ($value = 'admin' OR role <> 'admin' OR disabled = 1 OR {OtherEnabledAdmins} > 0)
            """, role, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AccountChange> SetDisabledAsync(long id, bool disabled, CancellationToken cancellationToken) =>
        await ChangeAsync(id, $"""
            UPDATE accounts SET disabled = $value WHERE id = $id
            AND ($value = 0 OR role <> 'admin' OR disabled = 1 OR {OtherEnabledAdmins} > 0)
            """, disabled ? 1 : 0, cancellationToken).ConfigureAwait(false);

    private const string OtherEnabledAdmins = "(SELECT count(*) FROM accounts o WHERE o.role = 'admin' AND o.disabled = 0 AND o.id <> $id)";

    private async Task<AccountChange> ChangeAsync(long id, string sql, object value, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var command = Command(connection, sql))
        {
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$value", value);
            if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
            {
                return AccountChange.Done;
            }
        }

        await using var exists = Command(connection, "SELECT count(*) FROM accounts WHERE id = $id");
        exists.Parameters.AddWithValue("$id", id);
        return Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 0
            ? AccountChange.NotFound
            : AccountChange.LastAdmin;
    }

    public Task<IssuedToken?> IssueTokenAsync(long accountId, string name, CancellationToken cancellationToken) =>
        IssueTokenAsync(accountId, name, TokenScopes.Curate, expiresAt: null, cancellationToken);

    public async Task<IssuedToken?> IssueTokenAsync(long accountId, string name, string scope, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        if (AccountRules.TokenLabel(name, scope) is not { } label)
        {
            return null;
        }

        var (secret, prefix) = AccountRules.NewToken();
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, """
            INSERT INTO api_tokens (account_id, name, prefix, token_hash, created_at, scope, expires_at)
            SELECT id, $name, $prefix, $hash, $at, $scope, $expires FROM accounts WHERE id = $account
            RETURNING id, created_at
            """);
        command.Parameters.AddWithValue("$scope", scope);
        command.Parameters.AddWithValue("$expires", expiresAt is { } e ? Format(e) : DBNull.Value);
        command.Parameters.AddWithValue("$account", accountId);
        command.Parameters.AddWithValue("$name", label);
        command.Parameters.AddWithValue("$prefix", prefix);
        command.Parameters.AddWithValue("$hash", HashToken(secret));
        command.Parameters.AddWithValue("$at", Now());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var id = reader.GetInt64(0);
        var created = ParseTime(reader.GetString(1));
        var account = await GetAsync(accountId, cancellationToken).ConfigureAwait(false);
        return new IssuedToken(new ApiToken(id, accountId, account?.Name ?? string.Empty, label, prefix, created, null, null, scope, expiresAt), secret);
    }

    public async Task<TokenSignIn?> FindByTokenAsync(string secret, CancellationToken cancellationToken)
    {
        if (!AccountRules.CouldBeToken(secret))
        {
            return null;
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, $"""
            SELECT {Prefixed("a.")}, t.id, t.scope, t.expires_at
            FROM api_tokens t JOIN accounts a ON a.id = t.account_id
            WHERE t.token_hash = $hash AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > $now) AND a.disabled = 0
            """);
        command.Parameters.AddWithValue("$hash", HashToken(secret.Trim()));
        command.Parameters.AddWithValue("$now", Now());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new TokenSignIn(ReadAccount(reader), reader.GetInt64(6), reader.GetString(7), reader.IsDBNull(8) ? null : ParseTime(reader.GetString(8)))
            : null;
    }

    public async Task RecordTokenUseAsync(IReadOnlyCollection<KeyValuePair<long, DateTimeOffset>> uses, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uses);
        if (uses.Count == 0)
        {
            return;
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, "UPDATE api_tokens SET last_used_at = $at WHERE id = $id AND (last_used_at IS NULL OR last_used_at < $at)");
        command.Transaction = transaction;
        var id = command.Parameters.Add("$id", SqliteType.Integer);
        var at = command.Parameters.Add("$at", SqliteType.Text);
        foreach (var (tokenId, usedAt) in uses)
        {
            id.Value = tokenId;
            at.Value = Format(usedAt);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ApiToken>> ListTokensAsync(long? accountId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, """
            SELECT t.id, t.account_id, a.name, t.name, t.prefix, t.created_at, t.revoked_at, t.last_used_at, t.scope, t.expires_at
            FROM api_tokens t JOIN accounts a ON a.id = t.account_id
            WHERE $account IS NULL OR t.account_id = $account
            ORDER BY t.id DESC
            """);
        command.Parameters.AddWithValue("$account", (object?)accountId ?? DBNull.Value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var tokens = new List<ApiToken>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            tokens.Add(new ApiToken(
                reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                ParseTime(reader.GetString(5)),
                reader.IsDBNull(6) ? null : ParseTime(reader.GetString(6)),
                reader.IsDBNull(7) ? null : ParseTime(reader.GetString(7)),
                reader.GetString(8),
                reader.IsDBNull(9) ? null : ParseTime(reader.GetString(9))));
        }

        return tokens;
    }

    public async Task<bool> RevokeTokenAsync(long tokenId, long? accountId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, """
            UPDATE api_tokens SET revoked_at = $at
            WHERE id = $id AND revoked_at IS NULL AND ($account IS NULL OR account_id = $account)
            """);
        command.Parameters.AddWithValue("$id", tokenId);
        command.Parameters.AddWithValue("$account", (object?)accountId ?? DBNull.Value);
        command.Parameters.AddWithValue("$at", Now());
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task AuditAsync(string who, string action, string target, string? detail, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, "INSERT INTO audit_log (at, who, action, target, detail) VALUES ($at, $who, $action, $target, $detail)");
        command.Parameters.AddWithValue("$at", Now());
        command.Parameters.AddWithValue("$who", Cut(who, 128));
        command.Parameters.AddWithValue("$action", Cut(action, 64));
        command.Parameters.AddWithValue("$target", Cut(target, 256));
        command.Parameters.AddWithValue("$detail", (object?)(detail is null ? null : Cut(detail, 2000)) ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAuditAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, "SELECT id, at, who, action, target, detail FROM audit_log ORDER BY id DESC LIMIT $limit");
        command.Parameters.AddWithValue("$limit", Math.Clamp(limit, 1, 1000));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new AuditEntry(reader.GetInt64(0), ParseTime(reader.GetString(1)), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return entries;
    }

    /// <summary>Whether a name can be an account name: short, and plain enough to type and to show anywhere.</summary>
    public static bool IsValidName(string? name) => AccountRules.IsValidName(name);

    private const string AccountColumns = "id, name, role, must_change_password, disabled, created_at";

    private static string Prefixed(string alias) => string.Join(", ", AccountColumns.Split(", ").Select(c => alias + c));

    private static Account ReadAccount(SqliteDataReader reader) =>
        new(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3) == 1, reader.GetInt64(4) == 1, ParseTime(reader.GetString(5)));

    private static string HashToken(string secret) => AccountRules.HashToken(secret);

    private static string Cut(string? value, int max) => AccountRules.Cut(value, max);

    private static DateTimeOffset ParseTime(string value) => AccountRules.ParseTime(value);

    private string Now() => Format(clock.GetUtcNow());

    private static string Format(DateTimeOffset time) => AccountRules.Format(time);

    private static SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }
}
