using System.Net;
using HopTac.Web.Tests.Support;

namespace HopTac.Web.Tests.Accounts;

/// <summary>A session ends when its user says so: a copy of the cookie kept after sign-out or a password change is refused.</summary>
public sealed class SessionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Uri Me => new("/api/me", UriKind.Relative);

    [Fact]
    public async Task A_cookie_replayed_after_sign_out_is_refused()
    {
        await using var site = await TestSite.StartAsync();
        var cookies = new CookieContainer();
        using var client = await site.SignedInAsync("editor", TestSite.EditorPassword, cookies);
        var copy = site.AuthCookie(cookies);
        using (var replay = site.Replaying(copy))
        using (var before = await replay.GetAsync(Me, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var signedOut = await TestSite.PostFormAsync(client, "/account/password", "/account/logout", new Dictionary<string, string>());
        Assert.Equal("/account/login", signedOut.Headers.Location?.OriginalString);

        using var thief = site.Replaying(copy);
        using var api = await thief.GetAsync(Me, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        using var page = await thief.GetAsync(new Uri("/", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/login", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_ends_only_that_session()
    {
        await using var site = await TestSite.StartAsync();
        using var leaving = await site.SignedInAsync("editor", TestSite.EditorPassword);
        using var staying = await site.SignedInAsync("editor", TestSite.EditorPassword);
        using var signedOut = await TestSite.PostFormAsync(leaving, "/account/password", "/account/logout", new Dictionary<string, string>());
        using var still = await staying.GetAsync(Me, Ct);
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }

    [Fact]
    public async Task A_password_change_ends_every_other_session_and_revokes_the_tokens()
    {
        await using var site = await TestSite.StartAsync();
        var cookies = new CookieContainer();
        using var client = await site.SignedInAsync("editor", TestSite.EditorPassword, cookies);
        var oldCookie = site.AuthCookie(cookies);
        using var elsewhere = await site.SignedInAsync("editor", TestSite.EditorPassword);
        using (var token = site.WithToken(site.EditorToken))
        using (var before = await token.GetAsync(Me, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var changed = await TestSite.PostFormAsync(client, "/account/password", "/account/password", new Dictionary<string, string>
        {
            ["current"] = TestSite.EditorPassword,
            ["next"] = "a-new-editor-password",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        // The session that made the change goes on with a new cookie; every copy of the old one is refused.
        using (var own = await client.GetAsync(Me, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        }

        Assert.NotEqual(oldCookie.Value, site.AuthCookie(cookies).Value);
        using (var replay = site.Replaying(oldCookie))
        using (var replayed = await replay.GetAsync(Me, Ct))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        }

        using (var other = await elsewhere.GetAsync(Me, Ct))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, other.StatusCode);
        }

        using (var token = site.WithToken(site.EditorToken))
        using (var after = await token.GetAsync(Me, Ct))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        }

        Assert.All(await site.Accounts.ListTokensAsync((await site.Accounts.FindForSignInAsync("editor", Ct))!.Value.Account.Id, Ct), t => Assert.False(t.IsActive));
        using var viewer = site.WithToken(site.ViewerToken);
        using var untouched = await viewer.GetAsync(Me, Ct);
        Assert.Equal(HttpStatusCode.OK, untouched.StatusCode);
    }

    [Fact]
    public async Task A_password_change_needs_the_current_password()
    {
        await using var site = await TestSite.StartAsync();
        using var client = await site.SignedInAsync("editor", TestSite.EditorPassword);
        using var refused = await TestSite.PostFormAsync(client, "/account/password", "/account/password", new Dictionary<string, string>
        {
            ["current"] = "not-the-password",
            ["next"] = "a-new-editor-password",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var stored = (await site.Accounts.FindForSignInAsync("editor", Ct))!.Value;
        Assert.True(HopTac.Storage.Accounts.PasswordHashing.Verify(TestSite.EditorPassword, stored.PasswordHash), "the password changed without the current one");
    }
}
