using HopTac.Core.Facts;
using HopTac.Core.Pages;
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
    private const string Sentence = "Sáng 12/3, tại Hà Nội, Bộ trưởng Bộ Y tế Việt Nam đã hội đàm với Bộ trưởng Bộ Y tế Cuba.";

    private const string Body =
        "Hai bên đánh giá cao kết quả hợp tác trong lĩnh vực y tế thời gian qua, đặc biệt là sản xuất vắc xin, đào tạo bác sĩ "
        + "và trao đổi chuyên gia giữa các bệnh viện tuyến trung ương của hai nước.\n"
        + "Bộ trưởng Bộ Y tế Cuba cho biết phía bạn sẵn sàng chuyển giao công nghệ sản xuất thuốc điều trị ung thư và hỗ trợ "
        + "Việt Nam xây dựng trung tâm nghiên cứu sinh học tại Thành phố Hồ Chí Minh trong năm tới.\n"
        + "Hai bộ trưởng cũng thống nhất giao các đơn vị chức năng xây dựng kế hoạch hành động giai đoạn 2025-2027, trong đó "
        + "ưu tiên y học cổ truyền, phục hồi chức năng và phòng chống các bệnh truyền nhiễm mới nổi.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static PageRecord Report(string source, string text) => new()
    {
        Source = source,
        Relevant = true,
        Title = "Việt Nam và Cuba tăng cường hợp tác y tế",
        Published = "2025-03-12T10:00",
        Text = text,
        Events = [new EventFact("talks", "2025-03-12", ["VN", "CU"], [], "Hà Nội", Sentence, 0)],
    };

    private static PageRecord Original() => Report("https://ttxvn.example/y-te-cuba.html", Sentence + "\n" + Body + "\nTheo TTXVN");

    // The republishing site puts its own lead line first and its byline last; the body is the agency's.
    private static PageRecord Copy(int n) => Report(
        $"https://bao{n}.example/viet-nam-cuba-y-te.html",
        $"(Báo {n}) - Hai nước bàn việc mở rộng hợp tác y tế.\n" + Sentence + "\n" + Body + $"\nThu Hà {n}");

    private static PageRecord Independent() => Report(
        "https://tapchi.example/cuba.html",
        Sentence + "\nTheo thông tin từ cuộc gặp, Cuba đề nghị Việt Nam cử thêm sinh viên y khoa sang học tập và nghiên cứu tại "
        + "các trường đại học của La Habana, còn Việt Nam mong muốn nhập khẩu một số loại thuốc sinh học do Cuba sản xuất. "
        + "Các chuyên gia cho rằng quan hệ y tế song phương có nhiều tiềm năng nhưng cần cơ chế tài chính ổn định hơn, nhất là "
        + "cho các dự án nghiên cứu chung kéo dài nhiều năm, vốn thường gặp khó khăn khi giải ngân và khi đăng ký sản phẩm mới.");

    [Fact]
    public void A_copy_with_its_own_lead_and_byline_resembles_the_original_and_another_report_does_not()
    {
        var original = TextFingerprint.Of(Original().Text)!;
        Assert.True(TextFingerprint.Resemblance(original, TextFingerprint.Of(Copy(1).Text)) >= TextFingerprint.MinResemblance);
        Assert.True(TextFingerprint.Resemblance(original, TextFingerprint.Of(Copy(2).Text)) >= TextFingerprint.MinResemblance);
        Assert.True(TextFingerprint.Resemblance(original, TextFingerprint.Of(Independent().Text)) < 0.3);
        Assert.Null(TextFingerprint.Of("Hai bên nhất trí tăng cường hợp tác."));
    }

    [Fact]
    public async Task Copies_on_other_sites_are_linked_to_the_first_page_and_their_facts_count_once()
    {
        await using var temp = await TempStore.CreateAsync();
        var first = await temp.Store.SaveAsync(Original(), Ct);
        await temp.Store.SaveAsync(Copy(1), Ct);
        await temp.Store.SaveAsync(Copy(2), Ct);
        await temp.Store.SaveAsync(Independent(), Ct);

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
        await temp.Store.SaveAsync(Original(), Ct);
        await temp.Store.SaveAsync(Original() with { Text = Original().Text + "\nCập nhật lúc 11 giờ." }, Ct);

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
