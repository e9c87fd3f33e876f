using HopTac.Core.Pages;
using HopTac.Storage.Tests.Knowledge;
using HopTac.Tests.Common;

namespace HopTac.Storage.Tests.Sqlite;

/// <summary>Many pages in one transaction: the same pages, outcomes and knowledge base as one save per page.</summary>
public sealed class SaveBatchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // A second version of a page and of the signing inside the same batch exercise the old-version path of a batch.
    private static PageRecord[] Pages() =>
    [
        KbPages.Visit(2, extra: "Bản tin đầu."),
        KbPages.Visit(1),
        KbPages.CubaSigning() with { Text = KbPages.CubaSigning().Text + "\nTin cũ.", Events = [] },
        KbPages.Visit(2, date: "2024-04-09"),
        KbPages.Visit(3),
        KbPages.CubaSigning(),
        KbPages.Visit(5, extra: "Ảnh: Quang Hòa."),
        HopTac.Storage.Tests.Sqlite.Pages.Health(),
        HopTac.Storage.Tests.Sqlite.Pages.Trade(),
        KbPages.Visit(1),
    ];

    [Fact]
    public async Task A_batch_stores_the_pages_outcomes_and_knowledge_base_that_one_save_per_page_stores()
    {
        await using var single = await TempStore.CreateAsync();
        var expectedOutcomes = new List<SaveOutcome>();
        foreach (var page in Pages())
        {
            expectedOutcomes.Add((await single.Store.SaveAsync(page, Ct)).Outcome);
        }

        await using var batched = await TempStore.CreateAsync();
        var results = await batched.Store.SaveBatchAsync(Pages(), Ct);

        Assert.Equal(expectedOutcomes, results.Select(r => r.Outcome));
        Assert.Contains(SaveOutcome.NewVersion, expectedOutcomes);
        Assert.Equal(Dump(single), Dump(batched));
        Assert.NotEmpty(Dump(batched));
        Assert.Equal(single.Scalar("SELECT count(*) FROM pages"), batched.Scalar("SELECT count(*) FROM pages"));
    }

    [Fact]
    public async Task Batches_of_any_size_and_a_rebuild_give_the_same_knowledge_base()
    {
        await using var reference = await TempStore.CreateAsync();
        await reference.Store.SaveBatchAsync(Pages(), Ct);
        var expected = Dump(reference);

        foreach (var size in new[] { 1, 2, 3, 4 })
        {
            await using var temp = await TempStore.CreateAsync();
            foreach (var chunk in Pages().Chunk(size))
            {
                await temp.Store.SaveBatchAsync(chunk, Ct);
            }

            Assert.Equal(expected, Dump(temp));
            await temp.Store.Knowledge.ReconsolidateAsync(Ct);
            Assert.Equal(expected, Dump(temp));
        }
    }

    [Fact]
    public async Task A_page_the_store_fails_on_is_rejected_with_a_reason_and_the_rest_of_its_batch_is_stored()
    {
        await using var temp = await TempStore.CreateAsync();
        using (var raw = temp.OpenRaw())
        {
            // A fault behind the store's back: any page titled "hỏng" makes the insert fail.
            using var trigger = raw.CreateCommand();
            trigger.CommandText = "CREATE TRIGGER broken BEFORE INSERT ON pages WHEN NEW.title = 'hỏng' BEGIN SELECT RAISE(ABORT, 'injected fault'); END;";
            trigger.ExecuteNonQuery();
        }

        var bad = KbPages.Visit(4) with { Title = "hỏng" };
        var results = await temp.Store.SaveBatchAsync([KbPages.Visit(1), bad, KbPages.Visit(3)], Ct);

        Assert.Equal([SaveOutcome.New, SaveOutcome.Rejected, SaveOutcome.New], results.Select(r => r.Outcome));
        Assert.Contains("injected fault", results[1].Reason, StringComparison.Ordinal);
        Assert.Equal(2, temp.Scalar("SELECT count(*) FROM pages"));
        Assert.True(temp.Scalar("SELECT count(*) FROM kb_mentions") > 0);
    }

    [Fact]
    public async Task Two_stores_writing_one_file_at_once_lose_and_double_no_page()
    {
        await using var first = await TempStore.CreateAsync();
        await using var second = await SqlitePageStoreOn(first.FilePath);
        var pages = Enumerable.Range(0, 60).Select(i => Numbered(i)).ToList();

        // Both writers save every page, in opposite orders and batches of different sizes.
        var a = Task.Run(async () => { foreach (var chunk in pages.Chunk(7)) { await first.Store.SaveBatchAsync(chunk, Ct); } }, Ct);
        var b = Task.Run(async () => { foreach (var chunk in Enumerable.Reverse(pages).Chunk(5)) { await second.SaveBatchAsync(chunk, Ct); } }, Ct);
        await Task.WhenAll(a, b);

        Assert.Equal(60, first.Scalar("SELECT count(*) FROM pages"));
        Assert.Equal(60, first.Scalar("SELECT count(DISTINCT source_id) FROM pages"));
        Assert.Equal(60, first.Scalar("SELECT count(*) FROM pages_fts"));
    }

    private static PageRecord Numbered(int i) => new()
    {
        Source = $"tin/so-{i}.txt",
        Title = $"Tin số {i}",
        Text = $"Bộ trưởng Ngoại giao tiếp Đại sứ lần thứ {i} tại Hà Nội ngày 10/4/2024.",
        Published = "2024-04-10",
        Relevant = true,
    };

    private static Task<HopTac.Storage.Sqlite.SqlitePageStore> SqlitePageStoreOn(string path) =>
        HopTac.Storage.Sqlite.SqlitePageStore.OpenAsync(path, TempStore.Clock, Ct);

    private static List<string> Dump(TempStore temp)
    {
        using var connection = temp.OpenRaw();
        return KnowledgeDump.Lines(connection);
    }
}
