using HopTac.Core.Extraction.Dates;

namespace HopTac.Core.Tests.Extraction.Events;

/// <summary>
/// Forms found by the session-9 corpus audit of events (docs/accuracy.md, "Events: session-9 notes"): a span written as
/// two consecutive days, links to other articles, aid stopped, Vietnam added as the unnamed side of foreign news, hosts
/// in a guest's visit, a spokesperson's state taken as a side, names matched inside other words, and a day of another
/// year in a relative clause. Sentences composed for the tests.
/// </summary>
public sealed class EventSidesAndSpansTests
{
    [Fact]
    public void Extract_dates_a_visit_over_two_consecutive_days_from_the_first()
    {
        var events = EventExtractorTests.Run("Thủ tướng Ấn Độ Rajiv Mehta thăm chính thức Việt Nam trong hai ngày 22 và 23/9/2018.");

        var visit = Assert.Single(events, e => e.Type == "visit");
        Assert.Equal("2018-09-22/2018-09-23", visit.Date);
    }

    [Fact]
    public void FindAll_keeps_two_days_that_do_not_follow_each_other_apart()
    {
        var dates = DateFinder.FindAll("Hai đoàn làm việc vào các ngày 3 và 28/7/2019.", DateContext.None);

        Assert.DoesNotContain(dates, d => d.Iso.Contains('/', StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_does_not_report_the_title_of_a_linked_article()
    {
        var events = EventExtractorTests.Run("Xem thêm > > > Tổng thống Pháp Emmanuel Macron hội đàm với Thủ tướng Đức Angela Merkel ngày 5/4/2018.");

        Assert.Empty(events);
    }

    [Fact]
    public void Extract_does_not_report_aid_that_was_stopped()
    {
        var events = EventExtractorTests.Run("Nhật Bản ngừng viện trợ 5 triệu USD cho Myanmar từ tháng 3/2021.");

        Assert.DoesNotContain(events, e => e.Type == "aid");
    }

    [Fact]
    public void Extract_does_not_make_vietnam_a_side_of_foreign_news_that_names_no_vietnamese()
    {
        var events = EventExtractorTests.Run("Việt Nam là nơi tổ chức nhiều sự kiện quốc tế. Việt Nam cũng đón nhiều đoàn khách. Ngày 4/5/2019, Tổng thống Pháp Emmanuel Macron hội đàm tại Paris.");

        Assert.DoesNotContain(events, e => e.Actors.Contains("VN"));
    }

    [Fact]
    public void Extract_keeps_vietnam_as_the_unnamed_host_where_a_vietnamese_takes_part_on_the_page()
    {
        var events = EventExtractorTests.Run("Thủ tướng Trần Quốc Bảo chủ trì phiên họp Chính phủ ngày 3/5/2019. Ngày 4/5/2019, Ngoại trưởng Nhật Bản Taro Kono hội kiến Thủ tướng.");

        Assert.Contains(events, e => e.Type == "meeting" && e.Actors.Contains("VN") && e.Actors.Contains("JP"));
    }

    [Fact]
    public void Extract_leaves_the_host_out_of_a_guests_visit()
    {
        var events = EventExtractorTests.Run("Vui mừng trở lại thăm Việt Nam ngày 12/3/2019, Ngoại trưởng Đức Klaus Werner cho biết ông và Phó thủ tướng Lê Văn Tâm đã trao đổi về thương mại.");

        var visit = Assert.Single(events, e => e.Type == "visit");
        Assert.Contains("Klaus Werner", visit.Participants);
        Assert.DoesNotContain("Lê Văn Tâm", visit.Participants);
    }

    [Fact]
    public void Extract_does_not_make_a_spokespersons_state_a_side_of_the_meeting_they_comment_on()
    {
        var events = EventExtractorTests.Run("Người phát ngôn Bộ Ngoại giao Lê Thị Hoa cho rằng việc Tổng thống Mỹ Donald Trump và Chủ tịch Triều Tiên Kim Jong-un gặp gỡ tại Hà Nội ngày 28/2/2019 là bước tiến quan trọng.");

        var meeting = Assert.Single(events, e => e.Type == "meeting");
        Assert.DoesNotContain("VN", meeting.Actors);
        Assert.DoesNotContain("Lê Thị Hoa", meeting.Participants);
    }

    [Fact]
    public void Extract_does_not_find_a_chinese_leader_in_a_company_chairman_or_a_vietnamese_given_name()
    {
        var events = EventExtractorTests.Run("Chủ tịch Trung Quốc Tập Cận Bình phát biểu tại diễn đàn ngày 7/6/2019. Chiều 7/6/2019, Bộ trưởng Phạm Văn Bình đã có cuộc gặp với ông Sergei Orlov, Chủ tịch Tập đoàn dầu khí Nga.");

        var meetings = events.Where(e => e.Type == "meeting").ToList();
        Assert.NotEmpty(meetings);
        Assert.All(meetings, m => Assert.DoesNotContain("Tập Cận Bình", m.Participants));
        Assert.All(meetings, m => Assert.DoesNotContain("CN", m.Actors));
    }

    [Fact]
    public void Extract_dates_a_signing_by_its_own_year_not_by_a_day_of_another_year_in_its_object()
    {
        var events = EventExtractorTests.Run("Mỹ và Việt Nam năm 2008 đã ký thoả thuận quy định những người đến Mỹ trước ngày 12/7/1995 được ở lại.");

        var signing = Assert.Single(events, e => e.Type == "signing");
        Assert.Equal("2008", signing.Date);
    }

    [Fact]
    public void Extract_reads_the_state_a_visitor_called_by_a_pronoun_went_to()
    {
        var events = EventExtractorTests.Run("Cố vấn an ninh Hàn Quốc Park Min-ho kể về chuyến thăm của ông tới Triều Tiên ngày 5/3/2018.");

        var visit = Assert.Single(events, e => e.Type == "visit");
        Assert.Contains("KP", visit.Actors);
        Assert.Contains("KR", visit.Actors);
    }

    [Fact]
    public void Extract_does_not_date_a_summit_by_the_day_it_was_told_of()
    {
        var events = EventExtractorTests.Run("Thủ tướng Canada Paul Martin tiết lộ hôm 2/9/2019 rằng vấn đề thuế đã được thảo luận tại hội nghị thượng đỉnh G7 ở Pháp.");

        Assert.DoesNotContain(events, e => e.Type == "conference" && e.Date == "2019-09-02");
    }

    [Fact]
    public void Extract_does_not_report_a_series_of_trips()
    {
        var events = EventExtractorTests.Run("Phó Tổng thống Mỹ Mike Pence đã có một loạt chuyến công du tới Indonesia và Nhật Bản.");

        Assert.DoesNotContain(events, e => e.Type == "visit");
    }

    [Fact]
    public void Extract_does_not_read_meeting_the_press_as_a_meeting()
    {
        var events = EventExtractorTests.Run("Thủ tướng Trần Quốc Bảo và Thủ tướng Na Uy Erik Lund gặp gỡ báo chí sau hội đàm tại Oslo ngày 24/5/2018.");

        Assert.DoesNotContain(events, e => e.Type == "meeting");
        Assert.Contains(events, e => e.Type == "talks" && e.Date == "2018-05-24");
    }
}
