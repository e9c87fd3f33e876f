using HopTac.Core.Pages;
using HopTac.Storage.Knowledge;
using HopTac.Storage.Tests.Syndication;

namespace HopTac.Storage.Tests.Contracts;

/// <summary>
/// What every store must do with syndicated copies beyond a save: a rebuild of the knowledge base
/// (<see cref="IKnowledgeBase.ReconsolidateAsync"/>) links the pages to their originals afresh, so a copy whose
/// original was replaced counts again, and copies that were never linked (saved before the links existed, or side by
/// side by two processes that did not see each other) stop counting as independent sources.
/// </summary>
public abstract class SyndicationContract : StoreContract
{
    /// <summary>A new, empty page store.</summary>
    protected abstract Task<IPageStore> CreateStoreAsync();

    /// <summary>Drops every link and signature of <paramref name="store"/> behind its back, as a store filled before they existed.</summary>
    protected abstract Task ForgetLinksAsync(IPageStore store);

    private static async Task<IReadOnlyList<string>> CubaTalksSourcesAsync(IPageStore store) =>
        (await store.Knowledge.GetTimelineAsync(new TimelineQuery("CU"), Ct)).Events.SingleOrDefault()?.Sources.Select(s => s.Source).Order(StringComparer.Ordinal).ToList() ?? [];

    [Fact]
    public async Task A_copy_whose_original_was_replaced_counts_again_after_a_rebuild()
    {
        var store = Track(await CreateStoreAsync());
        var original = SyndicatedPages.Original();
        await store.SaveAsync(original, Ct);
        await store.SaveAsync(SyndicatedPages.Copy(1), Ct);
        Assert.Equal([original.Source], await CubaTalksSourcesAsync(store));

        // The agency replaces its story with a notice: the copy still points at the old version and so counts nowhere.
        var notice = new PageRecord { Source = original.Source, Relevant = false, Title = "Bài viết đã được gỡ", Text = "Bài viết này đã được gỡ theo yêu cầu của tác giả." };
        await store.SaveAsync(notice, Ct);
        Assert.Empty(await CubaTalksSourcesAsync(store));

        await store.Knowledge.ReconsolidateAsync(Ct);

        Assert.Equal([SyndicatedPages.Copy(1).Source], await CubaTalksSourcesAsync(store));
    }

    [Fact]
    public async Task Copies_that_were_never_linked_are_linked_by_a_rebuild_and_the_story_counts_once()
    {
        var store = Track(await CreateStoreAsync());
        foreach (var page in new[] { SyndicatedPages.Original(), SyndicatedPages.Copy(1), SyndicatedPages.Copy(2), SyndicatedPages.Independent() })
        {
            await store.SaveAsync(page, Ct);
        }

        await ForgetLinksAsync(store);
        await store.Knowledge.ReconsolidateAsync(Ct);

        // The agency's page (stored first) and the independent report; the two copies are linked to the agency's page.
        Assert.Equal([SyndicatedPages.Independent().Source, SyndicatedPages.Original().Source], await CubaTalksSourcesAsync(store));

        // A second rebuild finds the same links.
        await store.Knowledge.ReconsolidateAsync(Ct);
        Assert.Equal(2, (await CubaTalksSourcesAsync(store)).Count);
    }

    [Fact]
    public async Task The_page_stored_first_stays_the_original_through_a_rebuild_whichever_site_wrote_the_story()
    {
        var store = Track(await CreateStoreAsync());
        await store.SaveAsync(SyndicatedPages.Copy(1), Ct);
        await store.SaveAsync(SyndicatedPages.Original(), Ct);
        await store.SaveAsync(SyndicatedPages.Copy(2), Ct);

        await store.Knowledge.ReconsolidateAsync(Ct);

        Assert.Equal([SyndicatedPages.Copy(1).Source], await CubaTalksSourcesAsync(store));
    }
}
