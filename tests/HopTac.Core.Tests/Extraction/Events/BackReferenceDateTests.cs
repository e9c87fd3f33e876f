using HopTac.Core.Extraction.Agreements;
using HopTac.Core.Extraction.Dates;
using HopTac.Core.Extraction.Events;
using HopTac.Core.Extraction.People;
using HopTac.Core.Extraction.Sentences;
using HopTac.Core.Facts;

namespace HopTac.Core.Tests.Extraction.Events;

public sealed class BackReferenceDateTests
{
    private static (IReadOnlyList<EventFact> Events, IReadOnlyList<AgreementFact> Agreements) Run(string text)
    {
        var sentences = SentenceSplitter.Split(text);
        var events = EventExtractor.Extract(sentences, PersonExtractor.Extract(sentences), DateContext.None);
        return (events, AgreementExtractor.Extract(sentences, events, DateContext.None));
    }

    [Fact]
    public void A_signing_during_a_visit_takes_the_range_of_the_visit()
    {
        var (events, agreements) = Run(
            "Từ ngày 15 đến 17/5/2023, Phó Thủ tướng Lào Sonexay Siphandone có chuyến thăm chính thức Việt Nam.\n" +
            "Trong chuyến thăm, hai bên đã ký Hiệp định hợp tác về phòng chống thiên tai giữa Việt Nam và Lào.");

        Assert.Equal("2023-05-15/2023-05-17", Assert.Single(events, e => e.Type == "visit").Date);
        Assert.Equal("2023-05-15/2023-05-17", Assert.Single(events, e => e.Type == "signing").Date);
        Assert.Equal("2023-05-15/2023-05-17", Assert.Single(agreements, a => a.Type == "agreement").Date);
    }

    [Fact]
    public void A_signing_at_the_talks_takes_the_day_of_the_talks()
    {
        var (events, agreements) = Run(
            "Chiều 8/10/2024, tại Hà Nội, Bộ trưởng Bộ Khoa học và Công nghệ Nguyễn Văn Hùng đã hội đàm với Bộ trưởng Giáo dục Belarus Andrei Ivanets.\n" +
            "Tại buổi hội đàm, hai bên đã ký Bản ghi nhớ hợp tác giữa hai Bộ trong lĩnh vực đào tạo.");

        Assert.Equal("2024-10-08", Assert.Single(events, e => e.Type == "talks").Date);
        Assert.Equal("2024-10-08", Assert.Single(events, e => e.Type == "signing").Date);
        Assert.Equal("2024-10-08", Assert.Single(agreements, a => a.Type == "memorandum").Date);
    }

    [Fact]
    public void On_this_occasion_dates_a_signing_by_the_latest_event_told()
    {
        var (events, _) = Run(
            "Ngày 21/3/2022, Thủ tướng Phạm Minh Chính đã tiếp Bộ trưởng Ngoại giao Campuchia Prak Sokhonn.\n" +
            "Nhân dịp này, hai bên đã ký kết các văn kiện hợp tác về thương mại và giao thông với Campuchia.");

        Assert.Equal("2022-03-21", Assert.Single(events, e => e.Type == "signing").Date);
    }

    [Fact]
    public void A_back_reference_to_no_event_on_the_page_leaves_the_signing_undated()
    {
        var (events, agreements) = Run(
            "Hợp tác giữa Việt Nam và Nhật Bản trong lĩnh vực y tế ngày càng sâu rộng.\n" +
            "Trong chuyến thăm, hai bên đã ký Bản ghi nhớ hợp tác về y tế giữa Việt Nam và Nhật Bản.");

        Assert.Null(Assert.Single(events, e => e.Type == "signing").Date);
        Assert.Null(Assert.Single(agreements, a => a.Type == "memorandum").Date);
    }

    [Fact]
    public void A_signing_dated_by_its_own_sentence_keeps_its_own_date()
    {
        var (events, agreements) = Run(
            "Từ ngày 10 đến 14/4/2024, Bộ trưởng Bộ Y tế Đào Hồng Lan có chuyến thăm chính thức Hungary.\n" +
            "Trong chuyến thăm, ngày 12/4/2024, hai bên đã ký Bản ghi nhớ hợp tác y tế giữa Việt Nam và Hungary.");

        Assert.Equal("2024-04-12", Assert.Single(events, e => e.Type == "signing").Date);
        Assert.Equal("2024-04-12", Assert.Single(agreements, a => a.Type == "memorandum").Date);
    }

    [Fact]
    public void A_talk_dated_later_in_the_page_replaces_the_borrowed_visit_range()
    {
        var (events, _) = Run(
            "Từ ngày 3 đến 6/9/2023, Chủ tịch Quốc hội Vương Đình Huệ có chuyến thăm chính thức Indonesia.\n" +
            "Trong chuyến thăm, Chủ tịch Quốc hội đã hội đàm với Chủ tịch Hạ viện Indonesia Puan Maharani.\n" +
            "Cuộc hội đàm với Chủ tịch Hạ viện Indonesia Puan Maharani diễn ra ngày 4/9/2023.");

        Assert.Equal("2023-09-04", Assert.Single(events, e => e.Type == "talks").Date);
    }

    [Fact]
    public void A_planned_signing_does_not_borrow_the_visit_date()
    {
        var (events, _) = Run(
            "Ngày 2/11/2023, Thủ tướng Australia Anthony Albanese có chuyến thăm chính thức Việt Nam.\n" +
            "Trong chuyến thăm, hai bên sẽ ký Hiệp định hợp tác về năng lượng giữa Việt Nam và Australia.");

        Assert.DoesNotContain(events, e => e.Type == "signing");
    }

    [Fact]
    public void A_meeting_at_this_conference_takes_the_day_of_the_conference()
    {
        var (events, _) = Run(
            "Ngày 12/11/2023, Chủ tịch nước Võ Văn Thưởng dự Hội nghị cấp cao APEC tại San Francisco, Hoa Kỳ.\n" +
            "Tại hội nghị này, Chủ tịch nước đã gặp Tổng thống Hoa Kỳ Joe Biden.");

        Assert.Equal("2023-11-12", Assert.Single(events, e => e.Type == "meeting").Date);
    }

    [Fact]
    public void A_back_reference_after_the_story_moved_to_another_date_does_not_borrow_the_earlier_one()
    {
        var (events, _) = Run(
            "Ngày 16/5/2023, Thủ tướng Phạm Minh Chính dự Hội nghị cấp cao ASEAN tại Jakarta.\n" +
            "Từ ngày 20 đến 21/5/2023, Thủ tướng tham dự phiên họp mở rộng của nhóm G7 tại Hiroshima.\n" +
            "Tại hội nghị này, Thủ tướng đã gặp Thủ tướng Canada Justin Trudeau.");

        Assert.Null(Assert.Single(events, e => e.Type == "meeting").Date);
    }
}
