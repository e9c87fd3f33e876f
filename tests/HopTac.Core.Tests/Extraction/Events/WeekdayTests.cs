using HopTac.Core.Extraction.Dates;

namespace HopTac.Core.Tests.Extraction.Events;

/// <summary>
/// A day of the week told from a page whose date is known (`--published`, an HTML date): "hôm thứ Hai" is the last
/// Monday on or before the page's day (docs/accuracy.md, "Dates and participants: session-13 notes"). Sentences composed
/// for the tests; 21 March 2018 was a Wednesday.
/// </summary>
public sealed class WeekdayTests
{
    [Fact]
    public void Hom_thu_Hai_is_the_monday_before_the_page()
    {
        var events = EventExtractorTests.Run("Tổng thống Mỹ Donald Trump hôm thứ Hai điện đàm với Thủ tướng Nhật Bản Shinzo Abe về thương mại.", new DateOnly(2018, 3, 21));

        Assert.Equal("2018-03-19", Assert.Single(events, e => e.Type == "call").Date);
    }

    [Fact]
    public void A_weekday_of_the_week_before_is_that_day_of_the_previous_week()
    {
        var dates = DateFinder.FindAll("Ông Trump tối thứ Năm tuần trước đã gặp Thủ tướng Abe.", new DateContext(new DateOnly(2018, 3, 21), null));

        Assert.Equal("2018-03-15", Assert.Single(dates).Iso);
    }

    [Fact]
    public void Without_the_page_date_a_weekday_dates_nothing()
    {
        var events = EventExtractorTests.Run("Tổng thống Mỹ Donald Trump hôm thứ Hai điện đàm với Thủ tướng Nhật Bản Shinzo Abe về thương mại.");

        Assert.Null(Assert.Single(events, e => e.Type == "call").Date);
    }

    [Fact]
    public void An_ordinal_is_no_weekday()
    {
        var events = EventExtractorTests.Run("Tổng thống Mỹ Donald Trump điện đàm lần thứ hai với Thủ tướng Nhật Bản Shinzo Abe về thương mại.", new DateOnly(2018, 3, 21));

        Assert.DoesNotContain(events, e => e.Date == "2018-03-19");
    }
}
