using System.Globalization;
using HopTac.Ingestion.Articles.TextDumps;

namespace HopTac.Ingestion.Tests.Articles.TextDumps;

public sealed class DatelineTests
{
    [Theory]
    [InlineData("08/10/2024 | 17:06 PM", "2024-10-08T17:06")]
    [InlineData("Thứ Tư, ngày 12/11/2025 06:39", "2025-11-12T06:39")]
    [InlineData("Thứ năm, 2/11/2023, 19:20 (GMT+7)", "2023-11-02T19:20")]
    [InlineData("19/05/2016 10:25 GMT+7", "2016-05-19T10:25")]
    [InlineData("Chủ Nhật, 09/11/2025", "2025-11-09")]
    [InlineData("Cập nhật: 21/01/2025 08:30", "2025-01-21T08:30")]
    [InlineData("Gửi 10:44am | 21/05/2016", "2016-05-21T10:44")]
    [InlineData("21/05/2016 02:30 PM", "2016-05-21T14:30")]
    [InlineData("2024-10-08 17:06", "2024-10-08T17:06")]
    [InlineData("08:00 | 28/11/2021", "2021-11-28T08:00")]
    [InlineData("Thứ Ba, 8 tháng 10, 2024 17:06", "2024-10-08T17:06")]
    [InlineData("Ngày 8 tháng 10 năm 2024", "2024-10-08")]
    [InlineData("Cập nhật lúc 17h06 08-10-2024", "2024-10-08T17:06")]
    public void A_whole_line_date_is_read_at_the_precision_shown(string line, string iso)
    {
        Assert.Equal(DatelineKind.Pure, Dateline.Classify(line, out var published));
        Assert.Equal(iso, published);
    }

    [Fact]
    public void A_date_glued_to_a_teaser_is_a_listing_entry()
    {
        Assert.Equal(DatelineKind.Glued, Dateline.Classify("Thứ Sáu, ngày 06/03/2026 03:35Chiều ngày 5/3, tại Hà Nội ...", out var iso));
        Assert.Equal("2026-03-06T03:35", iso);
    }

    [Theory]
    [InlineData("Ngày 12/9, tại Bộ Y tế, hai Bộ trưởng đã hội đàm.")]
    [InlineData("Ngày 9.11.2010,")]
    [InlineData("31/02/2024 10:00")]
    [InlineData("02:37:35 PM")]
    [InlineData("Năm 2024 đánh dấu 30 năm quan hệ hai nước.")]
    [InlineData("")]
    public void Sentences_and_impossible_dates_are_not_date_lines(string line)
    {
        Assert.Equal(DatelineKind.None, Dateline.Classify(line, out var iso));
        Assert.Null(iso);
    }

    [FsCheck.Xunit.Property]
    public bool Any_valid_day_and_time_round_trips(DateTime when)
    {
        // Clamping the year can turn 29 February into a day that does not exist; clamp the day too.
        var year = Math.Clamp(when.Year, 1950, 2150);
        var day = Math.Min(when.Day, DateTime.DaysInMonth(year, when.Month));
        var minute = new DateTime(year, when.Month, day, when.Hour, when.Minute, 0, DateTimeKind.Unspecified);
        var line = minute.ToString("dd/MM/yyyy | HH:mm", CultureInfo.InvariantCulture);
        return Dateline.Classify(line, out var iso) == DatelineKind.Pure
            && iso == minute.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
    }
}
