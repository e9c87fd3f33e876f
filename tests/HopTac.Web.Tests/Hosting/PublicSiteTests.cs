using System.Net;
using HopTac.Web.Tests.Support;

namespace HopTac.Web.Tests.Hosting;

/// <summary>`serve --public` (HopTac:Public): anyone reads without an account; every write and account page still needs one.</summary>
public sealed class PublicSiteTests : IAsyncLifetime
{
    private TestSite site = null!;
    private TestSite closed = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        site = await TestSite.StartAsync(settings: ["--HopTac:Public", "true"]);
        closed = await TestSite.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await site.DisposeAsync();
        await closed.DisposeAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/partners/LA")]
    [InlineData("/search?partner=L%C3%A0o")]
    [InlineData("/api/partners/LA/timeline")]
    [InlineData("/api/search?q=hop+tac")]
    public async Task A_visitor_without_an_account_reads_every_page_and_the_API(string path)
    {
        using var client = site.Anonymous();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_public_pages_offer_sign_in_and_hide_the_curation_forms()
    {
        using var client = site.Anonymous();
        var talks = await site.EventIdAsync("LA", "talks");
        var html = await client.GetStringAsync(new Uri($"/facts/{talks}", UriKind.Relative), Ct);
        Assert.Contains("id=\"sign-in\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"read-only\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"curation\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_and_account_pages_still_need_an_account()
    {
        using var client = site.Anonymous();
        var talks = await site.EventIdAsync("LA", "talks");
        using var accept = await client.PostAsync(new Uri($"/api/facts/{talks}/accept", UriKind.Relative), new StringContent("{}", System.Text.Encoding.UTF8, "application/json"), Ct);
        using var form = await client.PostAsync(new Uri($"/facts/{talks}?handler=Accept", UriKind.Relative), new FormUrlEncodedContent([]), Ct);
        using var tokens = await client.GetAsync(new Uri("/account/tokens", UriKind.Relative), Ct);
        using var me = await client.GetAsync(new Uri("/api/me", UriKind.Relative), Ct);
        using var users = await client.GetAsync(new Uri("/admin/users", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, accept.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, tokens.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, users.StatusCode);
        await site.AssertUncuratedAsync(talks);
    }

    [Fact]
    public async Task Without_the_option_a_visitor_is_sent_to_sign_in()
    {
        using var client = closed.Anonymous();
        using var home = await client.GetAsync(new Uri("/", UriKind.Relative), Ct);
        using var api = await client.GetAsync(new Uri("/api/partners/LA/timeline", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }
}
