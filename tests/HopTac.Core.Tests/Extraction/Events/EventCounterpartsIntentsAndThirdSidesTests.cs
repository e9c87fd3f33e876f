namespace HopTac.Core.Tests.Extraction.Events;

/// <summary>
/// Session-17 forms (docs/accuracy.md, "Events: session-17 notes"): "gặp" + a counterpart written lower-case ("người đồng
/// cấp", a title of office); an intention ("dự định", "ý định") or consent ("đồng ý") that puts a meeting ahead; a later
/// mention naming Vietnam that must not make a two-sided meeting three-sided. Sentences composed for the tests.
/// </summary>
public sealed class EventCounterpartsIntentsAndThirdSidesTests
{
    [Fact]
    public void Extract_reads_a_meeting_with_a_counterpart_written_lower_case()
    {
        var events = EventExtractorTests.Run(
            "Ngoại trưởng Phần Lan Elina Valtonen gặp người đồng cấp Na Uy Espen Barth Eide tại Oslo ngày 4/3/2024.");

        var meeting = Assert.Single(events, e => e.Type == "meeting");
        Assert.Equal("2024-03-04", meeting.Date);
        Assert.Contains("NO", meeting.Actors);
        Assert.Contains("FI", meeting.Actors);
    }

    [Fact]
    public void Extract_reads_a_meeting_with_a_title_written_lower_case()
    {
        var events = EventExtractorTests.Run(
            "Ngoại trưởng Phần Lan Elina Valtonen gặp thủ tướng Na Uy Jonas Gahr Store tại Oslo ngày 4/3/2024.");

        Assert.Contains(events, e => e.Type == "meeting" && e.Actors.Contains("NO"));
    }

    [Fact]
    public void Extract_reads_no_meeting_that_is_only_intended()
    {
        var events = EventExtractorTests.Run(
            "Ngày 2/5/2024, Tổng thống Phần Lan Alexander Stubb cho biết ông dự định gặp Thủ tướng Na Uy Jonas Gahr Store.");

        Assert.DoesNotContain(events, e => e.Type == "meeting");
    }

    [Fact]
    public void Extract_reads_no_meeting_that_is_only_agreed_to()
    {
        var events = EventExtractorTests.Run(
            "Tổng thống Phần Lan Alexander Stubb đã đồng ý gặp Thủ tướng Na Uy Jonas Gahr Store tại một địa điểm chưa xác định.");

        Assert.DoesNotContain(events, e => e.Type == "meeting");
    }

    [Fact]
    public void Extract_keeps_a_meeting_that_a_later_mention_of_vietnam_would_make_three_sided()
    {
        var events = EventExtractorTests.Run(
            "Ngày 23/4/2024, Tổng thống Phần Lan Alexander Stubb gặp Thủ tướng Na Uy Jonas Gahr Store tại Oslo. "
            + "Sau khi dừng chân tại Na Uy và Việt Nam, ông Stubb gặp Thủ tướng Na Uy Jonas Gahr Store lần nữa.");

        var meeting = Assert.Single(events, e => e.Type == "meeting");
        Assert.DoesNotContain("VN", meeting.Actors);
    }
}
