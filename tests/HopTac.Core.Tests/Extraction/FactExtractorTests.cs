using HopTac.Core.Extraction;
using HopTac.Core.Pages;

namespace HopTac.Core.Tests.Extraction;

public sealed class FactExtractorTests
{
    private const string Talks =
        "Sáng 20/4, tại Hà Nội, Bộ trưởng Bộ Ngoại giao Phan Văn Long đã hội đàm với Ngoại trưởng Cộng hòa Ba Lan Piotr Nowak.\n"
        + "Hai bên nhất trí thúc đẩy hợp tác song phương, hướng tới ký kết Hiệp định về hợp tác giáo dục.\n"
        + "Ngoại trưởng Piotr Nowak cảm ơn sự đón tiếp của Bộ Ngoại giao Việt Nam.";

    [Fact]
    public void Extract_fills_relevance_people_and_organisations_of_a_diplomatic_page()
    {
        var record = FactExtractor.Extract(new PageRecord { Source = "composed.txt", Title = "Việt Nam - Ba Lan hội đàm", Text = Talks }, TestContext.Current.CancellationToken);

        Assert.True(record.Relevant);
        Assert.Equal(["Phan Văn Long", "Piotr Nowak"], record.People.Select(p => p.Name));
        Assert.Equal("PL", record.People[1].Country);
        Assert.Contains(record.Organizations, o => o.Name == "Bộ Ngoại giao Việt Nam" && o.Country == "VN");
        Assert.All(record.People, p => Assert.Equal(p.Evidence, Talks.Substring(p.EvidenceStart, p.Evidence.Length)));
    }

    [Fact]
    public void Extract_stops_between_stages_once_its_page_is_given_up()
    {
        using var givenUp = new CancellationTokenSource();
        givenUp.Cancel();
        var page = new PageRecord { Source = "composed.txt", Title = "Việt Nam - Ba Lan hội đàm", Text = Talks };

        Assert.Throws<OperationCanceledException>(() => FactExtractor.Extract(page, givenUp.Token));
        Assert.NotEmpty(FactExtractor.Extract(page, TestContext.Current.CancellationToken).Events);
    }

    [Fact]
    public void Extract_leaves_error_records_alone()
    {
        var failed = PageRecord.Failed("x.txt", "empty file");

        Assert.Same(failed, FactExtractor.Extract(failed, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Extract_gives_an_empty_record_for_empty_text()
    {
        var record = FactExtractor.Extract(new PageRecord { Source = "empty.txt" }, TestContext.Current.CancellationToken);

        Assert.False(record.Relevant);
        Assert.Empty(record.People);
        Assert.Empty(record.Organizations);
    }

    [Fact]
    public void Extract_finds_the_talks_of_a_diplomatic_page_dated_from_the_page()
    {
        var record = FactExtractor.Extract(new PageRecord
        {
            Source = "composed.txt", Title = "Việt Nam - Ba Lan hội đàm", Published = "2025-04-21T08:00", Text = Talks,
        }, TestContext.Current.CancellationToken);

        var talks = Assert.Single(record.Events, e => e.Type == "talks");
        Assert.Equal("2025-04-20", talks.Date);
        Assert.Contains("PL", talks.Actors);
        Assert.Contains("Piotr Nowak", talks.Participants);
    }

    [Fact]
    public void A_page_that_is_not_relevant_carries_no_events_agreements_or_areas()
    {
        const string match =
            "Tối 12/6, đội tuyển bóng đá Việt Nam đã gặp đội tuyển Thái Lan trong trận bán kết tại sân Mỹ Đình.\n"
            + "Huấn luyện viên cho biết toàn đội được hỗ trợ tốt và sẵn sàng cho trận chung kết. Tỷ số chung cuộc là 2-1.";
        var record = FactExtractor.Extract(new PageRecord { Source = "the-thao.txt", Title = "Việt Nam thắng Thái Lan", Text = match }, TestContext.Current.CancellationToken);

        Assert.False(record.Relevant);
        Assert.Empty(record.Events);
        Assert.Empty(record.Agreements);
        Assert.Empty(record.Areas);
    }
}
