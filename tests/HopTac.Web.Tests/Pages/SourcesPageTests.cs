using System.Net;
using HopTac.Storage.Sqlite.Crawling;
using HopTac.Web.Tests.Support;

namespace HopTac.Web.Tests.Pages;

public sealed class SourcesPageTests : IAsyncLifetime
{
    private TestSite site = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => site = await TestSite.StartAsync();

    public async ValueTask DisposeAsync() => await site.DisposeAsync();

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string handler, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(new Uri("/admin/sources", UriKind.Relative), Ct);
        fields["__RequestVerificationToken"] = TestSite.AntiforgeryToken(page);
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri($"/admin/sources?handler={handler}", UriKind.Relative), content, Ct);
    }

    [Fact]
    public async Task An_admin_adds_a_source_sees_it_listed_in_Vietnamese_and_pauses_it()
    {
        using var client = await site.SignedInAsync("admin", TestSite.AdminPassword);
        using var added = await PostAsync(client, "Add", new() { ["url"] = "https://bao.example.vn/rss/the-gioi.rss", ["kind"] = "feed", ["name"] = "Báo mẫu - Thế giới", ["minutes"] = "45" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var page = await client.GetStringAsync(new Uri("/admin/sources", UriKind.Relative), Ct);
        Assert.Contains("Báo mẫu - Thế giới", page, StringComparison.Ordinal);
        Assert.Contains("Nguồn tin RSS/Atom", page, StringComparison.Ordinal);
        Assert.Contains("Chưa lần nào", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Kind_", page, StringComparison.Ordinal);

        await using var crawl = await SqliteCrawlStore.OpenAsync(site.Store.FilePath, TimeProvider.System, Ct);
        var source = Assert.Single(await crawl.ListSourcesAsync(Ct)).Source;
        Assert.Equal(TimeSpan.FromMinutes(45), source.Every);
        using var paused = await PostAsync(client, "Pause", new() { ["id"] = source.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["paused"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, paused.StatusCode);
        Assert.True(Assert.Single(await crawl.ListSourcesAsync(Ct)).Source.Paused);
    }

    [Fact]
    public async Task A_source_without_an_http_address_is_refused()
    {
        using var client = await site.SignedInAsync("admin", TestSite.AdminPassword);
        using var refused = await PostAsync(client, "Add", new() { ["url"] = "ftp://bao.example.vn/tin", ["kind"] = "feed" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task A_viewer_cannot_open_the_sources_page()
    {
        using var client = await site.SignedInAsync("viewer", TestSite.ViewerPassword);
        using var response = await client.GetAsync(new Uri("/admin/sources", UriKind.Relative), Ct);
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
