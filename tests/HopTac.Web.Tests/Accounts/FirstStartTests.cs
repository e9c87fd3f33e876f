using System.Net;
using System.Text.RegularExpressions;
using HopTac.Web.Tests.Support;

namespace HopTac.Web.Tests.Accounts;

public sealed partial class FirstStartTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex("one-time code ([a-z0-9]+) ")]
    private static partial Regex CodePattern();

    [Fact]
    public async Task Without_a_password_in_the_environment_a_one_time_code_is_printed_and_must_be_replaced()
    {
        await using var site = await TestSite.StartAsync(adminPassword: null);
        var match = CodePattern().Match(site.ConsoleOut.ToString());
        Assert.True(match.Success, site.ConsoleOut.ToString());
        var code = match.Groups[1].Value;

        using var client = site.Anonymous();
        var form = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative), Ct);
        using var login = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "admin", ["password"] = code, ["__RequestVerificationToken"] = TestSite.AntiforgeryToken(form),
        });
        using var signedIn = await client.PostAsync(new Uri("/account/login", UriKind.Relative), login, Ct);
        Assert.Equal("/account/password", signedIn.Headers.Location!.OriginalString);

        using var gated = await client.GetAsync(new Uri("/", UriKind.Relative), Ct);
        Assert.Equal("/account/password", gated.Headers.Location!.OriginalString);

        var passwordForm = await client.GetStringAsync(new Uri("/account/password", UriKind.Relative), Ct);
        using var change = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["current"] = code, ["next"] = "a-new-long-password", ["__RequestVerificationToken"] = TestSite.AntiforgeryToken(passwordForm),
        });
        using var changed = await client.PostAsync(new Uri("/account/password", UriKind.Relative), change, Ct);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        using var home = await client.GetAsync(new Uri("/", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var audit = await site.Accounts.ListAuditAsync(10, Ct);
        Assert.Contains(audit, a => a.Action == "password-change" && a.Who == "admin");
    }

    [Fact]
    public async Task With_a_password_given_no_code_is_printed_and_a_second_start_creates_nothing()
    {
        await using var site = await TestSite.StartAsync();
        Assert.DoesNotContain("one-time code", site.ConsoleOut.ToString(), StringComparison.Ordinal);
        Assert.Equal(3, await site.Accounts.CountAsync(Ct));
    }

    [Fact]
    public async Task Token_secrets_and_passwords_are_not_stored_in_the_database_file()
    {
        await using var site = await TestSite.StartAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var bytes = await File.ReadAllBytesAsync(site.Store.FilePath, Ct);
        var wal = File.Exists(site.Store.FilePath + "-wal") ? await File.ReadAllBytesAsync(site.Store.FilePath + "-wal", Ct) : [];
        var text = System.Text.Encoding.UTF8.GetString([.. bytes, .. wal]);
        Assert.DoesNotContain(site.EditorToken, text, StringComparison.Ordinal);
        Assert.DoesNotContain(TestSite.AdminPassword, text, StringComparison.Ordinal);
        Assert.Contains("pbkdf2-sha256$", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_one_time_code_signs_in_once()
    {
        await using var site = await TestSite.StartAsync(adminPassword: null);
        var code = CodeOf(site.ConsoleOut.ToString());
        using var first = site.Anonymous();
        using (var signedIn = await SignInAsync(first, code))
        {
            Assert.Equal("/account/password", signedIn.Headers.Location?.OriginalString);
        }

        using var second = site.Anonymous();
        using var again = await SignInAsync(second, code);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("role=\"alert\"", await again.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        using var gated = await second.GetAsync(new Uri("/account/password", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.Redirect, gated.StatusCode);
    }

    [Fact]
    public async Task Signed_in_with_the_code_a_user_can_only_set_the_password()
    {
        await using var site = await TestSite.StartAsync(adminPassword: null);
        using var client = site.Anonymous();
        using (var signedIn = await SignInAsync(client, CodeOf(site.ConsoleOut.ToString())))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        foreach (var page in new[] { "/", "/account/tokens", "/admin/users", "/admin/audit" })
        {
            using var response = await client.GetAsync(new Uri(page, UriKind.Relative), Ct);
            Assert.Equal("/account/password", response.Headers.Location?.OriginalString);
        }

        var form = await client.GetStringAsync(new Uri("/account/password", UriKind.Relative), Ct);
        var antiforgery = TestSite.AntiforgeryToken(form);
        using (var tokenForm = new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "mine", ["__RequestVerificationToken"] = antiforgery }))
        using (var tokenPage = await client.PostAsync(new Uri("/account/tokens?handler=Create", UriKind.Relative), tokenForm, Ct))
        {
            Assert.Equal("/account/password", tokenPage.Headers.Location?.OriginalString);
        }

        foreach (var (path, body) in new[] { ("/api/tokens", "{\"name\":\"mine\"}"), ("/api/users", "{\"name\":\"other\",\"role\":\"admin\",\"password\":\"0123456789ab\"}") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
            {
                Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("RequestVerificationToken", antiforgery);
            using var response = await client.SendAsync(request, Ct);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        Assert.Empty(await site.Accounts.ListTokensAsync(null, Ct));
        Assert.Equal(1, await site.Accounts.CountAsync(Ct));
    }

    [Fact]
    public async Task A_start_with_the_setup_unfinished_prints_a_new_code_and_the_old_one_no_longer_works()
    {
        await using var site = await TestSite.StartAsync(adminPassword: null);
        var oldCode = CodeOf(site.ConsoleOut.ToString());
        using var console = new StringWriter();
        var options = new HopTac.Web.Hosting.HopTacWebOptions { PasswordIterations = 10_000 };
        await HopTac.Web.Auth.AdminBootstrap.EnsureAdminAsync(site.Accounts, options, console, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, Ct);
        var newCode = CodeOf(console.ToString());
        Assert.NotEqual(oldCode, newCode);

        using var old = site.Anonymous();
        using (var refused = await SignInAsync(old, oldCode))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        using var fresh = site.Anonymous();
        using var accepted = await SignInAsync(fresh, newCode);
        Assert.Equal("/account/password", accepted.Headers.Location?.OriginalString);
    }

    private static string CodeOf(string console)
    {
        var match = CodePattern().Match(console);
        Assert.True(match.Success, console);
        return match.Groups[1].Value;
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string code) =>
        TestSite.PostFormAsync(client, "/account/login", "/account/login", new Dictionary<string, string> { ["name"] = "admin", ["password"] = code });
}
