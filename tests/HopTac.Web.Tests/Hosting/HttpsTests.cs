using System.Net;
using HopTac.Web.Tests.Support;

namespace HopTac.Web.Tests.Hosting;

/// <summary>Over HTTPS (here behind a trusted proxy) cookies are Secure and HSTS is sent; over plain HTTP neither.</summary>
public sealed class HttpsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // The form is loaded over plain HTTP: a Secure antiforgery cookie would not be sent back by a client on http://.
    private static async Task<HttpResponseMessage> SignInAsync(TestSite site, string? forwardedProto)
    {
        using var client = site.Anonymous();
        var form = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative), Ct);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/account/login", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["name"] = "viewer",
                ["password"] = TestSite.ViewerPassword,
                ["__RequestVerificationToken"] = TestSite.AntiforgeryToken(form),
            }),
        };
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        }

        return await client.SendAsync(request, Ct);
    }

    private static string AuthCookieHeader(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("hoptac.auth=", StringComparison.Ordinal));

    [Fact]
    public async Task Behind_a_trusted_proxy_https_requests_get_secure_cookies_and_hsts()
    {
        await using var site = await TestSite.StartAsync(settings: ["--HopTac:ForwardedHeaders", "true"]);
        using var response = await SignInAsync(site, "https");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("secure", AuthCookieHeader(response), StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forwarded_headers_are_ignored_unless_configured()
    {
        await using var site = await TestSite.StartAsync();
        using var response = await SignInAsync(site, "https");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("secure", AuthCookieHeader(response), StringComparison.OrdinalIgnoreCase);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task A_proxy_not_listed_is_not_trusted()
    {
        await using var site = await TestSite.StartAsync(settings: ["--HopTac:ForwardedHeaders", "true", "--HopTac:KnownProxies:0", "192.0.2.7"]);
        using var response = await SignInAsync(site, "https");
        Assert.DoesNotContain("secure", AuthCookieHeader(response), StringComparison.OrdinalIgnoreCase);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }
}
