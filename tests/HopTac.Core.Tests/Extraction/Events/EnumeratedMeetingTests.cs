namespace HopTac.Core.Tests.Extraction.Events;

/// <summary>
/// Several meetings in one sentence (facts.md: one meeting event per host): "các cuộc gặp, trao đổi song phương với A,
/// B", and a plural title shared by the states after it ("các Thủ tướng Ấn Độ, Canada"). Sentences composed for the tests.
/// </summary>
public sealed class EnumeratedMeetingTests
{
    [Fact]
    public void Extract_gives_one_meeting_per_counterpart_after_a_second_verb_of_the_meeting()
    {
        var events = EventExtractorTests.Run("Ngày 9/6/2019, Thủ tướng Trần Quốc Bảo đã có các cuộc gặp, trao đổi song phương với Tổng thống Chile, Thủ tướng Ấn Độ và Chủ tịch Uỷ ban châu Âu.");

        var meetings = events.Where(e => e.Type == "meeting").ToList();
        Assert.Equal(3, meetings.Count);
        Assert.Contains(meetings, e => e.Actors.Contains("CL"));
        Assert.Contains(meetings, e => e.Actors.Contains("IN"));
        Assert.Contains(meetings, e => e.Actors.Contains("EU"));
    }

    [Fact]
    public void Extract_reads_a_plural_title_as_shared_by_the_states_that_follow()
    {
        var events = EventExtractorTests.Run("Ngày 9/6/2019, Thủ tướng Trần Quốc Bảo đã gặp Tổng thống Chile, các Thủ tướng Ấn Độ, Canada.");

        var meetings = events.Where(e => e.Type == "meeting").ToList();
        Assert.Equal(3, meetings.Count);
        Assert.Contains(meetings, e => e.Actors.Contains("CA"));
    }

    [Fact]
    public void Extract_keeps_a_generic_plural_without_a_list_out()
    {
        var events = EventExtractorTests.Run("Ngày 9/6/2019, Thủ tướng Trần Quốc Bảo đã có các cuộc gặp, trao đổi song phương bên lề hội nghị tại Nhật Bản.");

        Assert.DoesNotContain(events, e => e.Type == "meeting");
    }

    [Fact]
    public void Extract_ends_a_list_of_hosts_where_the_next_verb_begins()
    {
        var events = EventExtractorTests.Run("Ngày 15/5/2019, Thủ tướng Hungary Orbán Viktor đến chào xã giao Tổng Bí thư Trần Văn Lâm, Chủ tịch nước Lê Minh Quân, hội kiến Chủ tịch Quốc hội Đỗ Thị Hạnh.");

        var meetings = events.Where(e => e.Type == "meeting").ToList();
        Assert.Equal(3, meetings.Count);
        Assert.All(meetings, m => Assert.Equal(2, m.Participants.Count));
    }

    [Fact]
    public void Extract_does_not_give_the_side_of_an_earlier_meeting_to_a_later_list()
    {
        var events = EventExtractorTests.Run("Ngày 9/6/2019, ngoài cuộc gặp Tổng thống Mỹ, Thủ tướng Trần Quốc Bảo còn có các cuộc gặp với Tổng thống Chile, Thủ tướng Ấn Độ.");

        var meetings = events.Where(e => e.Type == "meeting" && !e.Actors.Contains("US")).ToList();
        Assert.Equal(2, meetings.Count);
    }

    [Fact]
    public void Extract_reads_a_list_of_hosts_over_its_semicolons()
    {
        var events = EventExtractorTests.Run("Ngày 11/3/2018, Bộ trưởng Ngoại giao Lào Saleumxay Kommasith đã lần lượt hội kiến Tổng Bí thư Trần Văn Lâm; Chủ tịch Quốc hội Đỗ Thị Hạnh.");

        Assert.Equal(2, events.Count(e => e.Type == "meeting"));
    }

    [Fact]
    public void Extract_gives_one_meeting_per_host_who_received_the_guest_in_turn()
    {
        var events = EventExtractorTests.Run("Ngày 12/3/2018, Tổng Bí thư Trần Văn Lâm và Thủ tướng Lê Minh Quân đã lần lượt tiếp Bộ trưởng Ngoại giao Lào Saleumxay Kommasith.");

        var meetings = events.Where(e => e.Type == "meeting").ToList();
        Assert.Equal(2, meetings.Count);
        Assert.All(meetings, m => Assert.Contains("Saleumxay Kommasith", m.Participants));
        Assert.All(meetings, m => Assert.Equal(2, m.Participants.Count));
    }

    [Fact]
    public void Extract_keeps_a_joint_reception_without_in_turn_as_one_meeting()
    {
        var events = EventExtractorTests.Run("Ngày 12/3/2018, Tổng Bí thư Trần Văn Lâm và Thủ tướng Lê Minh Quân đã tiếp Bộ trưởng Ngoại giao Lào Saleumxay Kommasith.");

        Assert.Single(events, e => e.Type == "meeting");
    }
}
