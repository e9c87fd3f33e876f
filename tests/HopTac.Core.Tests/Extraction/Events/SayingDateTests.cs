namespace HopTac.Core.Tests.Extraction.Events;

/// <summary>
/// A date before a verb of saying is the statement's, not the day of an event the statement speaks of, unless the
/// statement was made at that event ("phát biểu tại hội nghị").
/// </summary>
public sealed class SayingDateTests
{
    [Fact]
    public void A_statement_day_before_nhan_manh_does_not_date_the_aid_it_speaks_of()
    {
        var events = EventExtractorTests.Run("Ngày 5/1/2018, Bộ Ngoại giao Mỹ nhấn mạnh Mỹ sẽ chỉ viện trợ an ninh cho Pakistan khi Islamabad hành động.");

        Assert.DoesNotContain(events, e => e.Date == "2018-01-05");
    }

    [Fact]
    public void A_speech_made_at_a_conference_dates_the_conference()
    {
        var events = EventExtractorTests.Run("Ngày 12/3/2019, Thủ tướng Nguyễn Xuân Phúc phát biểu tại hội nghị cấp cao ASEAN - Australia ở Sydney.");

        Assert.Equal("2019-03-12", Assert.Single(events, e => e.Type == "conference").Date);
    }

    [Fact]
    public void A_promise_made_at_a_summit_is_not_dated_by_the_day_it_is_reported()
    {
        var events = EventExtractorTests.Run("AFP dẫn lời quan chức Mỹ ngày 14/6/2018 cho biết như trên theo cam kết của Tổng thống Donald Trump trong hội nghị thượng đỉnh với Chủ tịch Triều Tiên Kim Jong Un.");

        Assert.DoesNotContain(events, e => e.Date == "2018-06-14");
    }

    [Fact]
    public void Tieng_noi_is_a_noun_and_no_verb_of_saying()
    {
        var events = EventExtractorTests.Run(
            "Sáng 17/3/2018, Thủ tướng Nguyễn Xuân Phúc dự lễ khai trương văn phòng Đài Tiếng nói Việt Nam tại Sydney và có cuộc gặp Thủ tướng Lào Thongloun Sisoulith.");

        Assert.Equal("2018-03-17", Assert.Single(events, e => e.Type == "meeting").Date);
    }
}
