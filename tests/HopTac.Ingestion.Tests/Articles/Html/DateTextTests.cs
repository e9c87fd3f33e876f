using HopTac.Ingestion.Articles.Html;

namespace HopTac.Ingestion.Tests.Articles.Html;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("Thứ năm, 2/11/2023, 19:20 (GMT+7)", "2023-11-02T19:20")]
    [InlineData("08/10/2024 | 17:06", "2024-10-08T17:06")]
    [InlineData("17:06 08/10/2024", "2024-10-08T17:06")]
    [InlineData("Ngày 8 tháng 10 năm 2024", "2024-10-08")]
    [InlineData("November 2, 2023", "2023-11-02")]
    [InlineData("Published Nov. 2nd 2023 at 7:20 pm", "2023-11-02T19:20")]
    [InlineData("2 November 2023", "2023-11-02")]
    [InlineData("August 16, 2019 - Updated July 9, 2025", "2019-08-16")]
    [InlineData("05/12/26 02:30 chiều", "2026-12-05T14:30")]
    [InlineData("5/12/26 09:15 sáng", "2026-12-05T09:15")]
    [InlineData("05/12/26 11:00 tối", "2026-12-05T23:00")]
    [InlineData("05/12/26 14:30", "2026-12-05T14:30")]
    [InlineData("05/12/26 02:30 CH", "2026-12-05T14:30")]
    public void ParseVisible_reads_datelines(string text, string expected) =>
        Assert.Equal(expected, DateText.ParseVisible(text, dayFirst: true));

    [Theory]
    [InlineData("2023-11-02T19:20:00+07:00", "2023-11-02T19:20")]
    [InlineData("2023-11-02T23:30:00-05:00", "2023-11-02T23:30")]
    [InlineData("2023-11-02", "2023-11-02")]
    public void ParseMachine_keeps_the_day_and_clock_as_written(string value, string expected) =>
        Assert.Equal(expected, DateText.ParseMachine(value));

    [Theory]
    [InlineData("https://example.vn/2023/11/02/bai-viet")]
    [InlineData("https://example.vn/tin-tuc-20231102.htm")]
    [InlineData("https://blog.example.fr%2Farticles%2F2023-11-02%2BBai%2Bviet")]
    public void ParseUrl_reads_dates_in_paths(string url) => Assert.Equal("2023-11-02", DateText.ParseUrl(url));

    [Theory]
    [InlineData("31/02/2023")]
    [InlineData("không có ngày tháng")]
    [InlineData("")]
    public void ParseVisible_rejects_what_is_not_a_date(string text) => Assert.Null(DateText.ParseVisible(text, dayFirst: true));

    [FsCheck.Xunit.Property]
    public bool Day_first_dates_round_trip(DateTime date)
    {
        var d = new DateTime(2000 + (date.Year % 100), date.Month, date.Day, date.Hour, date.Minute, 0, DateTimeKind.Unspecified);
        var text = d.ToString("d/M/yyyy, HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        return DateText.ParseVisible(text, dayFirst: true) == d.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);
    }

    [FsCheck.Xunit.Property]
    public bool ParseVisible_never_throws(string? text)
    {
        var result = DateText.ParseVisible(text, dayFirst: true);
        return result is null || result.Length >= 10;
    }

    [Theory]
    [InlineData("Tỷ số 5/12/26")]
    [InlineData("Mã 1/2/34/56 10:30")]
    public void A_two_digit_year_without_a_clock_is_no_date(string text) => Assert.Null(DateText.ParseVisible(text, dayFirst: true));
}
