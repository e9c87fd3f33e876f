namespace HopTac.Core.Tests.Extraction.Events;

/// <summary>
/// Forms found by the second session-9 audit of events (docs/accuracy.md, "Events, second round of session 9"): clauses
/// with no foreign side taking part (companies signing, a conference as the setting of a speech, a sale read as aid, a
/// state named only in a quoted title) and events talked about rather than reported (a plan with two possible dates, a
/// threat or boycott, the preparation of a meeting, a pursued aim, a nominalised or protested event, an event in a
/// "sau khi" clause). Sentences composed for the tests.
/// </summary>
public sealed class EventWithoutForeignSideTests
{
    [Fact]
    public void Extract_does_not_report_a_signing_between_companies()
    {
        var events = EventExtractorTests.Run("Ngày 5/4/2019, Công ty Hàng không Sao Mai và Công ty Cảng Sydney của Australia ký kết thoả thuận hợp tác mở đường bay mới.");

        Assert.DoesNotContain(events, e => e.Type == "signing");
    }

    [Fact]
    public void Extract_still_reports_a_signing_between_states()
    {
        var events = EventExtractorTests.Run("Ngày 5/4/2019, Việt Nam và Australia ký kết thoả thuận hợp tác về hàng không.");

        Assert.Contains(events, e => e.Type == "signing");
    }

    [Fact]
    public void Extract_does_not_report_an_undated_conference_that_is_only_where_someone_spoke()
    {
        var events = EventExtractorTests.Run("Đô đốc Mỹ John Carter phát biểu tại hội thảo rằng Hải quân Mỹ cần hiện diện thường xuyên hơn ở châu Á.");

        Assert.DoesNotContain(events, e => e.Type == "conference");
    }

    [Fact]
    public void Extract_does_not_report_a_transfer_sold_under_a_contract_as_aid()
    {
        var events = EventExtractorTests.Run("Tháng 4/2018, Pháp đã chuyển giao 12 trực thăng cho Ấn Độ trong một hợp đồng trị giá 1 tỷ USD.");

        Assert.DoesNotContain(events, e => e.Type == "aid");
    }

    [Fact]
    public void Extract_does_not_take_a_state_named_in_a_quoted_title_as_a_side_of_a_seminar()
    {
        var events = EventExtractorTests.Run("Sáng 3/4/2019, tại Hà Nội diễn ra hội thảo “Tác động của hiệp định với Nhật Bản đối với nông nghiệp” do một viện nghiên cứu tổ chức.");

        Assert.DoesNotContain(events, e => e.Actors.Contains("JP"));
    }

    [Fact]
    public void Extract_does_not_report_a_plan_with_two_possible_months()
    {
        var events = EventExtractorTests.Run("Cuộc gặp giữa Tổng thống Pháp Emmanuel Macron và Thủ tướng Ấn Độ Rajiv Mehta dự kiến được tổ chức vào tháng 5 hoặc tháng 6.");

        Assert.Empty(events);
    }

    [Fact]
    public void Extract_still_reports_a_plan_with_one_date()
    {
        var events = EventExtractorTests.Run("Cuộc gặp giữa Tổng thống Pháp Emmanuel Macron và Thủ tướng Ấn Độ Rajiv Mehta dự kiến được tổ chức vào ngày 5/6/2019.");

        Assert.NotEmpty(events);
    }

    [Fact]
    public void Extract_does_not_report_a_summit_a_leader_threatens_to_boycott()
    {
        var events = EventExtractorTests.Run("Ngày 10/3/2018, Thủ tướng Campuchia Hun Sen doạ sẽ tẩy chay Hội nghị thượng đỉnh ASEAN - Australia.");

        Assert.DoesNotContain(events, e => e.Type == "conference");
    }

    [Fact]
    public void Extract_does_not_report_a_summit_whose_preparation_a_meeting_reviews()
    {
        var events = EventExtractorTests.Run("Chiều 19/2/2019, Thủ tướng Trần Quốc Bảo chủ trì cuộc họp rà soát công tác chuẩn bị Hội nghị thượng đỉnh Mỹ - Triều Tiên tại Hà Nội.");

        Assert.DoesNotContain(events, e => e.Type == "conference" && e.Actors.Contains("KP"));
    }

    [Fact]
    public void Extract_does_not_report_a_summit_a_leader_pursues()
    {
        var events = EventExtractorTests.Run("Tổng thống Mỹ Donald Trump đang tiếp tục theo đuổi cuộc gặp thượng đỉnh với lãnh đạo Triều Tiên Kim Jong-un.");

        Assert.Empty(events);
    }

    [Fact]
    public void Extract_does_not_report_an_undated_signing_talked_about_as_a_milestone()
    {
        var events = EventExtractorTests.Run("Việc ký kết hiệp định thương mại giữa Việt Nam và Canada là một cột mốc quan trọng.");

        Assert.Empty(events);
    }

    [Fact]
    public void Extract_does_not_report_an_undated_signing_in_a_sau_khi_clause()
    {
        var events = EventExtractorTests.Run("Quan hệ Mỹ - Philippines đã bền chặt suốt 70 năm qua, sau khi hai nước ký kết một hiệp ước phòng thủ chung.");

        Assert.Empty(events);
    }
}
