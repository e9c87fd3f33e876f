namespace HopTac.Core.Tests.Extraction.Events;

/// <summary>
/// Session-13 classes of output (docs/accuracy.md, "Events: session-13 notes"): a tour read as one visit, events counted
/// by a numeral, documents signed named as a class, a bloc's summit lent Vietnam as a side, and the architects'
/// association read as a meeting. Sentences composed for the tests.
/// </summary>
public sealed class EventToursPluralsAndBlocsTests
{
    [Fact]
    public void Extract_leaves_out_a_tour_of_a_region()
    {
        var events = EventExtractorTests.Run("Ngày 5/11/2017, Tổng thống Mỹ Donald Trump bắt đầu chuyến công du châu Á kéo dài 12 ngày.");

        Assert.DoesNotContain(events, e => e.Type == "visit");
    }

    [Fact]
    public void Extract_leaves_out_a_tour_of_several_states_counted()
    {
        var events = EventExtractorTests.Run("Ngày 12/1/2017, Thủ tướng Nhật Bản Shinzo Abe bắt đầu chuyến thăm 4 nước, trong đó có Philippines và Australia.");

        Assert.DoesNotContain(events, e => e.Type == "visit");
    }

    [Fact]
    public void Extract_keeps_a_visit_to_one_state()
    {
        var events = EventExtractorTests.Run("Ngày 9/3/2019, Ngoại trưởng Mỹ Mike Pompeo có chuyến thăm chính thức Ấn Độ.");

        var visit = Assert.Single(events, e => e.Type == "visit");
        Assert.Contains("IN", visit.Actors);
        Assert.Contains("US", visit.Actors);
    }

    [Fact]
    public void Extract_leaves_out_meetings_counted_by_a_numeral()
    {
        var events = EventExtractorTests.Run("Nhà Trắng ngày 3/4/2017 xác nhận đã có hai cuộc gặp kín với Đại sứ Nga Sergei Kislyak.");

        Assert.DoesNotContain(events, e => e.Type == "meeting");
    }

    [Fact]
    public void Extract_leaves_out_some_meetings_told_as_a_set()
    {
        var events = EventExtractorTests.Run("Ngày 9/11/2017, cố vấn Yuri Ushakov xác nhận một số cuộc gặp song phương của Tổng thống Nga Vladimir Putin bên lề hội nghị.");

        Assert.DoesNotContain(events, e => e.Type is "meeting" or "talks");
    }

    [Fact]
    public void Extract_keeps_talks_after_the_preposition_that_folds_like_six()
    {
        var events = EventExtractorTests.Run("Sau cuộc hội đàm với Thủ tướng Nhật Bản Shinzo Abe ở Tokyo ngày 8/8/2017, Tổng thư ký Liên hợp quốc Antonio Guterres nói Bình Nhưỡng cần đối thoại.");

        Assert.Single(events, e => e.Type == "talks" && e.Date == "2017-08-08");
    }

    [Fact]
    public void Extract_leaves_out_documents_signed_named_as_a_class()
    {
        var events = EventExtractorTests.Run("Bộ trưởng Quốc phòng Việt Nam Ngô Xuân Lịch và Bộ trưởng Quốc phòng Ấn Độ Nirmala Sitharaman nhất trí thúc đẩy hợp tác theo các văn bản đã ký kết.");

        Assert.DoesNotContain(events, e => e.Type == "signing");
    }

    [Fact]
    public void Extract_keeps_one_document_signed()
    {
        var events = EventExtractorTests.Run("Ngày 3/9/2016, Việt Nam và Ấn Độ đã ký kết Bản ghi nhớ về hợp tác quốc phòng.");

        Assert.Single(events, e => e.Type == "signing" && e.Actors.Contains("IN"));
    }

    [Fact]
    public void Extract_does_not_lend_vietnam_to_a_summit_of_a_bloc()
    {
        var events = EventExtractorTests.Run("Thủ tướng Nguyễn Xuân Phúc tiếp Đại sứ Anh Gareth Ward ngày 20/3/2019. Hội nghị thượng đỉnh EU về Brexit kết thúc ngày 22/3/2019 mà không có tiến bộ nào.");

        var summit = Assert.Single(events, e => e.Type == "conference");
        Assert.Equal(["EU"], summit.Actors);
    }

    [Fact]
    public void Extract_keeps_vietnam_in_a_summit_a_vietnamese_leader_attends()
    {
        var events = EventExtractorTests.Run("Ngày 13/11/2017, Thủ tướng Nguyễn Xuân Phúc dự Hội nghị Cấp cao ASEAN lần thứ 31 tại Manila.");

        var summit = Assert.Single(events, e => e.Type == "conference");
        Assert.Contains("VN", summit.Actors);
        Assert.Contains("ASEAN", summit.Actors);
    }

    [Fact]
    public void Extract_does_not_read_the_architects_association_as_a_meeting()
    {
        var events = EventExtractorTests.Run("Ngày 7/5/2019, ông Nguyễn Văn Hùng, Phó chủ tịch Hội Kiến trúc sư Việt Nam, giới thiệu công trình với các chuyên gia Pháp.");

        Assert.DoesNotContain(events, e => e.Type == "meeting");
    }

    [Fact]
    public void Extract_keeps_a_summit_named_by_a_pair_of_states_to_those_two()
    {
        var events = EventExtractorTests.Run("Hội nghị thượng đỉnh Mỹ - Triều diễn ra ngày 12/6/2018 tại Singapore, và Tổng thống Nga Vladimir Putin gọi đó là một bước đi đúng hướng.");

        var summit = Assert.Single(events, e => e.Type == "conference");
        Assert.Equal(["KP", "US"], summit.Actors.Order());
        Assert.DoesNotContain("Vladimir Putin", summit.Participants);
    }

    [Fact]
    public void Extract_keeps_one_document_picked_out_of_several_signed()
    {
        var events = EventExtractorTests.Run("Ngày 23/5/2016, một trong những thoả thuận đầu tiên được ký kết giữa Việt Nam và Hoa Kỳ là bản ghi nhớ về hợp tác giáo dục.");

        Assert.Single(events, e => e.Type == "signing" && e.Actors.Contains("US"));
    }
}
