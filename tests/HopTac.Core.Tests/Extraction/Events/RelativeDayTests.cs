namespace HopTac.Core.Tests.Extraction.Events;

/// <summary>"hôm nay", "hôm qua", "chiều nay": days counted from the page's own date, the anchor of relative days.</summary>
public sealed class RelativeDayTests
{
    [Fact]
    public void Hom_nay_is_the_day_the_page_was_published()
    {
        var events = EventExtractorTests.Run("Thủ tướng Nguyễn Xuân Phúc hôm nay tiếp Tổng thống Hàn Quốc Moon Jae-in tại Hà Nội.", new DateOnly(2018, 3, 23));

        Assert.Equal("2018-03-23", Assert.Single(events, e => e.Type == "meeting").Date);
    }

    [Fact]
    public void Toi_qua_is_the_day_before_the_page()
    {
        var events = EventExtractorTests.Run("Thủ tướng Anh Theresa May tối qua điện đàm với Thủ tướng Đức Angela Merkel.", new DateOnly(2017, 3, 1));

        Assert.Equal("2017-02-28", Assert.Single(events, e => e.Type == "call").Date);
    }

    [Fact]
    public void Without_the_page_date_hom_nay_dates_nothing()
    {
        var events = EventExtractorTests.Run("Thủ tướng Nguyễn Xuân Phúc hôm nay tiếp Tổng thống Hàn Quốc Moon Jae-in tại Hà Nội.", null);

        Assert.Null(Assert.Single(events, e => e.Type == "meeting").Date);
    }
}
