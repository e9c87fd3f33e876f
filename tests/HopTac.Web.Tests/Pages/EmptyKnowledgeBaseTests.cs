using System.Net;
using System.Text.Json;
using HopTac.Web.Tests.Support;

namespace HopTac.Web.Tests.Pages;

/// <summary>A new store: no page, so the knowledge base holds nothing, and every page still renders and says so.</summary>
public sealed class EmptyKnowledgeBaseTests : IAsyncLifetime
{
    private TestSite site = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => site = await TestSite.StartAsync(pages: []);

    public async ValueTask DisposeAsync() => await site.DisposeAsync();

    [Fact]
    public async Task The_dashboard_says_there_are_no_consolidated_facts_yet()
    {
        using var client = await site.SignedInAsync("viewer", TestSite.ViewerPassword);
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative), Ct);
        Assert.Contains("id=\"no-events\"", html, StringComparison.Ordinal);
        Assert.Contains("Chưa có dữ kiện hợp nhất", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partner_pages_render_empty_with_a_note()
    {
        using var client = await site.SignedInAsync("viewer", TestSite.ViewerPassword);
        var list = await client.GetStringAsync(new Uri("/partners", UriKind.Relative), Ct);
        Assert.Contains("id=\"no-partners\"", list, StringComparison.Ordinal);

        using var response = await client.GetAsync(new Uri("/partners/LA", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("id=\"no-facts\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"events\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_answers_with_empty_lists()
    {
        using var client = site.WithToken(site.ViewerToken);
        var dashboard = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/dashboard", UriKind.Relative), Ct)).RootElement;
        Assert.Equal(0, dashboard.GetProperty("latest_events").GetArrayLength());
        Assert.Equal(0, dashboard.GetProperty("partners").GetArrayLength());
        Assert.Equal(0, dashboard.GetProperty("facts").GetProperty("events").GetInt32());

        var timeline = await client.GetStringAsync(new Uri("/api/partners/LA/timeline", UriKind.Relative), Ct);
        Assert.Equal("{\"partner\":\"LA\",\"events\":[],\"agreements\":[],\"figures\":[]}", timeline);
    }
}
