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
    public async Task Sign_in_attempts_are_rate_limited_per_client()
    {
        await using var site = await TestSite.StartAsync(signInsPerMinute: 3);
        using var client = site.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync(new Uri("/account/login", UriKind.Relative), Ct);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }
}
