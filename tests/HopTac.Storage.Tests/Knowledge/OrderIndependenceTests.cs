using HopTac.Tests.Common;
using System.Globalization;
using HopTac.Core.Pages;
using HopTac.Storage.Tests.Sqlite;

namespace HopTac.Storage.Tests.Knowledge;

/// <summary>The knowledge base is a function of the set of current pages: arrival order and superseded versions leave no trace.</summary>
public sealed class OrderIndependenceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Final versions, plus earlier versions (other text: the store keys versions by content) that later saves supersede.
    private static readonly PageRecord[] Final =
    [
        KbPages.Visit(1),
        KbPages.Visit(2, date: "2024-04-09"),
        KbPages.Visit(3),
        KbPages.Visit(5, extra: "Ảnh: Quang Hòa."),
        KbPages.CubaSigning(),
    ];

    private static readonly PageRecord[] Superseded =
    [
        KbPages.Visit(2, extra: "Bản tin đầu."),
        KbPages.CubaSigning() with { Text = KbPages.CubaSigning().Text + "\nTin cũ.", Events = [] },
    ];

    [Fact]
    public async Task Any_arrival_order_with_superseded_versions_gives_the_knowledge_base_of_the_final_pages()
    {
        await using var reference = await TempStore.CreateAsync();
        foreach (var page in Final)
        {
            await reference.Store.SaveAsync(page, Ct);
        }

        var expected = Dump(reference);
        Assert.Contains(expected, line => line.StartsWith("e|", StringComparison.Ordinal) && line.Split("tin/").Length > 3);

        var random = new Random(20240410);
        for (var round = 0; round < 8; round++)
        {
            await using var temp = await TempStore.CreateAsync();
            var order = Final.OrderBy(_ => random.Next()).ToList();
            foreach (var old in Superseded)
            {
                // An old version arrives before its source's final one.
                var final = order.FindIndex(p => p.Source == old.Source);
                order.Insert(random.Next(final + 1), old);
            }

            foreach (var page in order)
            {
                await temp.Store.SaveAsync(page, Ct);
            }

            Assert.Equal(expected, Dump(temp));
            await temp.Store.Knowledge.ReconsolidateAsync(Ct);
            Assert.Equal(expected, Dump(temp));
        }
    }

    private static List<string> Dump(TempStore temp)
    {
        using var connection = temp.OpenRaw();
        return KnowledgeDump.Lines(connection);
    }
}
