using System.Net;
using HopTac.Storage.Knowledge;
using HopTac.Web.Tests.Support;

namespace HopTac.Web.Tests.Pages;

public sealed class CurationPageTests : IAsyncLifetime
{
    private TestSite site = null!;
    private string talks = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        site = await TestSite.StartAsync();
        talks = await site.EventIdAsync("LA", "talks");
    }

    public async ValueTask DisposeAsync() => await site.DisposeAsync();

    private async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string handler, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(new Uri($"/facts/{talks}", UriKind.Relative), Ct);
        fields["__RequestVerificationToken"] = TestSite.AntiforgeryToken(page);
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri($"/facts/{talks}?handler={handler}", UriKind.Relative), content, Ct);
    }

    [Fact]
    public async Task An_editor_corrects_a_fact_in_the_browser_and_sees_it_in_the_history()
    {
        using var client = await site.SignedInAsync("editor", TestSite.EditorPassword);
        using var response = await PostFormAsync(client, "Edit", new() { ["f.date"] = "2024-03-13", ["f.type"] = "talks", ["why"] = "theo thông cáo" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var page = await client.GetStringAsync(new Uri(response.Headers.Location!.OriginalString, UriKind.Relative), Ct);
        // The history names the field and shows the date as Vietnamese readers write it.
        Assert.Contains("Ngày: 13/03/2024", page, StringComparison.Ordinal);
        Assert.Contains("theo thông cáo", page, StringComparison.Ordinal);
        Assert.Contains("tạo (máy)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Action_", page, StringComparison.Ordinal);
        var history = await site.Knowledge.GetHistoryAsync(talks, Ct);
        Assert.Equal("editor", history[^1].Who);
        Assert.Equal(["date"], history[^1].Changes.Keys);
        Assert.Equal("2024-03-13", (await site.Knowledge.GetFactAsync(talks, Ct))!.Fields["date"]);
    }

    [Fact]
    public async Task A_viewer_sees_no_curation_forms_and_a_posted_correction_is_refused()
    {
        using var client = await site.SignedInAsync("viewer", TestSite.ViewerPassword);
        var page = await client.GetStringAsync(new Uri($"/facts/{talks}", UriKind.Relative), Ct);
        Assert.DoesNotContain("id=\"edit-form\"", page, StringComparison.Ordinal);
        var participants = (await site.Knowledge.GetFactAsync(talks, Ct))!;
        var known = participants.ParticipantIds.First(id => id.Length > 0);
        Assert.Contains($"<a href=\"/people/{known}\">", page, StringComparison.Ordinal);

        using var response = await PostFormAsync(client, "Edit", new() { ["f.date"] = "2024-03-13" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        await site.AssertUncuratedAsync(talks);
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
        var fact = await site.Knowledge.GetFactAsync(talks, Ct);
        Assert.Equal(FactStatus.Rejected, fact!.Status);
        Assert.Equal(["accept", "reject"], (await site.CurationsAsync(talks)).Select(h => h.Action));

        // A rejected fact leaves the partner's timeline and the dashboard at once.
        var timeline = await site.Knowledge.GetTimelineAsync(new TimelineQuery("LA"), Ct);
        Assert.DoesNotContain(timeline.Events, e => e.Id == talks);
        var dashboard = await client.GetStringAsync(new Uri("/", UriKind.Relative), Ct);
        Assert.DoesNotContain($"href=\"/facts/{talks}\"", dashboard, StringComparison.Ordinal);
    }
}
