namespace HopTac.Core.Tests.Extraction.Events;

/// <summary>
/// A visit written with the day it lasts until ("bắt đầu chuyến thăm ... kéo dài đến ngày 26/5") is dated by its span,
/// not by its last day (docs/accuracy.md, "Dates and participants: session-13 notes"). Sentences composed for the tests.
/// </summary>
public sealed class EventSpanTests
{
    [Fact]
    public void A_visit_lasting_until_a_day_is_open_at_its_start()
    {
        var events = EventExtractorTests.Run("Toàn quyền Australia Peter Cosgrove chiều nay đến Hà Nội, bắt đầu chuyến thăm cấp Nhà nước tới Việt Nam kéo dài đến ngày 26/5.");

        var visit = Assert.Single(events, e => e.Type == "visit");
        Assert.Equal("/--05-26", visit.Date);
    }

    [Fact]
    public void A_visit_begun_on_a_named_day_spans_to_its_last_day()
    {
        var events = EventExtractorTests.Run("Ngày 25/7, Bộ trưởng Quốc phòng Nhật Bản Itsunori Onodera đến Đà Nẵng, bắt đầu chuyến thăm chính thức Việt Nam đến hết ngày 29/7.");

        var visit = Assert.Single(events, e => e.Type == "visit");
        Assert.Equal("--07-25/--07-29", visit.Date);
    }

    [Fact]
    public void A_count_up_to_a_day_is_no_span()
    {
        var events = EventExtractorTests.Run("Chuyến thăm Việt Nam của Tổng thống Hàn Quốc Moon Jae-in diễn ra ngày 22/3/2018.");

        var visit = Assert.Single(events, e => e.Type == "visit");
        Assert.Equal("2018-03-22", visit.Date);
    }
}
