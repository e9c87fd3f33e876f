using System.Net;
using HopTac.Storage.Knowledge;
using HopTac.Web.Tests.Support;

namespace HopTac.Web.Tests.Pages;

public sealed class CurationPageTests : IAsyncLifetime
{
    private TestSite site = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => site = await TestSite.StartAsync();

    public async ValueTask DisposeAsync() => await site.DisposeAsync();

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string handler, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(new Uri("/facts/E1", UriKind.Relative), Ct);
        fields["__RequestVerificationToken"] = TestSite.AntiforgeryToken(page);
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri($"/facts/E1?handler={handler}", UriKind.Relative), content, Ct);
    }

    [Fact]
    public async Task An_editor_corrects_a_fact_in_the_browser_and_sees_it_in_the_history()
    {
        using var client = await site.SignedInAsync("editor", TestSite.EditorPassword);
        using var response = await PostFormAsync(client, "Edit", new() { ["f.date"] = "2024-03-13", ["f.type"] = "talks", ["why"] = "theo thông cáo" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var page = await client.GetStringAsync(new Uri(response.Headers.Location!.OriginalString, UriKind.Relative), Ct);
        Assert.Contains("date = 2024-03-13", page, StringComparison.Ordinal);
        Assert.Contains("theo thông cáo", page, StringComparison.Ordinal);
        var history = await site.App.Services.GetRequiredServiceForTests<IKnowledgeBase>().GetHistoryAsync("E1", Ct);
        Assert.Equal("editor", history[^1].Who);
        Assert.Equal(["date"], history[^1].Changes.Keys);
    }

    [Fact]
    public async Task A_viewer_sees_no_curation_forms_and_a_posted_correction_is_refused()
    {
        using var client = await site.SignedInAsync("viewer", TestSite.ViewerPassword);
        var page = await client.GetStringAsync(new Uri("/facts/E1", UriKind.Relative), Ct);
        Assert.DoesNotContain("id=\"edit-form\"", page, StringComparison.Ordinal);

        using var response = await PostFormAsync(client, "Edit", new() { ["f.date"] = "2024-03-13" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var history = await site.App.Services.GetRequiredServiceForTests<IKnowledgeBase>().GetHistoryAsync("E1", Ct);
        Assert.Single(history);
    }

    [Fact]
    public async Task An_editor_accepts_and_rejects_with_the_forms()
    {
        using var client = await site.SignedInAsync("editor", TestSite.EditorPassword);
        using (var accept = await PostFormAsync(client, "Accept", new() { ["why"] = "ok" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, accept.StatusCode);
        }

        using var reject = await PostFormAsync(client, "Reject", new() { ["why"] = "không đúng" });
        Assert.Equal(HttpStatusCode.Redirect, reject.StatusCode);
        var fact = await site.App.Services.GetRequiredServiceForTests<IKnowledgeBase>().GetFactAsync("E1", Ct);
        Assert.Equal(FactStatus.Rejected, fact!.Status);
    }
}
