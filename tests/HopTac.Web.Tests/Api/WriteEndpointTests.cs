using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HopTac.Storage.Knowledge;
using HopTac.Web.Tests.Support;

namespace HopTac.Web.Tests.Api;

/// <summary>Curation and account writes: 401 without credentials, 403 for a role too low, problems for bad bodies, an audit row for each.</summary>
public sealed class WriteEndpointTests : IAsyncLifetime
{
    private TestSite site = null!;
    private string talks = null!;
    private string signing = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        site = await TestSite.StartAsync();
        talks = await site.EventIdAsync("LA", "talks");
        signing = await site.EventIdAsync("LA", "signing");
    }

    /// <summary>Paths and bodies name facts by role ({talks}, {signing}); the knowledge base numbers them.</summary>
    private string Resolve(string text) => text.Replace("{talks}", talks, StringComparison.Ordinal).Replace("{signing}", signing, StringComparison.Ordinal);

    public async ValueTask DisposeAsync() => await site.DisposeAsync();

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body, string? token)
    {
        using var client = token is null ? site.Anonymous() : site.WithToken(token);
        using var request = new HttpRequestMessage(method, new Uri(Resolve(path), UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await client.SendAsync(request, Ct);
    }

    public static TheoryData<string, string, string?> Writes => new()
    {
        { "POST", "/api/facts/{talks}/accept", null },
        { "POST", "/api/facts/{talks}/reject", "{\"why\":\"sai\"}" },
        { "PUT", "/api/facts/{talks}", "{\"changes\":{\"date\":\"2024-03-13\"}}" },
        { "POST", "/api/facts/{talks}/merge", "{\"other\":\"{signing}\"}" },
        { "POST", "/api/facts/{talks}/split", "{\"pages\":[1]}" },
    };

    private StringContent? Json(string? body) => body is null ? null : new StringContent(Resolve(body), System.Text.Encoding.UTF8, "application/json");

    private HttpRequestMessage Request(string method, string path, string? body) =>
        new(new HttpMethod(method), new Uri(Resolve(path), UriKind.Relative)) { Content = Json(body) };

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Curation_is_401_without_sign_in_or_token(string method, string path, string? body)
    {
        using var client = site.Anonymous();
        using var request = Request(method, path, body);
        using var response = await client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Curation_is_403_for_a_viewer(string method, string path, string? body)
    {
        using var client = site.WithToken(site.ViewerToken);
        using var request = Request(method, path, body);
        using var response = await client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await site.AssertUncuratedAsync(talks);
    }

    [Fact]
    public async Task An_editor_accepts_a_fact_and_the_history_and_audit_record_it()
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/facts/{talks}/accept", new { why = "đã kiểm tra nguồn" }, site.EditorToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("accepted", json.GetProperty("fact").GetProperty("status").GetString());

        using var history = await SendAsync(HttpMethod.Get, "/api/facts/{talks}/history", null, site.ViewerToken);
        var last = JsonDocument.Parse(await history.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("history").EnumerateArray().Last();
        Assert.Equal("accept", last.GetProperty("action").GetString());
        Assert.Equal("editor", last.GetProperty("who").GetString());
        Assert.Equal("đã kiểm tra nguồn", last.GetProperty("why").GetString());

        var audit = await site.Accounts.ListAuditAsync(10, Ct);
        Assert.Contains(audit, a => a.Who == "editor" && a.Action == "fact-accept" && a.Target == "fact:" + talks);
    }

    [Fact]
    public async Task An_editor_corrects_a_field_with_PUT()
    {
        using var response = await SendAsync(HttpMethod.Put, "/api/facts/{talks}", new { changes = new Dictionary<string, string> { ["date"] = "2024-03-13" }, why = "ngày ký" }, site.EditorToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var fact = await SendAsync(HttpMethod.Get, "/api/facts/{talks}", null, site.ViewerToken);
        var json = JsonDocument.Parse(await fact.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("2024-03-13", json.GetProperty("fields").GetProperty("date").GetString());
        Assert.Equal("2024-03-12", json.GetProperty("machine_fields").GetProperty("date").GetString());
    }

    [Fact]
    public async Task Two_reports_of_the_same_talks_are_one_fact_with_both_pages_as_sources()
    {
        using var response = await SendAsync(HttpMethod.Get, "/api/facts/{talks}", null, site.ViewerToken);
        var sources = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("sources").EnumerateArray()
            .Select(x => x.GetProperty("page").GetInt64()).Order().ToList();
        Assert.Equal(new[] { site.PageId(ComposedPages.LaosHealth()), site.PageId(ComposedPages.LaosHealthSecondReport()) }.Order(), sources);
    }

    [Fact]
    public async Task Merge_split_and_reject_reach_the_knowledge_base_and_its_history()
    {
        var laos = site.PageId(ComposedPages.LaosHealth());
        string merged;
        using (var merge = await SendAsync(HttpMethod.Post, "/api/facts/{talks}/merge", new { other = signing, why = "cùng một sự kiện" }, site.EditorToken))
        {
            Assert.Equal(HttpStatusCode.OK, merge.StatusCode);
            merged = JsonDocument.Parse(await merge.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("id").GetString()!;
        }

        var timeline = await site.Knowledge.GetTimelineAsync(new TimelineQuery("LA"), Ct);
        Assert.DoesNotContain(timeline.Events, e => e.Type == "signing" && e.Id != merged);

        string split;
        using (var response = await SendAsync(HttpMethod.Post, $"/api/facts/{merged}/split", new { pages = new[] { laos }, why = "trang này nói về lễ ký" }, site.EditorToken))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
            split = json.GetProperty("id").GetString()!;
            Assert.DoesNotContain(json.GetProperty("fact").GetProperty("sources").EnumerateArray(), x => x.GetProperty("page").GetInt64() == laos);
        }

        using var reject = await SendAsync(HttpMethod.Post, $"/api/facts/{split}/reject", new { why = "trùng" }, site.AdminToken);
        Assert.Equal(HttpStatusCode.OK, reject.StatusCode);
        var history = await site.Knowledge.GetHistoryAsync(split, Ct);
        Assert.Equal("reject", history[^1].Action);
        Assert.Equal("admin", history[^1].Who);
        Assert.Contains(history, h => h.Action == "split" && h.Who == "editor");
        Assert.Equal(FactStatus.Rejected, (await site.Knowledge.GetFactAsync(split, Ct))!.Status);
    }

    [Fact]
    public async Task A_split_that_would_leave_no_page_is_refused_by_the_knowledge_base()
    {
        var pages = new[] { site.PageId(ComposedPages.LaosHealth()), site.PageId(ComposedPages.LaosHealthSecondReport()) };
        using var response = await SendAsync(HttpMethod.Post, "/api/facts/{talks}/split", new { pages }, site.EditorToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await site.AssertUncuratedAsync(talks);
    }

    public static TheoryData<string, string, string, string> BadBodies => new()
    {
        { "PUT", "/api/facts/{talks}", "{\"changes\":{}}", "changes" },
        { "PUT", "/api/facts/{talks}", "{\"changes\":{\"Bad Field\":\"x\"}}", "changes" },
        { "PUT", "/api/facts/{talks}", "{\"changes\":{\"no_such_field\":\"x\"}}", "request" },
        { "POST", "/api/facts/{talks}/merge", "{\"other\":\"{talks}\"}", "other" },
        { "POST", "/api/facts/{talks}/merge", "{\"other\":\"A1\"}", "other" },
        { "POST", "/api/facts/{talks}/split", "{\"pages\":[]}", "pages" },
        { "POST", "/api/facts/{talks}/split", "{\"pages\":[99999]}", "request" },
        { "POST", "/api/facts/{talks}/accept", "{\"why\":\"" + new string('x', 1200) + "\"}", "why" },
        { "POST", "/api/facts/nope/accept", "{}", "id" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_curation_bodies_are_validation_problems(string method, string path, string body, string field)
    {
        using var client = site.WithToken(site.EditorToken);
        using var request = Request(method, path, body);
        using var response = await client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), field);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        using var client = site.WithToken(site.EditorToken);
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(Resolve("/api/facts/{talks}"), UriKind.Relative)) { Content = Json("{not json") };
        using var response = await client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Curating_an_unknown_fact_is_404()
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/facts/E404/accept", new { }, site.EditorToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_cookie_signed_write_without_the_antiforgery_header_is_refused()
    {
        using var client = await site.SignedInAsync("editor", TestSite.EditorPassword);
        using var response = await client.PostAsync(new Uri($"/api/facts/{talks}/accept", UriKind.Relative), Json("{}"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await site.AssertUncuratedAsync(talks);
    }

    [Fact]
    public async Task A_viewer_creates_and_revokes_a_token_of_their_own()
    {
        using var created = await SendAsync(HttpMethod.Post, "/api/tokens", new { name = "script" }, site.ViewerToken);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync(Ct)).RootElement;
        var secret = json.GetProperty("secret").GetString()!;
        var id = json.GetProperty("token").GetProperty("id").GetInt64();

        using (var me = await SendAsync(HttpMethod.Get, "/api/me", null, secret))
        {
            Assert.Equal("viewer", JsonDocument.Parse(await me.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("name").GetString());
        }

        using (var revoke = await SendAsync(HttpMethod.Delete, $"/api/tokens/{id}", null, site.ViewerToken))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        }

        using var after = await SendAsync(HttpMethod.Get, "/api/me", null, secret);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        var audit = await site.Accounts.ListAuditAsync(20, Ct);
        Assert.Contains(audit, a => a.Action == "token-create" && a.Who == "viewer");
        Assert.Contains(audit, a => a.Action == "token-revoke" && a.Who == "viewer");
    }

    [Fact]
    public async Task A_viewer_cannot_make_a_token_for_someone_else_nor_revoke_theirs()
    {
        var admin = (await site.Accounts.FindForSignInAsync("admin", Ct))!.Value.Account;
        using var created = await SendAsync(HttpMethod.Post, "/api/tokens", new { name = "x", account_id = admin.Id }, site.ViewerToken);
        Assert.Equal(HttpStatusCode.Forbidden, created.StatusCode);

        var adminTokens = await site.Accounts.ListTokensAsync(admin.Id, Ct);
        using var revoke = await SendAsync(HttpMethod.Delete, $"/api/tokens/{adminTokens[0].Id}", null, site.ViewerToken);
        Assert.Equal(HttpStatusCode.NotFound, revoke.StatusCode);
    }

    [Fact]
    public async Task Token_names_are_validated()
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/tokens", new { name = "" }, site.ViewerToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Accounts_and_audit_are_for_admins_only()
    {
        using (var viewer = await SendAsync(HttpMethod.Get, "/api/users", null, site.ViewerToken))
        {
            Assert.Equal(HttpStatusCode.Forbidden, viewer.StatusCode);
        }

        using (var editor = await SendAsync(HttpMethod.Get, "/api/audit", null, site.EditorToken))
        {
            Assert.Equal(HttpStatusCode.Forbidden, editor.StatusCode);
        }

        using (var admin = await SendAsync(HttpMethod.Get, "/api/users", null, site.AdminToken))
        {
            Assert.Equal(3, JsonDocument.Parse(await admin.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("accounts").GetArrayLength());
        }

        using var createdAsViewer = await SendAsync(HttpMethod.Post, "/api/users", new { name = "x", role = "admin", password = "0123456789ab" }, site.ViewerToken);
        Assert.Equal(HttpStatusCode.Forbidden, createdAsViewer.StatusCode);
    }

    [Fact]
    public async Task An_admin_creates_an_account_and_changes_its_role()
    {
        using var bad = await SendAsync(HttpMethod.Post, "/api/users", new { name = "an", role = "god", password = "0123456789ab" }, site.AdminToken);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using var shortPassword = await SendAsync(HttpMethod.Post, "/api/users", new { name = "an", role = "viewer", password = "short" }, site.AdminToken);
        Assert.Equal(HttpStatusCode.BadRequest, shortPassword.StatusCode);

        using var created = await SendAsync(HttpMethod.Post, "/api/users", new { name = "an", role = "viewer", password = "0123456789ab" }, site.AdminToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("id").GetInt64();
        using var duplicate = await SendAsync(HttpMethod.Post, "/api/users", new { name = "AN", role = "viewer", password = "0123456789ab" }, site.AdminToken);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);

        using var role = await SendAsync(HttpMethod.Put, $"/api/users/{id}/role", new { role = "editor" }, site.AdminToken);
        Assert.Equal(HttpStatusCode.NoContent, role.StatusCode);
        Assert.Equal("editor", (await site.Accounts.GetAsync(id, Ct))!.Role);
        var audit = await site.Accounts.ListAuditAsync(20, Ct);
        Assert.Contains(audit, a => a.Action == "account-create" && a.Target == "account:an");
        Assert.Contains(audit, a => a.Action == "account-role");
    }
}
