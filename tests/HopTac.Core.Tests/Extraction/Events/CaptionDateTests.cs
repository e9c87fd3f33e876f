namespace HopTac.Core.Tests.Extraction.Events;

/// <summary>A photo caption pictures the occasion the article reports: it takes the date of the page's one dated event of its type.</summary>
public sealed class CaptionDateTests
{
    [Fact]
    public void A_credited_caption_takes_the_date_of_the_reception_the_page_told()
    {
        var events = EventExtractorTests.Run(
            "Sáng 7/8, tại Phủ Chủ tịch, Tổng bí thư Nguyễn Phú Trọng đã tiếp Đại sứ Thái Lan Tanee Sangrat đến trình quốc thư.\n" +
            "Tổng bí thư Nguyễn Phú Trọng tiếp Đại sứ Úc Robyn Mudie đến trình quốc thư - Ảnh: TTXVN.");

        Assert.Equal("--08-07", Assert.Single(events, e => e.Type == "meeting" && e.Actors.Contains("AU")).Date);
    }

    [Fact]
    public void An_archive_photo_stays_undated()
    {
        var events = EventExtractorTests.Run(
            "Sáng 7/8, tại Phủ Chủ tịch, Tổng bí thư Nguyễn Phú Trọng đã tiếp Đại sứ Thái Lan Tanee Sangrat đến trình quốc thư.\n" +
            "Ngoại trưởng Úc Julie Bishop (trái) gặp Ngoại trưởng Trung Quốc Vương Nghị hồi đầu năm - Ảnh: AP.");

        Assert.DoesNotContain(events, e => e.Actors.Contains("AU") && e.Date == "--08-07");
    }

    [Fact]
    public void A_sentence_that_is_no_caption_takes_no_date_from_the_page()
    {
        var events = EventExtractorTests.Run(
            "Sáng 7/8, tại Phủ Chủ tịch, Tổng bí thư Nguyễn Phú Trọng đã tiếp Đại sứ Thái Lan Tanee Sangrat đến trình quốc thư.\n" +
            "Thủ tướng Nguyễn Xuân Phúc tiếp Đại sứ Úc Robyn Mudie tại trụ sở Chính phủ.");

        Assert.Null(Assert.Single(events, e => e.Type == "meeting" && e.Actors.Contains("AU")).Date);
    }
}
