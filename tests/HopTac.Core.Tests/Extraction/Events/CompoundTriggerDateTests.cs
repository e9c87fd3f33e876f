namespace HopTac.Core.Tests.Extraction.Events;

/// <summary>
/// Triggers standing side by side ("hội nghị thượng đỉnh", "cuộc gặp thượng đỉnh") are one noun phrase: a date after
/// the phrase is its first word's too, and a time anchor before it ("một tuần sau cuộc gặp thượng đỉnh") anchors the
/// whole phrase.
/// </summary>
public sealed class CompoundTriggerDateTests
{
    [Fact]
    public void A_date_after_hoi_nghi_thuong_dinh_dates_the_summit_not_the_clause_before()
    {
        var events = EventExtractorTests.Run(
            "Ảnh chụp hồi tháng 9 cho thấy Iran đã dừng làm giàu urani, đúng như cam kết của Tổng thống Iran Hassan Rouhani với Tổng thống Pháp Emmanuel Macron tại hội nghị thượng đỉnh hồi tháng 7 ở Paris.");

        Assert.Contains(events, e => e.Type == "conference" && e.Date == "--07");
        Assert.DoesNotContain(events, e => e.Date == "--09");
    }

    [Fact]
    public void A_summit_a_week_before_the_reported_day_is_not_dated_by_it()
    {
        var events = EventExtractorTests.Run(
            "Cảnh sát Pháp ngày 9-5 đã giải tán một cuộc biểu tình trước Điện Elysee, một tuần sau cuộc gặp thượng đỉnh giữa Tổng thống Pháp Emmanuel Macron và Thủ tướng Đức Angela Merkel.");

        Assert.DoesNotContain(events, e => e.Date == "--05-09");
    }

    [Fact]
    public void A_date_after_the_first_of_two_coordinated_event_nouns_is_not_the_second_ones()
    {
        var events = EventExtractorTests.Run(
            "Báo chí Pháp ca ngợi vai trò của Paris trong hội nghị thượng đỉnh Pháp - Đức hồi tháng 3 và cuộc gặp giữa Tổng thống Mỹ Joe Biden và Tổng thống Nga Vladimir Putin.");

        Assert.DoesNotContain(events, e => e.Type == "meeting" && e.Date == "--03");
    }

    [Fact]
    public void A_date_of_the_bulletin_a_report_cites_is_not_the_events()
    {
        var events = EventExtractorTests.Run(
            "Tổng thống Nga Vladimir Putin và Thủ tướng Ấn Độ Narendra Modi đã gặp nhau tại Sochi tuần trước, Reuters dẫn bản tin hôm 24/5 của hãng thông tấn TASS.");

        Assert.DoesNotContain(events, e => e.Date == "--05-24");
    }
}
