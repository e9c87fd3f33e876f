namespace HopTac.Core.Tests.Extraction.Events;

/// <summary>An occasion that lasts several days keeps its span when the page later names one day of it.</summary>
public sealed class OccasionSpanTests
{
    [Fact]
    public void A_day_told_later_does_not_narrow_a_conference_span()
    {
        var events = EventExtractorTests.Run(
            "Hội nghị Ngoại trưởng ASEAN lần thứ 49 diễn ra từ ngày 23 đến 26/7 tại Vientiane, Lào, với sự tham dự của Bộ trưởng Ngoại giao Phạm Bình Minh.\n" +
            "Ngày 25/7, Hội nghị Ngoại trưởng ASEAN ra tuyên bố chung về tình hình khu vực.");

        var conference = Assert.Single(events, e => e.Type == "conference");
        Assert.Equal("--07-23/--07-26", conference.Date);
    }

    [Fact]
    public void A_month_is_still_refined_by_a_day()
    {
        var events = EventExtractorTests.Run(
            "Tháng 5/2016, Tổng thống Mỹ Barack Obama thăm chính thức Việt Nam.\n" +
            "Ngày 23/5/2016, Tổng thống Barack Obama bắt đầu chuyến thăm Việt Nam.");

        Assert.Equal("2016-05-23", Assert.Single(events, e => e.Type == "visit").Date);
    }
}
