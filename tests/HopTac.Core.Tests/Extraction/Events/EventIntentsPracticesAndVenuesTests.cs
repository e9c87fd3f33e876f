using HopTac.Core.Facts;

namespace HopTac.Core.Tests.Extraction.Events;

/// <summary>
/// Session-16 forms (docs/accuracy.md, "Events: session-16 notes"): an event put ahead by "sớm" or promised by "hẹn"; the
/// purpose "nhằm"; a practice told by "thường xuyên" or a habitual predicate of the event noun; a conference whose only
/// state is its venue; a development agency acting for its state. Sentences composed for the tests.
/// </summary>
public sealed class EventIntentsPracticesAndVenuesTests
{
    [Fact]
    public void Extract_reads_no_signing_that_the_sides_agree_to_make_soon()
    {
        var events = EventExtractorTests.Run(
            "Tại cuộc hội đàm ngày 5/3/2024, Tổng thống Phần Lan Alexander Stubb và Thủ tướng Phạm Minh Chính nhất trí sớm ký kết Hiệp định hợp tác giáo dục.");

        Assert.DoesNotContain(events, e => e.Type == "signing");
    }

    [Fact]
    public void Extract_keeps_a_summit_left_early()
    {
        var events = EventExtractorTests.Run("Ngày 14/6/2024, Tổng thống Phần Lan Alexander Stubb rời sớm Hội nghị thượng đỉnh NATO tại Washington.");

        Assert.Contains(events, e => e.Type == "conference");
    }

    [Fact]
    public void Extract_reads_no_meeting_that_is_only_promised()
    {
        var events = EventExtractorTests.Run("Ngày 10/4/2024, Tổng thống Phần Lan Alexander Stubb hẹn gặp lại Thủ tướng Na Uy Jonas Gahr Store tại Oslo.");

        Assert.DoesNotContain(events, e => e.Type == "meeting");
    }

    [Fact]
    public void Extract_reads_no_upgrade_that_is_the_purpose_of_a_visit()
    {
        var events = EventExtractorTests.Run(
            "Ngày 12/3/2024, Tổng thống Phần Lan Alexander Stubb thăm chính thức Việt Nam nhằm nâng cấp quan hệ hai nước lên Đối tác toàn diện.");

        Assert.Contains(events, e => e.Type == "visit");
        Assert.DoesNotContain(events, e => e.Type == "partnership");
    }

    [Fact]
    public void Extract_reads_no_call_that_is_a_practice()
    {
        var events = EventExtractorTests.Run(
            "Ngày 2/5/2024, Tổng thống Phần Lan Alexander Stubb cho biết ông thường xuyên điện đàm với Thủ tướng Na Uy Jonas Gahr Store.");

        Assert.DoesNotContain(events, e => e.Type == "call");
    }

    [Fact]
    public void Extract_reads_no_conference_from_the_habit_of_a_series()
    {
        var events = EventExtractorTests.Run(
            "Diễn đàn An ninh Bắc Âu, thường được tổ chức tại Helsinki vào tháng 9/2023, có sự tham dự của Bộ trưởng Ngoại giao Phần Lan Elina Valtonen và Bộ trưởng Ngoại giao Na Uy Espen Barth Eide.");

        Assert.DoesNotContain(events, e => e.Type == "conference");
    }

    [Fact]
    public void Extract_gives_no_sides_to_a_conference_named_only_with_its_venue()
    {
        var events = EventExtractorTests.Run(
            "Ngày 4/3/2024, Thủ tướng Phạm Minh Chính tiếp Đại sứ Phần Lan tại Việt Nam Keijo Norvanto. "
            + "Diễn đàn An ninh Bắc Âu lần đầu được tổ chức tại Phần Lan năm 2023.");

        Assert.DoesNotContain(events, e => e.Type == "conference");
        Assert.Contains(events, e => e.Type == "meeting");
    }

    [Fact]
    public void Extract_keeps_a_conference_whose_name_gives_its_holder()
    {
        var events = EventExtractorTests.Run(
            "Ngày 4/3/2024, Thủ tướng Phạm Minh Chính tiếp Đại sứ Lào tại Việt Nam Khamphao Ernthavanh. "
            + "Hội nghị Cấp cao ASEAN lần thứ 44 được tổ chức tại Lào năm 2024.");

        var conference = Assert.Single(events, e => e.Type == "conference");
        Assert.Contains("ASEAN", conference.Actors);
    }

    [Fact]
    public void Extract_lets_a_development_agency_act_for_its_state()
    {
        var events = EventExtractorTests.Run("Ngày 11/5/2024, USAID đã ký thoả thuận với Bộ Quốc phòng Việt Nam về xử lý ô nhiễm dioxin.");

        var signing = Assert.Single(events, e => e.Type == "signing");
        Assert.Contains("US", signing.Actors);
        Assert.Contains("VN", signing.Actors);
    }
}
