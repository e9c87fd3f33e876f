using HopTac.Core.Extraction.Events;

namespace HopTac.Core.Tests.Extraction.Events;

/// <summary>
/// Session 15's rules for event dates and participants (docs/accuracy.md, "Event dates and participants: session-15
/// notes"): a name inside a place's or an honour's name is no participant, one person spelt two ways takes part once, a
/// visit's ordinal or length does not hide the state visited, "sau lễ đón" places the event inside the visit, and "hai
/// nhà lãnh đạo" names the two sides' leaders. Sentences composed for the tests.
/// </summary>
public sealed class PlaceNamesPairsAndSpellingsTests
{
    [Fact]
    public void A_leader_named_in_a_mausoleums_or_a_citys_name_is_no_participant()
    {
        var events = EventExtractorTests.Run(
            "Chủ tịch Hồ Chí Minh là người sáng lập nước Việt Nam Dân chủ Cộng hòa. "
            + "Ngày 3/4, Thủ tướng Ấn Độ Narendra Modi hội đàm với Thủ tướng Nguyễn Xuân Phúc, sau đó viếng Lăng Chủ tịch Hồ Chí Minh.");

        var talks = Assert.Single(events, e => e.Type == "talks");
        Assert.DoesNotContain("Hồ Chí Minh", talks.Participants);
        Assert.Contains("Narendra Modi", talks.Participants);
    }

    [Fact]
    public void The_last_word_of_a_citys_name_names_nobody()
    {
        var events = EventExtractorTests.Run(
            "Phó Thủ tướng Phạm Bình Minh dự lễ kỷ niệm tại Hà Nội. "
            + "Ngày 9/5, Tổng thống Pháp Emmanuel Macron đã gặp các doanh nghiệp Pháp tại Thành phố Hồ Chí Minh và hội kiến Bí thư Thành ủy Nguyễn Thiện Nhân.");

        Assert.DoesNotContain(events, e => e.Participants.Contains("Phạm Bình Minh"));
    }

    [Theory]
    [InlineData("Scott Swift", "Scott Harbison Swift", true)]
    [InlineData("Daniel J. Kritenbrink", "Daniel Kritenbrink", true)]
    [InlineData("Michelle Bachelet", "Michelle Bachelet Jeria", true)]
    [InlineData("Vicente Fernandes", "Vincente Fernandes", true)]
    [InlineData("Kim Jong-un", "Kim Jong Un", true)]
    [InlineData("Juan Pérez García", "Juan Perez Garcia", true)]
    [InlineData("Kim Jong Un", "Kim Jong Il", false)]
    [InlineData("Nguyễn Văn Thành", "Nguyễn Văn Thanh", false)]
    [InlineData("Barack Obama", "Michelle Obama", false)]
    public void Two_spellings_of_one_name_are_one_person(string a, string b, bool same) =>
        Assert.Equal(same, EventPeople.SamePerson(a, b));

    [Fact]
    public void A_person_spelt_two_ways_takes_part_once_under_the_fuller_name()
    {
        Assert.Equal(["Scott Harbison Swift", "Phan Văn Giang"], EventPeople.OnceEach(["Scott Swift", "Phan Văn Giang", "Scott Harbison Swift"]));
        Assert.Equal(["Mike Pompeo"], EventPeople.OnceEach(["Mike Pompeo", "Mike Pompeo Mỹ"]));
    }

    [Fact]
    public void A_visits_ordinal_does_not_hide_the_state_visited()
    {
        var events = EventExtractorTests.Run(
            "Thủ tướng Canada Justin Trudeau đang có chuyến thăm lần thứ hai tới Trung Quốc. "
            + "Chủ tịch Trung Quốc Tập Cận Bình đã đón tiếp Thủ tướng Justin Trudeau trong chuyến thăm.");

        var visit = Assert.Single(events, e => e.Type == "visit");
        Assert.Equal(["Justin Trudeau"], visit.Participants);
    }

    [Fact]
    public void Talks_right_after_the_welcome_are_inside_the_visits_span()
    {
        var events = EventExtractorTests.Run(
            "Từ ngày 5 đến 6-2, Thủ tướng Lào Phankham Viphavanh thăm chính thức Việt Nam theo lời mời của Thủ tướng Phạm Minh Chính. "
            + "Ngay sau lễ đón, hai Thủ tướng đã hội đàm tại Trụ sở Chính phủ.");

        var talks = Assert.Single(events, e => e.Type == "talks");
        Assert.Equal("--02-05/--02-06", talks.Date);
        Assert.Equal(["Phankham Viphavanh", "Phạm Minh Chính"], talks.Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_two_leaders_of_named_states_are_the_meetings_participants()
    {
        var events = EventExtractorTests.Run(
            "Tổng thống Hàn Quốc Moon Jae-in và Chủ tịch Triều Tiên Kim Jong-un đã dự lễ khai mạc Thế vận hội. "
            + "Ngày 26-5, hai nhà lãnh đạo Hàn Quốc và Triều Tiên có cuộc gặp bất ngờ tại làng đình chiến Bàn Môn Điếm.");

        var meeting = Assert.Single(events, e => e.Type == "meeting");
        Assert.Equal("--05-26", meeting.Date);
        Assert.Equal(2, meeting.Participants.Count);
        Assert.Contains("Moon Jae-in", meeting.Participants);
    }
}
