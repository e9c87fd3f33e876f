using HopTac.Storage.Accounts;

namespace HopTac.Storage.Tests.Contracts;

/// <summary>What every <see cref="IAccountStore"/> must do, against the interface only.</summary>
public abstract class AccountStoreContract : StoreContract
{
    // Stores receive hashes, never passwords: these stand for what PasswordHashing would give.
    private const string HashOne = "test-hash-one";
    private const string HashTwo = "test-hash-two";

    /// <summary>A new account store with no account in it; the suite disposes what it tracks.</summary>
    protected abstract Task<IAccountStore> CreateStoreAsync();

    [Fact]
    public async Task Accounts_are_created_listed_and_found_for_sign_in_and_a_taken_name_is_a_value()
    {
        var store = await CreateStoreAsync();

        var lan = await store.CreateAsync("lan", Roles.Admin, HashOne, mustChangePassword: false, Ct);
        var taken = await store.CreateAsync("lan", Roles.Viewer, HashTwo, mustChangePassword: false, Ct);
        var bad = await store.CreateAsync("tên có dấu cách", Roles.Viewer, HashTwo, mustChangePassword: false, Ct);

        Assert.NotNull(lan.Account);
        Assert.Null(taken.Account);
        Assert.NotNull(taken.Error);
        Assert.Null(bad.Account);
        Assert.Equal(1, await store.CountAsync(Ct));
        Assert.Equal(["lan"], (await store.ListAsync(Ct)).Select(a => a.Name));
        var found = await store.FindForSignInAsync("LAN", Ct);
        Assert.Equal((lan.Account.Id, HashOne), (found?.Account.Id, found?.PasswordHash));
        Assert.Equal(Roles.Admin, (await store.GetAsync(lan.Account.Id, Ct))?.Role);
        Assert.Null(await store.FindForSignInAsync("hung", Ct));
    }

    [Fact]
    public async Task The_last_enabled_admin_can_be_neither_demoted_nor_disabled()
    {
        var store = await CreateStoreAsync();
        var admin = (await store.CreateAsync("lan", Roles.Admin, HashOne, false, Ct)).Account!;
        var other = (await store.CreateAsync("hung", Roles.Editor, HashOne, false, Ct)).Account!;

        Assert.Equal(AccountChange.LastAdmin, await store.SetRoleAsync(admin.Id, Roles.Viewer, Ct));
        Assert.Equal(AccountChange.LastAdmin, await store.SetDisabledAsync(admin.Id, true, Ct));
        Assert.Equal(AccountChange.Done, await store.SetRoleAsync(other.Id, Roles.Admin, Ct));
        Assert.Equal(AccountChange.Done, await store.SetDisabledAsync(admin.Id, true, Ct));
        Assert.Equal(AccountChange.NotFound, await store.SetRoleAsync(987_654, Roles.Viewer, Ct));
        Assert.True((await store.GetAsync(admin.Id, Ct))!.Disabled);
    }

    [Fact]
    public async Task A_token_signs_in_until_revoked_and_a_new_password_revokes_every_token_and_session()
    {
        var store = await CreateStoreAsync();
        var lan = (await store.CreateAsync("lan", Roles.Editor, HashOne, false, Ct)).Account!;
        var read = await store.IssueTokenAsync(lan.Id, "báo cáo", TokenScopes.Read, null, Ct);
        var full = await store.IssueTokenAsync(lan.Id, "máy chủ", Ct);
        Assert.NotNull(read);
        Assert.NotNull(full);
        var stamp = (await store.GetSessionAsync(lan.Id, "phiên-1", Ct))!.SecurityStamp;

        var signIn = await store.FindByTokenAsync(read.Secret, Ct);
        Assert.Equal((lan.Id, TokenScopes.Read), (signIn?.Account.Id, signIn?.Scope));
        Assert.Null(await store.FindByTokenAsync(read.Secret + "x", Ct));
        Assert.True(await store.RevokeTokenAsync(read.Token.Id, lan.Id, Ct));
        Assert.Null(await store.FindByTokenAsync(read.Secret, Ct));
        Assert.NotNull(await store.FindByTokenAsync(full.Secret, Ct));

        Assert.True(await store.SetPasswordAsync(lan.Id, HashTwo, mustChangePassword: false, Ct));
        Assert.Null(await store.FindByTokenAsync(full.Secret, Ct));
        Assert.NotEqual(stamp, (await store.GetSessionAsync(lan.Id, "phiên-1", Ct))!.SecurityStamp);
        Assert.All(await store.ListTokensAsync(lan.Id, Ct), t => Assert.False(t.IsActive));
    }

    [Fact]
    public async Task A_signed_out_session_stays_revoked()
    {
        var store = await CreateStoreAsync();
        var lan = (await store.CreateAsync("lan", Roles.Viewer, HashOne, false, Ct)).Account!;

        await store.RevokeSessionAsync(lan.Id, "phiên-1", DateTimeOffset.UnixEpoch, Ct);

        Assert.True((await store.GetSessionAsync(lan.Id, "phiên-1", Ct))!.SessionRevoked);
        Assert.False((await store.GetSessionAsync(lan.Id, "phiên-2", Ct))!.SessionRevoked);
        Assert.Null(await store.GetSessionAsync(987_654, "phiên-1", Ct));
    }

    [Fact]
    public async Task A_one_time_code_is_consumed_once()
    {
        var store = await CreateStoreAsync();
        var lan = (await store.CreateAsync("lan", Roles.Viewer, HashOne, mustChangePassword: true, Ct)).Account!;

        Assert.False(await store.ConsumeOneTimeCodeAsync(lan.Id, HashTwo, Ct));
        Assert.True(await store.ConsumeOneTimeCodeAsync(lan.Id, HashOne, Ct));
        Assert.False(await store.ConsumeOneTimeCodeAsync(lan.Id, HashOne, Ct));
    }

    [Fact]
    public async Task The_audit_log_lists_the_latest_entries_first()
    {
        var store = await CreateStoreAsync();

        await store.AuditAsync("lan", "sign-in", "lan", null, Ct);
        await store.AuditAsync("lan", "fact-edit", "E12", "date=2024-04-11", Ct);

        var log = await store.ListAuditAsync(10, Ct);
        Assert.Equal(["fact-edit", "sign-in"], log.Select(e => e.Action));
        Assert.Equal(("E12", "date=2024-04-11"), (log[0].Target, log[0].Detail));
        Assert.Single(await store.ListAuditAsync(1, Ct));
    }
}
