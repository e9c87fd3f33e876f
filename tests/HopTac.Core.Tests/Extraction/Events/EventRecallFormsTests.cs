namespace HopTac.Core.Tests.Extraction.Events;

/// <summary>
/// Forms found by the session-7 corpus audits (docs/accuracy.md): a visit reported by the plain verb "thăm" and a
/// state, a meeting after a coordinated clause of intent, a date inside an opening "Theo ..." phrase, and events named
/// only as the object of a comment. Sentences composed for the tests.
/// </summary>
public sealed class EventRecallFormsTests
{
    [Fact]
    public void Extract_reads_the_plain_verb_tham_and_a_state_as_a_visit()
    {
        var events = EventExtractorTests.Run("Ngày 14/5/2023, Bộ trưởng Quốc phòng Philippines Delfin Lorenzana thăm Nga để gặp các quan chức quốc phòng.");

        var visit = Assert.Single(events, e => e.Type == "visit");
        Assert.Equal("2023-05-14", visit.Date);
        Assert.Contains("RU", visit.Actors);
        Assert.Contains("PH", visit.Actors);
    }

    [Fact]
    public void Extract_does_not_read_tham_with_a_place_that_is_no_state_as_a_visit()
    {
        var events = EventExtractorTests.Run("Ngày 14/5/2023, Tổng thống Pháp Emmanuel Macron thăm trường Emelie ở Paris.");

        Assert.DoesNotContain(events, e => e.Type == "visit");
    }

    [Fact]
    public void Extract_keeps_a_meeting_after_a_coordinated_clause_of_intent()
    {
        var events = EventExtractorTests.Run("Ngày 20/5/2017, Tổng thống Hàn Quốc Moon Jae-in cam kết xem xét lại hệ thống phòng thủ và đã cử đặc phái viên tới Bắc Kinh gặp Chủ tịch Trung Quốc Tập Cận Bình.");

        var meeting = Assert.Single(events, e => e.Type == "meeting");
        Assert.Contains("CN", meeting.Actors);
        Assert.Contains("KR", meeting.Actors);
    }

    [Fact]
    public void Extract_does_not_date_an_event_by_the_date_of_its_source()
    {
        var events = EventExtractorTests.Run("Theo thông báo của Nhà Trắng ngày 29/9/2017, Tổng thống Mỹ Donald Trump sẽ công du Nhật Bản từ ngày 3/11/2017.");

        var visit = Assert.Single(events, e => e.Type == "visit");
        Assert.StartsWith("2017-11-03", visit.Date, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_does_not_report_an_undated_meeting_or_call_that_is_only_the_object_of_a_comment()
    {
        var events = EventExtractorTests.Run("Tổng thống Mỹ Donald Trump bị chỉ trích vì cuộc gặp với Tổng thống Nga Vladimir Putin. Ông Trump từng điện đàm với Tổng thống Nga Vladimir Putin.");

        Assert.Empty(events);
    }

    [Fact]
    public void Extract_does_not_read_a_parliament_named_hoi_nghi_as_a_conference()
    {
        var events = EventExtractorTests.Run("Ngày 11/4/2019, Hội nghị Nhân dân Tối cao Triều Tiên khoá 14 họp phiên đầu tiên tại Bình Nhưỡng với đại biểu Trung Quốc.");

        Assert.DoesNotContain(events, e => e.Type == "conference");
    }

    [Fact]
    public void Extract_does_not_read_tham_as_a_visit_when_no_visitor_acts_for_another_state()
    {
        var events = EventExtractorTests.Run("Bà Tina Kaidanow đến Việt Nam để bàn về thương mại, sau đó thăm Singapore.");

        Assert.DoesNotContain(events, e => e.Type == "visit");
    }
}
