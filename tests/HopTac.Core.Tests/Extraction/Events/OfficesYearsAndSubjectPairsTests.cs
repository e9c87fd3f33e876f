using HopTac.Core.Extraction.Events;

namespace HopTac.Core.Tests.Extraction.Events;

/// <summary>
/// Session 17's rules for event participants, dates and sides (docs/accuracy.md, "Event fields: session-17 notes"): an
/// office with its state names the one holder of that office among several people of the state, and "người đồng cấp" +
/// a state its one person; a bare year that modifies a noun gives no year to the sentence's other days; two states
/// joined by "và" right before the verb are the sides of the signing. Sentences composed for the tests.
/// </summary>
public sealed class OfficesYearsAndSubjectPairsTests
{
    [Fact]
    public void An_office_and_a_state_name_the_holder_of_that_office_among_several()
    {
        var events = EventExtractorTests.Run(
            "Tổng thống Hàn Quốc Moon Jae-in và Ngoại trưởng Hàn Quốc Kang Kyung-wha đã tới Washington. "
            + "Ngày 11/4, Tổng thống Mỹ Donald Trump tiếp Tổng thống Hàn Quốc tại Nhà Trắng.");

        var meeting = Assert.Single(events, e => e.Type == "meeting");
        Assert.Contains("Moon Jae-in", meeting.Participants);
        Assert.DoesNotContain("Kang Kyung-wha", meeting.Participants);
    }

    [Theory]
    [InlineData("Phó Thủ tướng Nhật Bản Taro Aso", "Thủ tướng Nhật Bản Shinzo Abe", "Shinzo Abe")]
    [InlineData("cựu Thủ tướng Nhật Bản Yukio Hatoyama", "Thủ tướng Nhật Bản Shinzo Abe", "Shinzo Abe")]
    public void A_deputy_or_a_former_holder_does_not_hold_the_office(string other, string holder, string name)
    {
        var events = EventExtractorTests.Run(
            $"{holder} và {other} dự lễ kỷ niệm tại Tokyo. "
            + "Ngày 6/6, Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Nhật Bản tại Tokyo.");

        var talks = Assert.Single(events, e => e.Type == "talks");
        Assert.Equal(["Nguyễn Xuân Phúc", name], talks.Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_counterpart_of_a_state_is_its_one_person_on_the_page()
    {
        var events = EventExtractorTests.Run(
            "Ngoại trưởng Thổ Nhĩ Kỳ Mevlut Cavusoglu nói về tình hình Syria. "
            + "Ngày 5/3, Ngoại trưởng Mỹ Mike Pompeo điện đàm với người đồng cấp Thổ Nhĩ Kỳ.");

        var call = Assert.Single(events, e => e.Type == "call");
        Assert.Equal(["Mevlut Cavusoglu", "Mike Pompeo"], call.Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_year_that_modifies_a_noun_gives_the_days_no_year()
    {
        var events = EventExtractorTests.Run(
            "Hôm 16/7, Tổng thống Mỹ Donald Trump hội đàm với Tổng thống Nga Vladimir Putin tại Helsinki, sau các cáo buộc về cuộc bầu cử tổng thống năm 2016.");

        var talks = Assert.Single(events, e => e.Type == "talks");
        Assert.Equal("--07-16", talks.Date);
    }

    [Fact]
    public void A_year_that_frames_the_sentence_still_dates_its_days()
    {
        var events = EventExtractorTests.Run(
            "Trong năm 2018, hôm 16/7, Tổng thống Mỹ Donald Trump hội đàm với Tổng thống Nga Vladimir Putin tại Helsinki.");

        var talks = Assert.Single(events, e => e.Type == "talks");
        Assert.Equal("2018-07-16", talks.Date);
    }

    [Fact]
    public void Two_states_joined_before_the_verb_are_the_signings_sides()
    {
        var events = EventExtractorTests.Run(
            "Tổng thống Syria Bashar Assad tiếp tục tấn công Idlib mặc dù trước đó Nga và Thổ Nhĩ Kỳ đã ký thoả thuận ngừng bắn tại đây hôm 17/9.");

        var signing = Assert.Single(events, e => e.Type == "signing");
        Assert.Equal(["RU", "TR"], signing.Actors.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("Bashar Assad", signing.Participants);
    }

    [Fact]
    public void A_list_of_three_states_before_the_verb_keeps_all_three()
    {
        var events = EventExtractorTests.Run(
            "Ngày 10/5, Nga, Iran và Thổ Nhĩ Kỳ đã ký thoả thuận thiết lập các khu vực giảm căng thẳng tại Syria.");

        var signing = Assert.Single(events, e => e.Type == "signing");
        Assert.Equal(["IR", "RU", "TR"], signing.Actors.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_ministers_counterpart_is_not_the_prime_minister_of_that_state()
    {
        var events = EventExtractorTests.Run(
            "Thủ tướng Singapore Lý Hiển Long phát biểu tại Quốc hội. "
            + "Ngày 7/6, Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh điện đàm với người đồng cấp Singapore.");

        var call = Assert.Single(events, e => e.Type == "call");
        Assert.DoesNotContain("Lý Hiển Long", call.Participants);
    }
}
