using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HopTac.Web.Tests.Support;

namespace HopTac.Web.Tests.Curation;

/// <summary>
/// Issue 16: the API refuses an edit outside the one validator's rules with the allowed values, takes a date as
/// people type it, says in the audit log which entry point a curation came through, and audits a refused sign-in.
/// </summary>
public sealed class CurationAuditTests : IAsyncLifetime
{
    private TestSite site = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => site = await TestSite.StartAsync();

    public async ValueTask DisposeAsync() => await site.DisposeAsync();

    private async Task<HttpResponseMessage> PutAsync(string id, Dictionary<string, string> changes, string query = "")
    {
        using var client = site.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/facts/{id}{query}", UriKind.Relative))
        {
            Content = JsonContent.Create(new { changes }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", site.EditorToken);
        return await client.SendAsync(request, Ct);
    }

    [Fact]
    public async Task The_api_refuses_type_banana_with_the_allowed_values_and_reads_a_typed_date()
    {
        var talks = await site.EventIdAsync("LA", "talks");

        using var banana = await PutAsync(talks, new() { ["type"] = "banana" });
        var refusal = await banana.Content.ReadAsStringAsync(Ct);
        using var typed = await PutAsync(talks, new() { ["date"] = "13/3/2024" });

        Assert.Equal(HttpStatusCode.BadRequest, banana.StatusCode);
        Assert.Contains("banana", refusal, StringComparison.Ordinal);
        Assert.Contains("talks, meeting, call, visit", refusal, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, typed.StatusCode);
        Assert.Equal("2024-03-13", (await site.Knowledge.GetFactAsync(talks, Ct))!.Fields["date"]);
        var audit = await site.Accounts.ListAuditAsync(20, Ct);
        Assert.Contains(audit, a => a.Who == "editor" && a.Action == "fact-edit" && a.Detail == "via api — date");
        Assert.DoesNotContain(audit, a => a.Action == "fact-edit" && a.Detail!.Contains("type", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_api_says_a_refusal_in_English_with_its_code_or_in_the_language_the_caller_chose()
    {
        var talks = await site.EventIdAsync("LA", "talks");

        using var plain = await PutAsync(talks, new() { ["date"] = "32/13/2021" });
        using var chosen = await PutAsync(talks, new() { ["date"] = "32/13/2021" }, "?culture=vi");
        using var missing = await PutAsync("E999999", new() { ["date"] = "2021" }, "?culture=vi");
        var english = JsonDocument.Parse(await plain.Content.ReadAsStringAsync(Ct)).RootElement;
        var vietnamese = JsonDocument.Parse(await chosen.Content.ReadAsStringAsync(Ct)).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, plain.StatusCode);
        Assert.Equal("edit:date", english.GetProperty("code").GetString());
        Assert.Contains("The date “32/13/2021” is not valid", english.GetProperty("errors").GetProperty("request")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("edit:date", vietnamese.GetProperty("code").GetString());
        Assert.Contains("Ngày “32/13/2021” không hợp lệ", vietnamese.GetProperty("errors").GetProperty("request")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Không có dữ kiện E999999", await missing.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_sign_in_is_in_the_audit_log_under_the_name_typed()
    {
        using var client = site.Anonymous();
        using var response = await TestSite.PostFormAsync(client, "/account/login", "/account/login",
            new Dictionary<string, string> { ["name"] = "editor", ["password"] = "not-the-password" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var audit = await site.Accounts.ListAuditAsync(20, Ct);
        Assert.Contains(audit, a => a.Who == "editor" && a.Action == "sign-in-failed" && a.Target == "account:editor");
    }
}
