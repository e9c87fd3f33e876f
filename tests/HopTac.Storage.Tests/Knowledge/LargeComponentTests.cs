using HopTac.Core.Facts;
using HopTac.Core.Pages;
using HopTac.Storage.Tests.Sqlite;

namespace HopTac.Storage.Tests.Knowledge;

/// <summary>
/// Components larger than the engine re-clusters whole on a save (300 mentions) are placed incrementally (issue 14):
/// one person reported by hundreds of pages, his short name, and a namesake with another full name. The pages are
/// composed for this test.
/// </summary>
public sealed class LargeComponentTests
{
    private const int Reports = 420;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_person_reported_by_more_pages_than_a_component_holds_stays_one_fact_apart_from_his_namesake()
    {
        await using var temp = await TempStore.CreateAsync();
        var pages = Enumerable.Range(0, Reports).Select(Page).ToList();
        foreach (var batch in pages.Chunk(60))
        {
            await temp.Store.SaveBatchAsync(batch, Ct);
        }

        var factsOf = """
            SELECT count(DISTINCT b.fact_id) FROM kb_members b JOIN kb_mentions m ON m.key = b.mention_key
            WHERE m.kind = 'p' AND m.type = '{0}'
            """;
        var full = string.Format(System.Globalization.CultureInfo.InvariantCulture, factsOf, "xaysomphone phomvihane");
        var namesake = string.Format(System.Globalization.CultureInfo.InvariantCulture, factsOf, "bounthong phomvihane");
        Assert.Equal(1, temp.Scalar(full));
        Assert.Equal(1, temp.Scalar(namesake));
        Assert.Equal(0, temp.Scalar("""
            SELECT count(*) FROM kb_members a JOIN kb_mentions x ON x.key = a.mention_key
            JOIN kb_members b ON b.fact_id = a.fact_id JOIN kb_mentions y ON y.key = b.mention_key
            WHERE x.type = 'xaysomphone phomvihane' AND y.type = 'bounthong phomvihane'
            """));
        Assert.True(temp.Scalar("SELECT max(c) FROM (SELECT count(*) AS c FROM kb_members GROUP BY fact_id)") > 300, "no group grew past the bound");
        Assert.Equal(0, temp.Scalar("SELECT count(*) FROM kb_mentions m WHERE m.kind = 'p' AND NOT EXISTS (SELECT 1 FROM kb_members b WHERE b.mention_key = m.key)"));

        // A new version of a page in the large group: its person comes back to the same fact.
        var before = temp.Scalar("SELECT b.fact_id FROM kb_members b JOIN kb_mentions m ON m.key = b.mention_key WHERE m.type = 'xaysomphone phomvihane' LIMIT 1");
        await temp.Store.SaveBatchAsync([Page(7) with { Text = Page(7).Text + "\nBài viết được cập nhật." }], Ct);
        Assert.Equal(1, temp.Scalar(full));
        Assert.Equal(before, temp.Scalar("SELECT b.fact_id FROM kb_members b JOIN kb_mentions m ON m.key = b.mention_key WHERE m.type = 'xaysomphone phomvihane' LIMIT 1"));
    }

    // Every tenth page names the namesake, every seventh only the short name; the others the full name.
    private static PageRecord Page(int n)
    {
        var name = n % 10 == 3 ? "Bounthong Phomvihane" : n % 7 == 5 ? "Phomvihane" : "Xaysomphone Phomvihane";
        var sentence = $"Ngày {1 + (n % 28)}/5, ông {name} đã tiếp đoàn đại biểu tỉnh số {n} tại Viêng Chăn.";
        return new PageRecord
        {
            Source = $"tin/lao-tiep-{n}.txt",
            Relevant = true,
            Title = $"Tiếp đoàn đại biểu số {n}",
            Published = "2024-05-20T08:00",
            Text = sentence + "\nHai bên trao đổi về hợp tác giáo dục.",
            People = [new Person(name, "Phó Thủ tướng Lào", "LA", sentence, 0)],
        };
    }
}
