using HopTac.Core.Extraction.Dates;

namespace HopTac.Core.Tests.Extraction.Events;

/// <summary>
/// Session 14's rules for dates and participants (docs/accuracy.md, "Dates and participants: session-14 notes"): a pair of
/// consecutive days each with its month is one span, the hosts a later sentence names stay out of the guest's visit, and
/// a family name paired with another leader's name is a mention of its bearer. Sentences composed for the tests.
/// </summary>
public sealed class VisitHostsAndDayPairsTests
{
    [Theory]
    [InlineData("Hội nghị diễn ra trong hai ngày 14/11 và 15/11 tại Singapore.", "--11-14/--11-15")]
    [InlineData("Đoàn làm việc tại Lào trong hai ngày 30-4 và 1-5.", "--04-30/--05-01")]
    [InlineData("Diễn đàn họp vào ngày 8/7 và 9/7/2019 tại Tokyo.", "2019-07-08/2019-07-09")]
    public void Two_consecutive_days_each_with_its_month_are_one_span(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(DateFinder.FindAll(text, DateContext.None)).Iso);

    [Fact]
    public void Two_days_further_apart_stay_two_dates() =>
        Assert.Equal(2, DateFinder.FindAll("Hai cuộc bỏ phiếu diễn ra vào ngày 4/5 và 9/5.", DateContext.None).Count);

    [Fact]
    public void A_conference_on_two_days_written_with_their_months_is_dated_by_its_span()
    {
        var events = EventExtractorTests.Run("Thủ tướng Thái Lan Prayut Chan-o-cha tham dự Hội nghị Cấp cao ASEAN lần thứ 34 tại Bangkok trong hai ngày 22/6 và 23/6.");

        var conference = Assert.Single(events, e => e.Type == "conference");
        Assert.Equal("--06-22/--06-23", conference.Date);
    }

    [Fact]
    public void The_hosts_a_later_sentence_names_stay_out_of_the_guests_visit()
    {
        var events = EventExtractorTests.Run(
            "Tổng thống Chile Michelle Bachelet đến Hà Nội, bắt đầu chuyến thăm cấp nhà nước Việt Nam từ ngày 10 đến 12/11. "
            + "Trong chuyến thăm Việt Nam, Tổng thống Michelle Bachelet hội đàm với Chủ tịch nước Trần Đại Quang và hội kiến Thủ tướng Nguyễn Xuân Phúc.");

        var visit = Assert.Single(events, e => e.Type == "visit");
        Assert.Equal(["Michelle Bachelet"], visit.Participants);
        Assert.Contains(events, e => e.Type == "talks" && e.Participants.Contains("Trần Đại Quang"));
    }

    [Fact]
    public void A_host_the_first_mention_took_for_the_visitor_gives_way_to_the_guest()
    {
        var events = EventExtractorTests.Run(
            "Sáng 14/1, Thủ tướng Nguyễn Xuân Phúc tiếp đoàn, mở đầu chuyến thăm kéo dài hai ngày. "
            + "Ngoại trưởng Mỹ John Kerry bắt đầu chuyến thăm Việt Nam lần cuối trên cương vị ngoại trưởng.");

        var visit = Assert.Single(events, e => e.Type == "visit");
        Assert.Equal(["John Kerry"], visit.Participants);
    }

    [Fact]
    public void A_family_name_paired_with_another_leaders_name_is_a_participant()
    {
        var events = EventExtractorTests.Run(
            "Tổng thống Mỹ Donald Trump và Chủ tịch Trung Quốc Tập Cận Bình sẽ dự Hội nghị G20 tại Osaka. "
            + "Dư luận chú ý tới cuộc gặp Trump - Tập ngày 29/6 bên lề hội nghị.");

        var meeting = Assert.Single(events, e => e.Type == "meeting");
        Assert.Contains("Donald Trump", meeting.Participants);
        Assert.Contains("Tập Cận Bình", meeting.Participants);
    }
}
