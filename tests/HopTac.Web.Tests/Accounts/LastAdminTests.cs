using System.Net;
using System.Net.Http.Json;
using HopTac.Storage.Accounts;
using HopTac.Web.Tests.Support;

namespace HopTac.Web.Tests.Accounts;

/// <summary>Someone must always be able to manage accounts: the last enabled admin can be neither demoted nor disabled.</summary>
public sealed class LastAdminTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_last_admin_cannot_demote_itself_through_the_api()
    {
        await using var site = await TestSite.StartAsync();
        var admin = (await site.Accounts.FindForSignInAsync("admin", Ct))!.Value.Account;
        using var client = site.WithToken(site.AdminToken);
        using var response = await client.PutAsJsonAsync(new Uri($"/api/users/{admin.Id}/role", UriKind.Relative), new { role = "viewer" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(Roles.Admin, (await site.Accounts.GetAsync(admin.Id, Ct))!.Role);
    }

    [Fact]
    public async Task The_last_admin_cannot_be_demoted_from_the_users_page()
    {
        await using var site = await TestSite.StartAsync();
        var admin = (await site.Accounts.FindForSignInAsync("admin", Ct))!.Value.Account;
        using var client = await site.SignedInAsync("admin", TestSite.AdminPassword);
        using var response = await TestSite.PostFormAsync(client, "/admin/users", "/admin/users?handler=Role", new Dictionary<string, string>
        {
            ["id"] = admin.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["role"] = Roles.Editor,
        });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(Roles.Admin, (await site.Accounts.GetAsync(admin.Id, Ct))!.Role);
    }

    [Fact]
    public async Task The_last_admin_cannot_be_disabled_and_a_second_admin_lifts_the_guard()
    {
        await using var site = await TestSite.StartAsync();
        var admin = (await site.Accounts.FindForSignInAsync("admin", Ct))!.Value.Account;
        Assert.Equal(AccountChange.LastAdmin, await site.Accounts.SetDisabledAsync(admin.Id, true, Ct));
        Assert.Equal(AccountChange.NotFound, await site.Accounts.SetDisabledAsync(999_999, true, Ct));

        var editor = (await site.Accounts.FindForSignInAsync("editor", Ct))!.Value.Account;
        Assert.Equal(AccountChange.Done, await site.Accounts.SetRoleAsync(editor.Id, Roles.Admin, Ct));
        Assert.Equal(AccountChange.Done, await site.Accounts.SetRoleAsync(admin.Id, Roles.Viewer, Ct));

        // Now the editor-turned-admin is the last one.
        Assert.Equal(AccountChange.LastAdmin, await site.Accounts.SetRoleAsync(editor.Id, Roles.Editor, Ct));
        Assert.Equal(AccountChange.LastAdmin, await site.Accounts.SetDisabledAsync(editor.Id, true, Ct));
        Assert.False((await site.Accounts.GetAsync(editor.Id, Ct))!.Disabled);
    }
}
