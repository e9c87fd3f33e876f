namespace HopTac.Core.Tests.Extraction.Events;

/// <summary>
/// "cùng ngày", "sau lễ đón", "ngày hôm sau": time adverbials that take the day the text last gave (or the day after it),
/// however many sentences of the same story lie between.
/// </summary>
public sealed class AnaphoricDayTests
{
    private const string TalksStory =
        "Trưa 28/11, Chủ tịch nước Trần Đại Quang hội đàm với Tổng thống Ba Lan Andrzej Duda tại Hà Nội.\n" +
        "Hai bên đánh giá cao kết quả hợp tác trong thời gian qua.\n" +
        "Chủ tịch nước hoan nghênh Ba Lan mở văn phòng thương mại tại TP. HCM.\n" +
        "Tổng thống Ba Lan cho biết doanh nghiệp hai nước còn nhiều cơ hội.\n" +
        "Hai bên nhất trí tăng cường hợp tác về nông nghiệp và giáo dục.\n" +
        "Hai bên cũng trao đổi về các vấn đề quốc tế cùng quan tâm.\n" +
        "Chủ tịch nước mong muốn hai bên sớm nâng kim ngạch thương mại.\n";

    [Fact]
    public void Cung_ngay_takes_the_day_named_six_sentences_back()
    {
        var events = EventExtractorTests.Run(TalksStory + "Cùng ngày, Tổng Bí thư Nguyễn Phú Trọng đã tiếp Tổng thống Andrzej Duda.");

        Assert.Equal("--11-28", Assert.Single(events, e => e.Type == "meeting").Date);
    }

    [Fact]
    public void Cung_ngay_after_the_trigger_dates_the_event_too()
    {
        var events = EventExtractorTests.Run(
            "Ngày 18/10, Tổng thống Hàn Quốc Moon Jae-in tới Rome.\n" +
            "Ông Moon đã hội kiến Giáo hoàng Francis trong chuyến thăm Vatican cùng ngày.");

        Assert.Contains(events, e => e.Date == "--10-18" && e.Actors.Contains("VA"));
    }

    [Fact]
    public void Ngay_hom_sau_is_the_day_after_the_one_last_named()
    {
        var events = EventExtractorTests.Run(
            "Ngoại trưởng Trung Quốc Vương Nghị đến Hà Nội chiều 2/11 và hội đàm với Bộ trưởng Ngoại giao Phạm Bình Minh.\n" +
            "Ngày hôm sau, ông Vương Nghị hội kiến Thủ tướng Nguyễn Xuân Phúc.");

        Assert.Equal("--11-03", Assert.Single(events, e => e.Type == "meeting").Date);
    }

    [Fact]
    public void A_meeting_after_the_welcome_ceremony_is_on_the_ceremony_day()
    {
        var events = EventExtractorTests.Run(
            "Sáng 20/11, Chủ tịch nước Trần Đại Quang chủ trì lễ đón Tổng thống Ấn Độ Ram Nath Kovind.\n" +
            "Sau lễ đón, Chủ tịch nước Trần Đại Quang hội đàm với Tổng thống Ram Nath Kovind.");

        Assert.Equal("--11-20", Assert.Single(events, e => e.Type == "talks").Date);
    }

    [Fact]
    public void Without_such_a_phrase_an_event_takes_no_day_from_the_sentences_before()
    {
        var events = EventExtractorTests.Run(
            "Sáng 20/11, Chủ tịch nước Trần Đại Quang chủ trì lễ đón Tổng thống Ấn Độ Ram Nath Kovind.\n" +
            "Thủ tướng Nguyễn Xuân Phúc đã hội kiến Thủ tướng Nhật Bản Shinzo Abe tại Tokyo.");

        Assert.Null(Assert.Single(events, e => e.Type == "meeting").Date);
    }
}
