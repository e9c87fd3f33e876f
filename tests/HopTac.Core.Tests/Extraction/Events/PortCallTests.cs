namespace HopTac.Core.Tests.Extraction.Events;

/// <summary>
/// A foreign navy's, coast guard's or training ship's port call is a visit (facts.md "Event types"); a port or city of
/// Vietnam visited makes Vietnam the host even where the page never writes "Việt Nam". Sentences composed for the tests.
/// </summary>
public sealed class PortCallTests
{
    [Fact]
    public void Extract_reads_a_coast_guard_cutters_port_call_as_a_visit()
    {
        var events = EventExtractorTests.Run("Tàu tuần duyên Midgett của Mỹ cập cảng Manila của Philippines ngày 14/6/2019.");

        var visit = Assert.Single(events, e => e.Type == "visit");
        Assert.Contains("US", visit.Actors);
        Assert.Contains("PH", visit.Actors);
    }

    [Fact]
    public void Extract_makes_vietnam_the_host_of_a_port_call_at_a_vietnamese_port()
    {
        var events = EventExtractorTests.Run("Ngày 3/8/2019, tàu khu trục Admiral Tributs của Hải quân Nga cập cảng Cam Ranh.");

        var visit = Assert.Single(events, e => e.Type == "visit");
        Assert.Equal(["RU", "VN"], visit.Actors.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Extract_reads_the_host_from_the_later_trigger_where_the_first_names_only_a_quay()
    {
        var events = EventExtractorTests.Run("Từ ngày 5 đến 8/9/2019, đội tàu Hải quân Ấn Độ cập cảng Tiên Sa, bắt đầu chuyến thăm hữu nghị thành phố Đà Nẵng.");

        var visit = Assert.Single(events, e => e.Type == "visit");
        Assert.Equal(["IN", "VN"], visit.Actors.Order(StringComparer.Ordinal));
        Assert.Equal("2019-09-05/2019-09-08", visit.Date);
    }

    [Fact]
    public void Extract_does_not_read_a_merchant_ships_arrival_as_a_visit()
    {
        var events = EventExtractorTests.Run("Ngày 30/1/2019, tàu chở hàng Tan Cang Pioneer từ Peru cập cảng Nam Hải.");

        Assert.DoesNotContain(events, e => e.Type == "visit");
    }
}
