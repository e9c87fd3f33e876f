using System.Net;
using System.Text.RegularExpressions;
using HopTac.Storage;
using HopTac.Storage.Accounts;
using HopTac.Storage.Knowledge;
using HopTac.Storage.Sqlite;
using HopTac.Storage.Sqlite.Accounts;
using HopTac.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace HopTac.Web.Tests.Support;

/// <summary>
/// The real app on Kestrel (loopback, port 0) over a fresh SQLite file with the composed pages, three accounts
/// (admin, editor, viewer) and a token each. Saving the pages is what fills the store's own knowledge base (it
/// consolidates inside SaveAsync); fact ids are therefore looked up from it, never assumed.
/// </summary>
internal sealed partial class TestSite : IAsyncDisposable
{
    public const string AdminPassword = "admin-password-123";
    public const string EditorPassword = "editor-password-123";
    public const string ViewerPassword = "viewer-password-123";
    public const string MachineAuthor = "machine";

    private readonly string folder;

    private TestSite(string folder, WebApplication app, SqlitePageStore store, IAccountStore accounts, Uri address)
    {
        this.folder = folder;
        App = app;
        Store = store;
        Accounts = accounts;
        Address = address;
    }

    public WebApplication App { get; }

    public SqlitePageStore Store { get; }

    public IAccountStore Accounts { get; }

    public Uri Address { get; }

    /// <summary>The SQLite file, for tests that open a second store on it as another process would.</summary>
    public string DatabasePath => Path.Combine(folder, "hoptac.db");

    public Dictionary<string, long> PageIds { get; } = new(StringComparer.Ordinal);

    public string AdminToken { get; private set; } = string.Empty;

    public string EditorToken { get; private set; } = string.Empty;

    public string ViewerToken { get; private set; } = string.Empty;

    public StringWriter ConsoleOut { get; } = new();

    public static async Task<TestSite> StartAsync(
        string? adminPassword = AdminPassword, IEnumerable<HopTac.Core.Pages.PageRecord>? pages = null, int signInsPerMinute = 10_000,
        int signInsPerAccountPerMinute = 10_000, int passwordIterations = 10_000, IReadOnlyList<string>? settings = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "hoptac-web-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var db = Path.Combine(folder, "hoptac.db");
        var store = await SqlitePageStore.OpenAsync(db, TimeProvider.System, CancellationToken.None);
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var record in pages ?? ComposedPages.All())
        {
            var saved = await store.SaveAsync(record, CancellationToken.None);
            ids[record.Source] = saved.PageId;
        }

        var accounts = new SqliteAccountStore(db, TimeProvider.System);
        var console = new StringWriter();
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        List<string> args =
        [
            "--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default", "Warning",
            "--HopTac:PasswordIterations", passwordIterations.ToString(invariant),
            "--HopTac:SignInsPerMinute", signInsPerMinute.ToString(invariant),
            "--HopTac:SignInsPerAccountPerMinute", signInsPerAccountPerMinute.ToString(invariant),
            .. settings ?? [],
        ];
        if (adminPassword is not null)
        {
            args.AddRange(["--HopTac:AdminPassword", adminPassword]);
        }

        var app = await HopTacApp.BuildAsync([.. args], new HopTacAppOverrides
        {
            Store = store,
            Accounts = accounts,
            Console = console,
        }, CancellationToken.None);
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var site = new TestSite(folder, app, store, accounts, address);
        foreach (var (k, v) in ids)
        {
            site.PageIds[k] = v;
        }

        await site.ConsoleOut.WriteAsync(console.ToString());
        if (adminPassword is not null)
        {
            var admin = (await accounts.FindForSignInAsync("admin", CancellationToken.None))!.Value.Account;
            var editor = (await accounts.CreateAsync("editor", Roles.Editor, PasswordHashing.Hash(EditorPassword, 10_000), false, CancellationToken.None)).Account!;
            var viewer = (await accounts.CreateAsync("viewer", Roles.Viewer, PasswordHashing.Hash(ViewerPassword, 10_000), false, CancellationToken.None)).Account!;
            site.AdminToken = (await accounts.IssueTokenAsync(admin.Id, "tests", CancellationToken.None))!.Secret;
            site.EditorToken = (await accounts.IssueTokenAsync(editor.Id, "tests", CancellationToken.None))!.Secret;
            site.ViewerToken = (await accounts.IssueTokenAsync(viewer.Id, "tests", CancellationToken.None))!.Secret;
        }

        return site;
    }

    public long PageId(HopTac.Core.Pages.PageRecord record) => PageIds[record.Source];

    public IKnowledgeBase Knowledge => Store.Knowledge;

    /// <summary>The id of the consolidated event of this type with this partner (the first in date order).</summary>
    public async Task<string> EventIdAsync(string partner, string type)
    {
        var timeline = await Knowledge.GetTimelineAsync(new TimelineQuery(partner), CancellationToken.None);
        var found = timeline.Events.FirstOrDefault(e => string.Equals(e.Type, type, StringComparison.Ordinal));
        Assert.True(found is not null, $"the knowledge base has no {type} event with {partner}: {string.Join(", ", timeline.Events.Select(e => e.Id + " " + e.Type))}");
        return found.Id;
    }

    /// <summary>Asserts that no curator has touched the fact: only the machine's own revisions, status machine.</summary>
    public async Task AssertUncuratedAsync(string factId)
    {
        var history = await Knowledge.GetHistoryAsync(factId, CancellationToken.None);
        Assert.All(history, h => Assert.Equal(MachineAuthor, h.Who));
        Assert.Equal(FactStatus.Machine, (await Knowledge.GetFactAsync(factId, CancellationToken.None))!.Status);
    }

    /// <summary>The revisions curators wrote (the knowledge base records its own consolidation as "machine").</summary>
    public async Task<IReadOnlyList<FactRevision>> CurationsAsync(string factId) =>
        (await Knowledge.GetHistoryAsync(factId, CancellationToken.None)).Where(h => h.Who != MachineAuthor).ToList();

    /// <summary>The id of the first consolidated agreement with this partner.</summary>
    public async Task<string> AgreementIdAsync(string partner)
    {
        var timeline = await Knowledge.GetTimelineAsync(new TimelineQuery(partner), CancellationToken.None);
        Assert.NotEmpty(timeline.Agreements);
        return timeline.Agreements[0].Id;
    }

    /// <summary>The id of the consolidated person found by this name.</summary>
    public async Task<string> PersonIdAsync(string name)
    {
        var people = await Knowledge.FindPeopleAsync(name, CancellationToken.None);
        Assert.NotEmpty(people);
        return people[0].Id;
    }

    /// <summary>A client without cookies or token (or with the cookies of <paramref name="cookies"/>, kept up to date there).</summary>
    public HttpClient Anonymous(CookieContainer? cookies = null) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies ?? new CookieContainer() }) { BaseAddress = Address };

    /// <summary>A client that sends exactly this cookie and keeps nothing it is sent back: a replay of a copied cookie.</summary>
    public HttpClient Replaying(Cookie cookie)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = Address };
        client.DefaultRequestHeaders.Add("Cookie", $"{cookie.Name}={cookie.Value}");
        return client;
    }

    /// <summary>A client that sends this token.</summary>
    public HttpClient WithToken(string token)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A client signed in through the login form (cookie), as a browser would be.</summary>
    public async Task<HttpClient> SignedInAsync(string name, string password, CookieContainer? cookies = null)
    {
        var client = Anonymous(cookies);
        var form = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = name,
            ["password"] = password,
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
        });
        using var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Posts a form as the browser would: the antiforgery token is read from <paramref name="formPage"/> first.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, string action, IReadOnlyDictionary<string, string> fields)
    {
        using var page = await client.GetAsync(new Uri(formPage, UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = AntiforgeryToken(html) });
        return await client.PostAsync(new Uri(action, UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    /// <summary>The sign-in cookie a client holds now (a copy, as a thief would keep it).</summary>
    public Cookie AuthCookie(CookieContainer cookies)
    {
        var cookie = cookies.GetCookies(Address)["hoptac.auth"];
        Assert.True(cookie is not null, "the client holds no sign-in cookie");
        return new Cookie(cookie.Name, cookie.Value);
    }

    public static string AntiforgeryToken(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "the form has no antiforgery token");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await Store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a pooled connection is left in the temp folder; it does not affect other tests.
        }
    }
}

/// <summary>One site shared by a test class (starting Kestrel per test would dominate the run time).</summary>
public sealed class SiteFixture : IAsyncLifetime
{
    internal TestSite Site { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Site = await TestSite.StartAsync();

    public async ValueTask DisposeAsync() => await Site.DisposeAsync();
}
