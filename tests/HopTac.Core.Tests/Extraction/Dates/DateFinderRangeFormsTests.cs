using HopTac.Core.Extraction.Dates;

namespace HopTac.Core.Tests.Extraction.Dates;

/// <summary>The range and relative forms events are dated by (issue 12): each read as one date.</summary>
public sealed class DateFinderRangeFormsTests
{
    [Theory]
    [InlineData("Hội nghị tổ chức từ 5 đến 6-2 tại Singapore.", "--02-05/--02-06")]
    [InlineData("Tàu thăm Việt Nam từ ngày 12 đến 15/4.", "--04-12/--04-15")]
    [InlineData("Triển lãm mở cửa 12 - 15/4 tại Hà Nội.", "--04-12/--04-15")]
    [InlineData("Đoàn làm việc từ ngày 14/10 đến 21/10.", "--10-14/--10-21")]
    [InlineData("Hội chợ diễn ra từ 5 đến 6-2-2019.", "2019-02-05/2019-02-06")]
    [InlineData("Ngoại trưởng sẽ thăm Việt Nam từ ngày 9-12 tháng 9.", "--09-09/--09-12")]
    [InlineData("Hội nghị họp từ 8-10 tháng 6 năm 2018.", "2018-06-08/2018-06-10")]
    public void FindAll_reads_a_day_range_as_one_date(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(DateFinder.FindAll(text, DateContext.None)).Iso);

    [Fact]
    public void A_count_range_without_the_from_frame_is_no_date() =>
        Assert.Empty(DateFinder.FindAll("Mỗi nhóm có 5 đến 6 người.", DateContext.None));

    [Theory]
    [InlineData("Hôm nay, hai bên hội đàm.", "2019-11-10")]
    [InlineData("Hôm qua, hai bên hội đàm.", "2019-11-09")]
    public void Today_and_yesterday_are_read_against_the_page_date(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(DateFinder.FindAll(text, new DateContext(new DateOnly(2019, 11, 10), null))).Iso);

    [Fact]
    public void Today_without_a_page_date_is_no_date() =>
        Assert.Empty(DateFinder.FindAll("Hôm nay, hai bên hội đàm.", DateContext.None));
}
