using HopTac.Storage.Crawling;

namespace HopTac.Storage.Tests.Contracts;

/// <summary>
/// What every <see cref="ICrawlStore"/> must do, against the interface only: sources, the frontier's states and due
/// order, bodies kept between fetch and ingest, validators for the next conditional GET, and host leases that let
/// several crawlers share the store.
/// </summary>
public abstract class CrawlStoreContract : StoreContract
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A new crawl store with nothing in it; the suite disposes what it tracks.</summary>
    protected abstract Task<ICrawlStore> CreateStoreAsync();

    private static NewUrl Article(string path, long? source = null) => new("https://tin.example" + path, "tin.example", UrlKind.Article, source);

    private static FetchLogEntry Log(string url, int status = 200) => new(url, "tin.example", null, Noon, status, 10, 5, "ok", null);

    [Fact]
    public async Task A_source_is_added_once_listed_paused_and_removed()
    {
        var store = Track(await CreateStoreAsync());

        var added = await store.AddSourceAsync("https://tin.example/rss.xml", "Thế giới", SourceKind.Feed, TimeSpan.FromMinutes(30), Ct);
        var again = await store.AddSourceAsync("https://tin.example/rss.xml", "Tên khác", SourceKind.Section, TimeSpan.FromHours(1), Ct);

        Assert.Equal((added.Id, "Thế giới", SourceKind.Feed), (again.Id, again.Name, again.Kind));
        Assert.True(await store.SetPausedAsync(added.Id, true, Ct));
        var listed = Assert.Single(await store.ListSourcesAsync(Ct));
        Assert.True(listed.Source.Paused);
        Assert.Empty(await store.DueSourcesAsync(DateTimeOffset.UtcNow.AddDays(1), Ct));
        Assert.True(await store.RemoveSourceAsync(added.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Ct));
        Assert.False(await store.RemoveSourceAsync("https://tin.example/rss.xml", Ct));
    }

    [Fact]
    public async Task Urls_are_enqueued_once_and_come_due_sources_first_then_by_due_time_on_a_host_when_asked()
    {
        var store = Track(await CreateStoreAsync());
        var source = await store.AddSourceAsync("https://tin.example/the-gioi", "Thế giới", SourceKind.Section, TimeSpan.FromMinutes(30), Ct);

        Assert.Equal(2, await store.EnqueueAsync([Article("/a.html"), Article("/b.html"), Article("/a.html")], Noon, Ct));
        Assert.Equal(1, await store.EnqueueAsync([new NewUrl(source.Url, "tin.example", UrlKind.Section, source.Id)], Noon.AddMinutes(1), Ct));
        Assert.Equal(1, await store.EnqueueAsync([new NewUrl("https://khac.example/c.html", "khac.example", UrlKind.Article, null)], Noon, Ct));

        var due = await store.DueAsync(Noon.AddMinutes(1), 10, null, Ct);
        Assert.Equal(source.Url, due[0].Url);
        Assert.Equal(4, due.Count);
        Assert.Equal(["https://tin.example/a.html", "https://tin.example/b.html", "https://tin.example/the-gioi"],
            (await store.DueAsync(Noon.AddMinutes(1), 10, "tin.example", Ct)).Select(e => e.Url).Order(StringComparer.Ordinal));
        Assert.Equal(3, (await store.DueAsync(Noon, 10, null, Ct)).Count);
        Assert.Equal(Noon, await store.NextDueAtAsync(Ct));
    }

    [Fact]
    public async Task A_fetched_body_waits_for_its_ingest_and_its_validators_serve_the_next_conditional_request()
    {
        var store = Track(await CreateStoreAsync());
        await store.EnqueueAsync([Article("/a.html"), Article("/b.html")], Noon, Ct);
        var entry = (await store.DueAsync(Noon, 10, null, Ct))[0];

        await store.RecordFetchedAsync(entry, new FetchedBody(200, "text/html; charset=utf-8", "\"v1\"", "Sun, 06 Dec 2026 11:00:00 GMT", entry.Url, [1, 2, 3]), Log(entry.Url), Ct);

        var left = Assert.Single(await store.FetchedAsync(10, null, Ct));
        Assert.Equal(entry.Url, left.Url);
        Assert.Equal([1, 2, 3], left.Body!);
        Assert.Empty(await store.FetchedAsync(10, "khac.example", Ct));
        Assert.Single(await store.DueAsync(Noon, 10, null, Ct));

        await store.CompleteAsync(entry.Url, UrlState.Done, "abc", 7, Noon.AddHours(1), TimeSpan.FromHours(1), null, Ct);
        var done = (await store.GetAsync(entry.Url, Ct))!;
        Assert.Equal((UrlState.Done, "\"v1\"", "Sun, 06 Dec 2026 11:00:00 GMT", "abc", 1), (done.State, done.ETag, done.LastModified, done.ContentHash, done.Attempts));
        Assert.Null(done.Body);
        Assert.Equal(entry.Url, await store.FindByHashAsync("abc", "https://tin.example/b.html", Ct));
        Assert.Null(await store.FindByHashAsync("abc", entry.Url, Ct));

        await store.RecordOutcomeAsync(done, UrlState.Done, Noon.AddHours(3), TimeSpan.FromHours(2), 304, null, Log(entry.Url, 304), Ct);
        Assert.DoesNotContain(await store.DueAsync(Noon.AddHours(2), 10, null, Ct), e => e.Url == entry.Url);
        Assert.Contains(await store.DueAsync(Noon.AddHours(3), 10, null, Ct), e => e.Url == entry.Url && e.Revisit == TimeSpan.FromHours(2));
        var counts = await store.CountByStateAsync(Ct);
        Assert.Equal((1L, 1L), (counts[UrlState.Done], counts[UrlState.Pending]));
        Assert.Equal([304, 200], (await store.RecentFetchesAsync(10, Ct)).Select(f => f.Status));
    }

    [Fact]
    public async Task A_host_lease_is_refused_while_another_holds_it_and_taken_when_it_lapses_is_released_or_its_holder_died()
    {
        var store = Track(await CreateStoreAsync());
        var until = Noon.AddMinutes(1);

        var first = await store.LeaseHostAsync("tin.example", "một", Noon, until, null, Ct);
        Assert.Equal(("một", (string?)null), (first.Holder, first.Previous));
        Assert.Equal("một", (await store.LeaseHostAsync("tin.example", "hai", Noon.AddSeconds(30), until, null, Ct)).Holder);
        var renewed = await store.LeaseHostAsync("tin.example", "một", Noon.AddSeconds(30), until.AddMinutes(1), null, Ct);
        Assert.Equal(("một", (string?)null), (renewed.Holder, renewed.Previous));

        // Lapsed: the renewal ran to Noon + 2 min.
        var taken = await store.LeaseHostAsync("tin.example", "hai", Noon.AddMinutes(2), Noon.AddMinutes(3), null, Ct);
        Assert.Equal(("hai", "một"), (taken.Holder, taken.Previous));

        // Released by its holder (a release by another is ignored), then free at once.
        await store.ReleaseHostsAsync(["tin.example"], "một", Noon.AddMinutes(2), Ct);
        Assert.Equal("hai", (await store.LeaseHostAsync("tin.example", "ba", Noon.AddMinutes(2), Noon.AddMinutes(4), null, Ct)).Holder);
        await store.ReleaseHostsAsync(["tin.example"], "hai", Noon.AddMinutes(2), Ct);
        Assert.Equal("ba", (await store.LeaseHostAsync("tin.example", "ba", Noon.AddMinutes(2), Noon.AddMinutes(4), null, Ct)).Holder);

        // Held and live, but by a holder known to be dead.
        Assert.Equal("ba", (await store.LeaseHostAsync("tin.example", "bốn", Noon.AddMinutes(2), Noon.AddMinutes(5), null, Ct)).Holder);
        var replaced = await store.LeaseHostAsync("tin.example", "bốn", Noon.AddMinutes(2), Noon.AddMinutes(5), "ba", Ct);
        Assert.Equal(("bốn", "ba"), (replaced.Holder, replaced.Previous));
    }
}
