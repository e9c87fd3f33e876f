using HopTac.Core.Facts;

namespace HopTac.Core.Tests.Extraction.Events;

/// <summary>
/// The false events the corpus audit of session 5 found most often in world news: events called off, refused or only
/// thought of; a statement's date taken for the event's; venues and third states as sides; undated events that are
/// only talked about; leaders with compatriots. Every page here is composed for the test.
/// </summary>
public sealed class CorpusPrecisionTests
{
    private static IReadOnlyList<EventFact> Run(string text, DateOnly? pageDate = null) => EventExtractorTests.Run(text, pageDate);

    [Theory]
    [InlineData("Ngày 14/3, Tổng thống Brazil Lucas Pereira bất ngờ huỷ cuộc gặp với Thủ tướng Canada Mark Dubois.")]
    [InlineData("Ngày 14/3, Tổng thống Brazil Lucas Pereira từ chối điện đàm với Thủ tướng Canada Mark Dubois.")]
    [InlineData("Ngày 14/3, Tổng thống Brazil Lucas Pereira cho rằng cuộc gặp với Thủ tướng Canada Mark Dubois nên diễn ra sớm hơn.")]
    [InlineData("Ngày 14/3, Tổng thống Brazil Lucas Pereira có thể gặp Thủ tướng Canada Mark Dubois.")]
    public void An_event_called_off_refused_or_only_possible_is_no_event(string sentence)
    {
        Assert.DoesNotContain(Run(sentence), e => e.Type is "meeting" or "call");
    }

    [Fact]
    public void The_date_of_a_statement_is_not_the_date_of_the_summit_it_speaks_of()
    {
        var events = Run("Ngày 22/2, Tổng thống Brazil Lucas Pereira tuyên bố ông sẽ có cuộc gặp với Thủ tướng Canada Mark Dubois vào ngày 27/2.");

        var meeting = Assert.Single(events, e => e.Type == "meeting");
        Assert.Equal("--02-27", meeting.Date);
    }

    [Fact]
    public void The_venue_of_a_summit_between_two_leaders_is_not_one_of_its_sides()
    {
        var events = Run("Ngày 12/6, Tổng thống Brazil Lucas Pereira đã gặp Thủ tướng Canada Mark Dubois tại Singapore, sau khi Nhật Bản đề nghị làm trung gian.");

        var meeting = Assert.Single(events, e => e.Type == "meeting");
        Assert.DoesNotContain("SG", meeting.Actors);
        Assert.Contains("BR", meeting.Actors);
        Assert.Contains("CA", meeting.Actors);
    }

    [Fact]
    public void An_undated_summit_that_is_only_talked_about_is_no_event()
    {
        var events = Run("Các nhà phân tích nhận định Brasilia và Ottawa đã đạt nhiều thoả thuận nhờ kết quả hội đàm thượng đỉnh Brazil - Canada.");

        Assert.Empty(events);
    }

    [Fact]
    public void An_undated_anchor_adds_to_the_summit_the_page_reports_without_a_second_record()
    {
        var events = Run(
            "Ngày 12/6, Tổng thống Brazil Lucas Pereira đã hội đàm với Thủ tướng Canada Mark Dubois tại Brasilia.\n" +
            "Sau cuộc hội đàm với Thủ tướng Canada Mark Dubois, Tổng thống Brazil Lucas Pereira tuyên bố hai nước sẽ tăng cường hợp tác.");

        var talks = Assert.Single(events, e => e.Type == "talks");
        Assert.Equal("--06-12", talks.Date);
    }

    [Fact]
    public void A_leader_meeting_compatriots_abroad_is_no_diplomatic_meeting()
    {
        var events = Run("Chiều 14/3, trong chuyến thăm Canada, Thủ tướng Trần Quốc Bảo đã gặp gỡ đại diện cộng đồng người Việt Nam tại Ottawa.");

        Assert.DoesNotContain(events, e => e.Type == "meeting");
    }

    [Fact]
    public void Whoever_welcomes_the_guests_is_the_host_not_a_visitor()
    {
        var events = Run("Ngày 6/5, Phó Chủ tịch nước Phạm Thị Lan nhiệt liệt chào mừng Thủ tướng Canada Mark Dubois thăm chính thức Việt Nam.");

        var visit = Assert.Single(events, e => e.Type == "visit");
        Assert.DoesNotContain("Phạm Thị Lan", visit.Participants);
    }
}
