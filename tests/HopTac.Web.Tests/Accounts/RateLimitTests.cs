using System.Net;
using HopTac.Web.Tests.Support;

namespace HopTac.Web.Tests.Accounts;

/// <summary>Attempts are limited per client address and per account; loading a form never counts.</summary>
public sealed class RateLimitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Uri Login => new("/account/login", UriKind.Relative);

    private static Task<HttpResponseMessage> TryAsync(HttpClient client, string name, string password) =>
        TestSite.PostFormAsync(client, "/account/login", "/account/login", new Dictionary<string, string> { ["name"] = name, ["password"] = password });

    [Fact]
    public async Task Loading_the_sign_in_form_never_counts()
    {
        await using var site = await TestSite.StartAsync(signInsPerMinute: 3);
        using var client = site.Anonymous();
        for (var i = 0; i < 25; i++)
        {
            using var response = await client.GetAsync(Login, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using var signedIn = await TryAsync(client, "viewer", TestSite.ViewerPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task Sign_in_attempts_are_rate_limited_per_client()
    {
        await using var site = await TestSite.StartAsync(signInsPerMinute: 3);
        using var client = site.Anonymous();
        var statuses = new List<HttpStatusCode>();
        foreach (var name in new[] { "editor", "viewer", "nobody", "admin", "editor" })
        {
            using var response = await TryAsync(client, name, "wrong-password");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Sign_in_attempts_are_limited_per_account_whatever_the_client()
    {
        await using var site = await TestSite.StartAsync(signInsPerAccountPerMinute: 3);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            // A new client each time, as attempts spread over many machines would be.
            using var client = site.Anonymous();
            using var response = await TryAsync(client, i % 2 == 0 ? "editor" : "EDITOR", "wrong-password");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        using var other = site.Anonymous();
        using var viewer = await TryAsync(other, "viewer", TestSite.ViewerPassword);
        Assert.Equal(HttpStatusCode.Redirect, viewer.StatusCode);
    }

    [Fact]
    public async Task Password_change_attempts_are_limited_per_account()
    {
        await using var site = await TestSite.StartAsync(signInsPerAccountPerMinute: 3);
        using var client = await site.SignedInAsync("editor", TestSite.EditorPassword);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await TestSite.PostFormAsync(client, "/account/password", "/account/password", new Dictionary<string, string>
            {
                ["current"] = "guess-number-" + i,
                ["next"] = "a-new-editor-password",
            });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Password_change_attempts_count_against_the_client_address_too()
    {
        await using var site = await TestSite.StartAsync(signInsPerMinute: 2);
        using var client = await site.SignedInAsync("editor", TestSite.EditorPassword);
        using var first = await TestSite.PostFormAsync(client, "/account/password", "/account/password", new Dictionary<string, string> { ["current"] = "x", ["next"] = "y" });
        using var second = await TestSite.PostFormAsync(client, "/account/password", "/account/password", new Dictionary<string, string> { ["current"] = "x", ["next"] = "y" });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
    }
}
