namespace HopTac.Core.Tests.Extraction.Events;

/// <summary>
/// Forms found by the session-8 corpus audit of events (docs/accuracy.md): events only talked about (inside a
/// quotation, the object of a verb of judging or wishing, a "kể từ khi" clause, a count of occurrences, the next
/// meeting), states named as a topic or beside a visit, and a visit dated by the talk about its results. Sentences
/// composed for the tests.
/// </summary>
public sealed class EventTalkedAboutTests
{
    [Fact]
    public void Extract_does_not_report_an_undated_visit_named_inside_a_quotation()
    {
        var events = EventExtractorTests.Run("\" An ninh trong chuyến thăm Lào của Tổng thống Pháp Emmanuel Macron do quân đội bảo đảm \", ông Jean Dupont cho biết.");

        Assert.Empty(events);
    }

    [Fact]
    public void Extract_does_not_report_an_undated_summit_that_is_wished_well_or_told_about()
    {
        var events = EventExtractorTests.Run("Nhiều người dân chúc cuộc gặp thượng đỉnh giữa ông Kim Jong-un và Tổng thống Mỹ Donald Trump thành công. Thông tin về cuộc họp thượng đỉnh giữa Tổng thống Mỹ Donald Trump và Tổng thống Nga Vladimir Putin được đưa ra hôm qua.");

        Assert.Empty(events);
    }

    [Fact]
    public void Extract_keeps_an_undated_meeting_the_sentence_says_took_place()
    {
        var events = EventExtractorTests.Run("Tổng thống Mỹ Donald Trump và Chủ tịch Triều Tiên Kim Jong-un đã có cuộc gặp tại Singapore.");

        var meeting = Assert.Single(events, e => e.Type == "meeting");
        Assert.Contains("US", meeting.Actors);
        Assert.Contains("KP", meeting.Actors);
    }

    [Fact]
    public void Extract_keeps_an_undated_visit_a_vietnamese_host_praises()
    {
        var events = EventExtractorTests.Run("Thủ tướng Trần Quốc Bảo đánh giá cao chuyến thăm chính thức Việt Nam của Thủ tướng Nga Ivan Petrov.");

        Assert.Single(events, e => e.Type == "visit");
    }

    [Fact]
    public void Extract_does_not_report_meetings_counted_as_a_series()
    {
        var events = EventExtractorTests.Run("Tổng thống Nga Vladimir Putin và Thủ tướng Israel Benjamin Netanyahu đã gặp nhau tới 9 lần kể từ năm 2016.");

        Assert.DoesNotContain(events, e => e.Type == "meeting");
    }

    [Fact]
    public void Extract_keeps_a_meeting_named_by_its_ordinal()
    {
        var events = EventExtractorTests.Run("Ngày 27/2/2019, Tổng thống Mỹ Donald Trump gặp Chủ tịch Triều Tiên Kim Jong-un lần thứ hai tại Hà Nội.");

        Assert.Contains(events, e => e.Type == "meeting" && e.Date == "2019-02-27");
    }

    [Fact]
    public void Extract_does_not_report_an_undated_partnership_that_only_anchors_a_since_clause()
    {
        var events = EventExtractorTests.Run("Kim ngạch thương mại Việt Nam - Ấn Độ tăng đều kể từ khi hai nước thiết lập quan hệ đối tác chiến lược.");

        Assert.DoesNotContain(events, e => e.Type == "partnership");
    }

    [Fact]
    public void Extract_keeps_a_partnership_dated_inside_a_since_clause()
    {
        var events = EventExtractorTests.Run("Kim ngạch thương mại Việt Nam - Ấn Độ tăng đều kể từ khi hai nước thiết lập quan hệ ngoại giao năm 1972.");

        var partnership = Assert.Single(events, e => e.Type == "partnership");
        Assert.Equal("1972", partnership.Date);
    }

    [Fact]
    public void Extract_does_not_take_a_state_talked_about_as_a_side_of_a_call()
    {
        var events = EventExtractorTests.Run("Ngày 5/3/2019, Thủ tướng Nhật Bản Shinzo Abe điện đàm với người đồng cấp Australia về tình hình Triều Tiên.");

        var call = Assert.Single(events, e => e.Type == "call");
        Assert.DoesNotContain("KP", call.Actors);
        Assert.Contains("JP", call.Actors);
        Assert.Contains("AU", call.Actors);
    }

    [Fact]
    public void Extract_gives_a_visit_the_visitors_state_and_the_state_visited_only()
    {
        var events = EventExtractorTests.Run("Ngày 8/11/2017, Tổng thống Mỹ Donald Trump bắt đầu chuyến thăm cấp nhà nước tới Trung Quốc, sau hội nghị thượng đỉnh với Hàn Quốc.");

        var visit = Assert.Single(events, e => e.Type == "visit");
        Assert.Equal(["CN", "US"], visit.Actors.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Extract_does_not_report_an_undated_next_meeting()
    {
        var events = EventExtractorTests.Run("Triều Tiên hy vọng sẽ đạt thoả thuận với Tổng thống Mỹ Donald Trump và Chủ tịch Kim Jong-un trong cuộc gặp tiếp theo.");

        Assert.Empty(events);
    }

    [Fact]
    public void Extract_does_not_date_a_visit_by_the_meeting_that_discusses_its_results()
    {
        var events = EventExtractorTests.Run("Ngày 22/9/2017, Phó Thủ tướng Phạm Bình Minh tiếp Đại sứ Mỹ Daniel Kritenbrink và bàn cách triển khai kết quả chuyến thăm Mỹ của Thủ tướng Nguyễn Xuân Phúc.");

        Assert.Contains(events, e => e.Type == "meeting" && e.Date == "2017-09-22");
        Assert.DoesNotContain(events, e => e.Type == "visit" && e.Date == "2017-09-22");
    }

    [Fact]
    public void Extract_does_not_date_an_event_by_a_year_that_bounds_a_period()
    {
        var events = EventExtractorTests.Run("Ông Lê Văn Hùng là Thủ tướng Việt Nam đầu tiên thăm chính thức Mỹ sau năm 1975, gặp Tổng thống Mỹ George Bush.");

        Assert.DoesNotContain(events, e => e.Date == "1975");
    }

    [Fact]
    public void Extract_keeps_the_year_a_relation_was_set_up_from()
    {
        var events = EventExtractorTests.Run("Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Nhật Bản chính thức thiết lập hợp tác quốc phòng từ năm 1998.");

        var partnership = Assert.Single(events, e => e.Type == "partnership");
        Assert.Equal("1998", partnership.Date);
    }

    [Fact]
    public void Extract_does_not_report_a_relation_a_leader_only_wants()
    {
        var events = EventExtractorTests.Run("Tổng thống Philippines Rodrigo Duterte muốn thiết lập quan hệ chặt chẽ hơn với Nga và Trung Quốc.");

        Assert.DoesNotContain(events, e => e.Type == "partnership");
    }

    [Fact]
    public void Extract_does_not_take_a_state_after_a_verb_of_discussing_as_a_side()
    {
        var events = EventExtractorTests.Run("Ngày 29/11/2017, các tướng lĩnh Mỹ và Trung Quốc hội đàm nhằm thảo luận về cách liên lạc giữa quân đội hai nước sau vụ thử tên lửa của Triều Tiên.");

        var talks = Assert.Single(events, e => e.Type == "talks");
        Assert.DoesNotContain("KP", talks.Actors);
        Assert.Contains("US", talks.Actors);
        Assert.Contains("CN", talks.Actors);
    }
}
