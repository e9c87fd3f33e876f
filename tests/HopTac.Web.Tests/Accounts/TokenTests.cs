using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HopTac.Storage.Accounts;
using HopTac.Web.Auth;
using HopTac.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HopTac.Web.Tests.Accounts;

/// <summary>API tokens have a scope and an expiry; their use is recorded without a write per request.</summary>
public sealed class TokenTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(string Secret, JsonElement Token)> CreateAsync(HttpClient client, object body)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/api/tokens", UriKind.Relative), body, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        return (json.GetProperty("secret").GetString()!, json.GetProperty("token").Clone());
    }

    [Fact]
    public async Task A_read_token_of_an_editor_reads_but_cannot_curate_nor_make_tokens()
    {
        await using var site = await TestSite.StartAsync();
        var talks = await site.EventIdAsync("LA", "talks");
        using var editor = site.WithToken(site.EditorToken);
        var (secret, token) = await CreateAsync(editor, new { name = "dashboard", scope = "read" });
        Assert.Equal("read", token.GetProperty("scope").GetString());

        using var reader = site.WithToken(secret);
        using (var read = await reader.GetAsync(new Uri("/api/partners/LA/timeline", UriKind.Relative), Ct))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }

        using (var curate = await reader.PostAsJsonAsync(new Uri($"/api/facts/{talks}/accept", UriKind.Relative), new { why = "x" }, Ct))
        {
            Assert.Equal(HttpStatusCode.Forbidden, curate.StatusCode);
        }

        using (var mint = await reader.PostAsJsonAsync(new Uri("/api/tokens", UriKind.Relative), new { name = "escalate", scope = "curate" }, Ct))
        {
            Assert.Equal(HttpStatusCode.Forbidden, mint.StatusCode);
        }

        await site.AssertUncuratedAsync(talks);
    }

    [Fact]
    public async Task A_token_expires_and_its_life_is_capped()
    {
        await using var site = await TestSite.StartAsync(settings: ["--HopTac:TokenDays", "30"]);
        using var editor = site.WithToken(site.EditorToken);
        using (var tooLong = await editor.PostAsJsonAsync(new Uri("/api/tokens", UriKind.Relative), new { name = "forever", days = 31 }, Ct))
        {
            Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        }

        var (_, token) = await CreateAsync(editor, new { name = "month" });
        var expires = token.GetProperty("expires_at").GetDateTimeOffset();
        Assert.InRange(expires, DateTimeOffset.UtcNow.AddDays(29), DateTimeOffset.UtcNow.AddDays(30.01));

        var viewer = (await site.Accounts.FindForSignInAsync("viewer", Ct))!.Value.Account;
        var expired = await site.Accounts.IssueTokenAsync(viewer.Id, "old", TokenScopes.Curate, DateTimeOffset.UtcNow.AddSeconds(-1), Ct);
        using var client = site.WithToken(expired!.Secret);
        using var response = await client.GetAsync(new Uri("/api/me", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Token_use_is_written_in_batches_not_per_request()
    {
        await using var site = await TestSite.StartAsync();
        var viewer = (await site.Accounts.FindForSignInAsync("viewer", Ct))!.Value.Account;
        using var client = site.WithToken(site.ViewerToken);
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync(new Uri("/api/me", UriKind.Relative), Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Null((await site.Accounts.ListTokensAsync(viewer.Id, Ct))[0].LastUsedAt);
        await site.App.Services.GetRequiredService<TokenUsage>().FlushAsync(Ct);
        var used = (await site.Accounts.ListTokensAsync(viewer.Id, Ct))[0].LastUsedAt;
        Assert.NotNull(used);
        Assert.InRange(used.Value, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddSeconds(1));
    }
}
