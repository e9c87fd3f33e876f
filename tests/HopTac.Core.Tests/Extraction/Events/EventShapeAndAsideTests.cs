namespace HopTac.Core.Tests.Extraction.Events;

/// <summary>
/// Classes of output the session-12 corpus audit found almost always wrong (docs/accuracy.md, "Events: session-12
/// notes"): an undated conference, two-sided events with a third state, and sides or people read from a direct
/// quotation or a clause of circumstance. Sentences composed for the tests.
/// </summary>
public sealed class EventShapeAndAsideTests
{
    [Fact]
    public void Extract_leaves_out_a_summit_no_mention_dates()
    {
        var events = EventExtractorTests.Run("Người phát ngôn Bộ Ngoại giao Nga Ivan Petrov nói rằng hội nghị thượng đỉnh giữa Tổng thống Mỹ Donald Trump và Chủ tịch Triều Tiên Kim Jong-un đã giúp giảm căng thẳng.");

        Assert.DoesNotContain(events, e => e.Type == "conference");
    }

    [Fact]
    public void Extract_keeps_a_summit_with_its_date()
    {
        var events = EventExtractorTests.Run("Ngày 12/6/2018, Tổng thống Mỹ Donald Trump và Chủ tịch Triều Tiên Kim Jong-un dự hội nghị thượng đỉnh tại Singapore.");

        Assert.Single(events, e => e.Type == "conference" && e.Date == "2018-06-12");
    }

    [Fact]
    public void Extract_leaves_out_a_tour_of_several_states_read_as_one_visit()
    {
        var events = EventExtractorTests.Run("Ngày 3/11/2017, Tổng thống Mỹ Donald Trump bắt đầu chuyến công du tới Nhật Bản, Hàn Quốc và Trung Quốc.");

        Assert.DoesNotContain(events, e => e.Type == "visit" && e.Actors.Count > 2);
    }

    [Fact]
    public void Extract_keeps_a_meeting_the_sentence_calls_three_sided()
    {
        var events = EventExtractorTests.Run("Ngày 1/12/2018, Tổng thống Mỹ Donald Trump, Thủ tướng Nhật Bản Shinzo Abe và Thủ tướng Ấn Độ Narendra Modi có cuộc gặp ba bên tại Buenos Aires.");

        var meeting = Assert.Single(events, e => e.Type == "meeting");
        Assert.Equal(3, meeting.Actors.Count);
    }

    [Fact]
    public void Extract_does_not_take_the_states_and_people_of_a_quotation_as_sides_of_the_visit()
    {
        var events = EventExtractorTests.Run("“Tôi tin rằng tướng Joseph Dunford đang hợp tác với Ankara để rút lực lượng khỏi biên giới Syria”, thượng nghị sĩ Mỹ Lindsey Graham phát biểu trong chuyến thăm Thổ Nhĩ Kỳ ngày 19/1/2019.");

        var visit = Assert.Single(events, e => e.Type == "visit");
        Assert.DoesNotContain("SY", visit.Actors);
        Assert.DoesNotContain("Joseph Dunford", visit.Participants);
    }

    [Fact]
    public void Extract_keeps_the_parties_of_a_quoted_title_signed()
    {
        var events = EventExtractorTests.Run("Ngày 8/3/2018, Bộ trưởng Công Thương Trần Tuấn Anh đã ký kết “Bản ghi nhớ hợp tác công nghiệp Việt Nam - Nhật Bản” tại Tokyo, ông cho biết.");

        var signing = Assert.Single(events, e => e.Type == "signing");
        Assert.Contains("JP", signing.Actors);
    }

    [Fact]
    public void Extract_does_not_take_a_state_of_the_circumstance_clause_as_a_side_of_the_visit()
    {
        var events = EventExtractorTests.Run("Chuyến thăm Pháp của Chủ tịch Trung Quốc Tập Cận Bình ngày 25/3/2019 diễn ra trong bối cảnh châu Âu chịu sức ép từ Mỹ.");

        var visit = Assert.Single(events, e => e.Type == "visit");
        Assert.DoesNotContain("US", visit.Actors);
        Assert.Contains("FR", visit.Actors);
    }

    [Fact]
    public void Extract_does_not_date_a_summit_talked_about_by_the_meeting_that_discussed_it()
    {
        var events = EventExtractorTests.Run("Ngoại trưởng Mỹ Mike Pompeo gặp Chủ tịch Triều Tiên Kim Jong-un tại Bình Nhưỡng ngày 7/10/2018 để thảo luận về hội nghị thượng đỉnh tiếp theo.");

        Assert.DoesNotContain(events, e => e.Type == "conference");
        Assert.Single(events, e => e.Type == "meeting" && e.Date == "2018-10-07");
    }

    [Fact]
    public void Extract_keeps_the_date_of_a_day_of_the_summit()
    {
        var events = EventExtractorTests.Run("Ngày 29/6/2019, ngày làm việc thứ hai của hội nghị thượng đỉnh G20 ở Osaka, Tổng thống Mỹ Donald Trump gặp Chủ tịch Trung Quốc Tập Cận Bình.");

        Assert.Single(events, e => e.Type == "conference" && e.Date == "2019-06-29");
    }

    [Fact]
    public void Extract_keeps_the_date_of_the_working_day_of_a_summit()
    {
        var events = EventExtractorTests.Run("Ngày 28/2/2019, Tổng thống Mỹ Donald Trump và Chủ tịch Triều Tiên Kim Jong-un bước vào ngày làm việc chính thức của hội nghị thượng đỉnh Mỹ - Triều.");

        Assert.Single(events, e => e.Type == "conference" && e.Date == "2019-02-28");
    }

    [Fact]
    public void Extract_does_not_date_a_visit_spoken_of_inside_a_quotation()
    {
        var events = EventExtractorTests.Run("Ngày 21/3/2018, Giám đốc AIT Brent Christensen nói: “Các quan chức cấp cao của Mỹ sẽ tới thăm Đài Loan theo đạo luật mới”.");

        Assert.DoesNotContain(events, e => e.Type == "visit");
    }
}
