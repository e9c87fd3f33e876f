using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HopTac.Web.Tests.Support;

namespace HopTac.Web.Tests.Api;

/// <summary>Curation and account writes: 401 without credentials, 403 for a role too low, problems for bad bodies, an audit row for each.</summary>
public sealed class WriteEndpointTests : IAsyncLifetime
{
    private TestSite site = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => site = await TestSite.StartAsync();

    public async ValueTask DisposeAsync() => await site.DisposeAsync();

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body, string? token)
    {
        using var client = token is null ? site.Anonymous() : site.WithToken(token);
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await client.SendAsync(request, Ct);
    }

    public static TheoryData<string, string, string?> Writes => new()
    {
        { "POST", "/api/facts/E1/accept", null },
        { "POST", "/api/facts/E1/reject", "{\"why\":\"sai\"}" },
        { "PUT", "/api/facts/E1", "{\"changes\":{\"date\":\"2024-03-13\"}}" },
        { "POST", "/api/facts/E1/merge", "{\"other\":\"E2\"}" },
        { "POST", "/api/facts/E1/split", "{\"pages\":[1]}" },
    };

    private static StringContent? Json(string? body) => body is null ? null : new StringContent(body, System.Text.Encoding.UTF8, "application/json");

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Curation_is_401_without_sign_in_or_token(string method, string path, string? body)
    {
        using var client = site.Anonymous();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)) { Content = Json(body) };
        using var response = await client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Curation_is_403_for_a_viewer(string method, string path, string? body)
    {
        using var client = site.WithToken(site.ViewerToken);
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)) { Content = Json(body) };
        using var response = await client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var history = await site.App.Services.GetRequiredServiceForTests<HopTac.Storage.Knowledge.IKnowledgeBase>().GetHistoryAsync("E1", Ct);
        Assert.Single(history);
    }

    [Fact]
    public async Task An_editor_accepts_a_fact_and_the_history_and_audit_record_it()
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/facts/E1/accept", new { why = "đã kiểm tra nguồn" }, site.EditorToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("accepted", json.GetProperty("fact").GetProperty("status").GetString());

        using var history = await SendAsync(HttpMethod.Get, "/api/facts/E1/history", null, site.ViewerToken);
        var last = JsonDocument.Parse(await history.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("history").EnumerateArray().Last();
        Assert.Equal("accept", last.GetProperty("action").GetString());
        Assert.Equal("editor", last.GetProperty("who").GetString());
        Assert.Equal("đã kiểm tra nguồn", last.GetProperty("why").GetString());

        var audit = await site.Accounts.ListAuditAsync(10, Ct);
        Assert.Contains(audit, a => a.Who == "editor" && a.Action == "fact-accept" && a.Target == "fact:E1");
    }

    [Fact]
    public async Task An_editor_corrects_a_field_with_PUT()
    {
        using var response = await SendAsync(HttpMethod.Put, "/api/facts/E1", new { changes = new Dictionary<string, string> { ["date"] = "2024-03-13" }, why = "ngày ký" }, site.EditorToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var fact = await SendAsync(HttpMethod.Get, "/api/facts/E1", null, site.ViewerToken);
        var json = JsonDocument.Parse(await fact.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("2024-03-13", json.GetProperty("fields").GetProperty("date").GetString());
        Assert.Equal("2024-03-12", json.GetProperty("machine_fields").GetProperty("date").GetString());
    }

    [Fact]
    public async Task Reject_merge_and_split_reach_the_knowledge_base()
    {
        using (var merge = await SendAsync(HttpMethod.Post, "/api/facts/E1/merge", new { other = "E2" }, site.EditorToken))
        {
            Assert.Equal(HttpStatusCode.OK, merge.StatusCode);
        }

        using (var split = await SendAsync(HttpMethod.Post, "/api/facts/E1/split", new { pages = new[] { site.PageId(ComposedPages.LaosHealth()) } }, site.EditorToken))
        {
            Assert.Equal(HttpStatusCode.OK, split.StatusCode);
        }

        using var reject = await SendAsync(HttpMethod.Post, "/api/facts/E1/reject", new { why = "trùng" }, site.AdminToken);
        Assert.Equal(HttpStatusCode.OK, reject.StatusCode);
        var history = await site.App.Services.GetRequiredServiceForTests<HopTac.Storage.Knowledge.IKnowledgeBase>().GetHistoryAsync("E1", Ct);
        Assert.Equal(["consolidate", "merge", "split", "reject"], history.Select(h => h.Action));
    }

    public static TheoryData<string, string, string, string> BadBodies => new()
    {
        { "PUT", "/api/facts/E1", "{\"changes\":{}}", "changes" },
        { "PUT", "/api/facts/E1", "{\"changes\":{\"Bad Field\":\"x\"}}", "changes" },
        { "POST", "/api/facts/E1/merge", "{\"other\":\"E1\"}", "other" },
        { "POST", "/api/facts/E1/merge", "{\"other\":\"A1\"}", "other" },
        { "POST", "/api/facts/E1/split", "{\"pages\":[]}", "pages" },
        { "POST", "/api/facts/E1/accept", "{\"why\":\"" + new string('x', 1200) + "\"}", "why" },
        { "POST", "/api/facts/nope/accept", "{}", "id" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_curation_bodies_are_validation_problems(string method, string path, string body, string field)
    {
        using var client = site.WithToken(site.EditorToken);
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)) { Content = Json(body) };
        using var response = await client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), field);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        using var client = site.WithToken(site.EditorToken);
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri("/api/facts/E1", UriKind.Relative)) { Content = Json("{not json") };
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
        using var response = await client.PostAsync(new Uri("/api/facts/E1/accept", UriKind.Relative), Json("{}"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var history = await site.App.Services.GetRequiredServiceForTests<HopTac.Storage.Knowledge.IKnowledgeBase>().GetHistoryAsync("E1", Ct);
        Assert.Single(history);
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
