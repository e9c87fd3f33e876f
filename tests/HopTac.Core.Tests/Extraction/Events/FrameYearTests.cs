using HopTac.Core.Extraction.Dates;

namespace HopTac.Core.Tests.Extraction.Events;

/// <summary>
/// Which year of a sentence sets the time of the sentence after it: a year opening the sentence or given with its month
/// or day does; a bare year modifying a noun inside it, or a date that starts a duration ("từ khi ..."), does not.
/// </summary>
public sealed class FrameYearTests
{
    [Fact]
    public void A_bare_year_inside_a_noun_phrase_lends_no_year_to_the_next_sentence()
    {
        var events = EventExtractorTests.Run(
            "Ông ấy đang bị điều tra về vai trò của Nga trong cuộc bầu cử tổng thống Mỹ năm 2016.\n" +
            "Ông Dương Khiết Trì hôm 12/9 cũng gặp Ngoại trưởng Mỹ Rex Tillerson tại Washington.");

        Assert.Equal("--09-12", Assert.Single(events, e => e.Type == "meeting").Date);
    }

    [Fact]
    public void A_bare_year_opening_the_sentence_still_frames_the_next()
    {
        Assert.Equal(2016, DateFinder.FrameYear("Năm 2016, quan hệ hai nước có nhiều bước tiến."));
        Assert.Equal(2016, DateFinder.FrameYear("Hồi đầu năm 2016, quan hệ hai nước có nhiều bước tiến."));
        Assert.Equal(2018, DateFinder.FrameYear("Đó có thể là cuộc gặp thứ ba trong năm 2018."));
        Assert.Null(DateFinder.FrameYear("Nga bị loại khỏi nhóm năm 2014 vì sáp nhập Crimea."));
    }

    [Fact]
    public void A_date_after_tu_khi_starts_a_duration_and_frames_nothing()
    {
        Assert.Null(DateFinder.FrameYear("Ông từng ở Campuchia từ khi quân tình nguyện giải phóng nước này vào 7/1/1979 và ở lại 5 năm."));
        Assert.Null(DateFinder.FrameYear("Đường dây hoạt động từ tháng 5/2017 với hàng trăm nạn nhân."));
        Assert.Equal(2017, DateFinder.FrameYear("Tháng 5/2017, đường dây bắt đầu hoạt động."));
    }
}
