namespace HopTac.Core.Tests.Extraction.Events;

/// <summary>
/// Session 17 round 2 (docs/accuracy.md, "Event participants: session-17 round-2 notes"): a leader named by description
/// ("nhà lãnh đạo Triều Tiên", "ông chủ Nhà Trắng") is the state's one top leader the page names, never a deputy, a
/// relative or one of several leaders. Sentences composed for the tests.
/// </summary>
public sealed class LeaderDescriptionsTests
{
    [Fact]
    public void A_leader_description_names_the_states_one_top_leader()
    {
        var events = EventExtractorTests.Run(
            "Chủ tịch Triều Tiên Kim Jong-un và Ngoại trưởng Triều Tiên Ri Yong-ho đã tới Hà Nội. "
            + "Ngày 27/2, Tổng thống Mỹ Donald Trump hội đàm với nhà lãnh đạo Triều Tiên tại Hà Nội.");

        var talks = Assert.Single(events, e => e.Type == "talks");
        Assert.Equal(["Donald Trump", "Kim Jong-un"], talks.Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_seat_of_government_names_its_president()
    {
        var events = EventExtractorTests.Run(
            "Tổng thống Mỹ Donald Trump và Ngoại trưởng Mỹ Mike Pompeo tới Tokyo. Thủ tướng Nhật Bản Shinzo Abe đón đoàn. "
            + "Ngày 6/11, ông chủ Nhà Trắng hội đàm với Thủ tướng Nhật Bản tại Tokyo.");

        var talks = Assert.Single(events, e => e.Type == "talks");
        Assert.Equal(["Donald Trump", "Shinzo Abe"], talks.Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_deputy_or_a_relative_is_not_the_leader()
    {
        var events = EventExtractorTests.Run(
            "Phó Thủ tướng Nhật Bản Taro Aso tới Hà Nội. "
            + "Ngày 6/6, Thủ tướng Nguyễn Xuân Phúc hội đàm với lãnh đạo Nhật Bản tại Hà Nội.");

        Assert.DoesNotContain(events, e => e.Participants.Contains("Taro Aso"));
    }
}
