using HopTac.Storage.Knowledge;
using HopTac.Storage.Syndication;
using HopTac.Storage.Tests.Sqlite;
using Microsoft.Data.Sqlite;

namespace HopTac.Storage.Tests.Syndication;

/// <summary>
/// One agency story republished by other sites with its own lead and byline (pages composed for these tests), and an
/// independent report of the same event written in other words: the copies are linked to the first page and add no
/// source to the knowledge base, the independent report does.
/// </summary>
public sealed class SyndicatedCopiesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void A_copy_with_its_own_lead_and_byline_resembles_the_original_and_another_report_does_not()
    {
        var original = TextFingerprint.Of(SyndicatedPages.Original().Text)!;
        Assert.True(TextFingerprint.Resemblance(original, TextFingerprint.Of(SyndicatedPages.Copy(1).Text)) >= TextFingerprint.MinResemblance);
        Assert.True(TextFingerprint.Resemblance(original, TextFingerprint.Of(SyndicatedPages.Copy(2).Text)) >= TextFingerprint.MinResemblance);
        Assert.True(TextFingerprint.Resemblance(original, TextFingerprint.Of(SyndicatedPages.Independent().Text)) < 0.3);
        Assert.Null(TextFingerprint.Of("Hai bên nhất trí tăng cường hợp tác."));
    }

    [Fact]
    public async Task Copies_on_other_sites_are_linked_to_the_first_page_and_their_facts_count_once()
    {
        await using var temp = await TempStore.CreateAsync();
        var first = await temp.Store.SaveAsync(SyndicatedPages.Original(), Ct);
        await temp.Store.SaveAsync(SyndicatedPages.Copy(1), Ct);
        await temp.Store.SaveAsync(SyndicatedPages.Copy(2), Ct);
        await temp.Store.SaveAsync(SyndicatedPages.Independent(), Ct);

        Assert.Equal(2, await CountAsync(temp.FilePath, "SELECT count(*) FROM page_fingerprints WHERE original_id = " + first.PageId + " AND page_id <> original_id"));
        Assert.Equal(2, await CountAsync(temp.FilePath, "SELECT count(*) FROM page_fingerprints WHERE original_id = page_id"));

        // One event, supported by the agency's page and the independent report: two sources, not four.
        var timeline = await temp.Store.Knowledge.GetTimelineAsync(new TimelineQuery("CU"), Ct);
        var talks = Assert.Single(timeline.Events);
        Assert.Equal(2, talks.Sources.Select(s => s.Page).Distinct().Count());

        // A rebuild of the knowledge base keeps the copies out too.
        await temp.Store.Knowledge.ReconsolidateAsync(Ct);
        timeline = await temp.Store.Knowledge.GetTimelineAsync(new TimelineQuery("CU"), Ct);
        Assert.Equal(2, Assert.Single(timeline.Events).Sources.Count);
    }

    [Fact]
    public async Task The_same_text_saved_again_under_its_own_source_is_not_a_copy_of_itself()
    {
        await using var temp = await TempStore.CreateAsync();
        await temp.Store.SaveAsync(SyndicatedPages.Original(), Ct);
        await temp.Store.SaveAsync(SyndicatedPages.Original() with { Text = SyndicatedPages.Original().Text + "\nCập nhật lúc 11 giờ." }, Ct);

        Assert.Equal(0, await CountAsync(temp.FilePath, "SELECT count(*) FROM page_fingerprints WHERE page_id <> original_id"));
        var timeline = await temp.Store.Knowledge.GetTimelineAsync(new TimelineQuery("CU"), Ct);
        Assert.Single(Assert.Single(timeline.Events).Sources);
    }

    private static async Task<long> CountAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }
}
