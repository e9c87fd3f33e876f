using HopTac.Core.Extraction.Dates;

namespace HopTac.Core.Tests.Extraction.Events;

/// <summary>
/// Which years a yearless date may borrow: a year the sentence before names when the story runs forward from it, never
/// the open end of a plan ("đến năm 2050").
/// </summary>
public sealed class BorrowedYearTests
{
    [Fact]
    public void A_month_told_after_a_later_month_of_the_year_before_keeps_no_year()
    {
        var events = EventExtractorTests.Run(
            "Tháng 12/2014, Tổng thống Barack Obama tuyên bố khôi phục quan hệ với Cuba.\n" +
            "Hồi tháng 3, Tổng thống Barack Obama đến thăm Cuba và hội đàm với Chủ tịch Raul Castro.");

        Assert.DoesNotContain(events, e => e.Date is not null && e.Date.StartsWith("2014-03", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Date == "--03");
    }

    [Fact]
    public void A_day_told_after_its_month_in_the_sentence_before_takes_that_year()
    {
        var events = EventExtractorTests.Run(
            "Tháng 5/2019, Việt Nam và Nhật Bản kỷ niệm quan hệ hữu nghị.\n" +
            "Ngày 12/5, Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Nhật Bản Shinzo Abe.");

        Assert.Equal("2019-05-12", Assert.Single(events, e => e.Type == "talks").Date);
    }

    [Fact]
    public void The_open_end_of_a_plan_lends_no_year()
    {
        var found = DateFinder.FindAll("Thời kỳ này kéo dài đến năm 2050, ông Lý Hiển Long nói tại một diễn đàn hôm 25/10.", DateContext.None);

        Assert.Contains(found, d => d.Iso == "--10-25");
        Assert.DoesNotContain(found, d => d.Iso == "2050-10-25");
        Assert.Null(DateFinder.NamedYear("Thời kỳ này kéo dài đến năm 2050, ông Lý Hiển Long nói hôm 25/10."));
    }

    [Fact]
    public void A_month_of_last_year_borrows_no_year_from_the_sentence_before()
    {
        var events = EventExtractorTests.Run(
            "Nga can thiệp quân sự trực tiếp tại Syria kể từ tháng 9/2015.\n" +
            "Trong cuộc gặp với Tổng thống Vladimir Putin tháng 11 năm ngoái, Tổng thống Donald Trump đồng ý ủng hộ tiến trình hoà bình.");

        Assert.DoesNotContain(events, e => e.Date == "2015-11");
    }

    [Fact]
    public void Nam_ngoai_after_a_day_counts_back_from_the_page_year()
    {
        var found = DateFinder.FindAll("Hai bên đã ký thoả thuận ngày 12/5 năm ngoái.", new DateContext(new DateOnly(2019, 6, 3), null));

        Assert.Equal("2018-05-12", Assert.Single(found).Iso);
    }
}
