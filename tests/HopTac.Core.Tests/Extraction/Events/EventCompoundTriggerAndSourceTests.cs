using HopTac.Core.Facts;

namespace HopTac.Core.Tests.Extraction.Events;

/// <summary>
/// The false events the session-6 corpus audit (folders 600-639) found often: syllables of compounds read as triggers
/// ("trực tiếp", "đại diện đàm phán", "bên ký kết", "tăng"), aid spoken of as a policy, a statement's date after the
/// verb of saying, the source of a report and the people of another event taken as participants. Every page here is
/// composed for the test.
/// </summary>
public sealed class EventCompoundTriggerAndSourceTests
{
    private static IReadOnlyList<EventFact> Run(string text, DateOnly? pageDate = null) => EventExtractorTests.Run(text, pageDate);

    [Theory]
    [InlineData("Ngày 3/4, Bộ Ngoại giao Brazil cho rằng việc Canada triển khai tên lửa là vi phạm trực tiếp Hiệp ước Ottawa.")]
    [InlineData("Ngày 3/4, Canada liên tiếp Brasilia chỉ trích về thuế quan.")]
    public void A_compound_ending_in_tiep_is_no_reception(string sentence)
    {
        Assert.DoesNotContain(Run(sentence), e => e.Type == "meeting");
    }

    [Fact]
    public void A_negotiator_is_no_phone_call()
    {
        var events = Run("Ngày 3/4, ông Lucas Pereira là đại diện đàm phán chính của Brazil với Canada.");

        Assert.DoesNotContain(events, e => e.Type == "call");
    }

    [Fact]
    public void A_signatory_party_is_no_signing()
    {
        var events = Run("Ngày 3/4, các chuyên gia chỉ ra rằng Brazil là một bên ký kết Công ước Ottawa về mìn sát thương.");

        Assert.DoesNotContain(events, e => e.Type == "signing");
    }

    [Fact]
    public void A_rise_in_trade_is_no_gift()
    {
        var events = Run("Năm ngoái, Brazil nhập khẩu hàng hoá từ Canada tăng 80% so với năm trước.");

        Assert.DoesNotContain(events, e => e.Type == "aid");
    }

    [Fact]
    public void Aid_with_neither_a_date_nor_an_amount_is_a_policy_not_a_delivery()
    {
        var events = Run("Các nhà phân tích cho rằng Canada viện trợ quân sự cho Brazil không đáng kể so với các đồng minh khác.");

        Assert.DoesNotContain(events, e => e.Type == "aid");
    }

    [Fact]
    public void Aid_given_with_an_amount_is_kept()
    {
        var events = Run("Ngày 3/4, Canada đã viện trợ 5 triệu USD cho Brazil để khắc phục hậu quả lũ lụt.");

        var aid = Assert.Single(events, e => e.Type == "aid");
        Assert.Contains("CA", aid.Actors);
    }

    [Fact]
    public void A_year_is_not_the_amount_of_support()
    {
        var events = Run("Hải quân Canada đã được điều động tới gần Brazil kể từ khi Ottawa đồng ý hỗ trợ Bolivia vào năm 2015.");

        Assert.DoesNotContain(events, e => e.Type == "aid");
    }

    [Fact]
    public void The_date_after_a_verb_of_saying_is_the_statements()
    {
        var events = Run("\"Chúng tôi sẽ công du Canada trong tháng 11\", Reuters dẫn lời Tổng thống Brazil Lucas Pereira hôm 14/9.");

        Assert.DoesNotContain(events, e => e.Date == "--09-14");
    }

    [Fact]
    public void The_date_before_cho_hay_is_the_reports()
    {
        var events = Run("Báo Ottawa Times ngày 23/6 cho hay: Tổng thống Brazil Lucas Pereira đã bày tỏ lòng biết ơn khi gặp Thủ tướng Canada Mark Dubois tại Lima.");

        Assert.DoesNotContain(events, e => e.Date == "--06-23");
    }

    [Fact]
    public void The_source_of_a_report_is_not_a_participant()
    {
        var events = Run("Theo ông Paulo Mendes, Tổng thống Brazil Lucas Pereira sẽ gặp Thủ tướng Canada Mark Dubois tại Ottawa vào ngày 4/4.");

        var meeting = Assert.Single(events, e => e.Type == "meeting");
        Assert.DoesNotContain("Paulo Mendes", meeting.Participants);
        Assert.Contains("Lucas Pereira", meeting.Participants);
    }

    [Fact]
    public void A_later_undated_mention_adds_no_one_acting_for_another_state()
    {
        var events = Run(
            "Ngày 28/6, Tổng thống Brazil Lucas Pereira có cuộc gặp 3 bên với Thủ tướng Canada Mark Dubois và Thủ tướng Peru Jorge Ramos.\n" +
            "Cuộc gặp 3 bên diễn ra trước cuộc gặp quan trọng của ông Pereira với Thủ tướng Chile Andrés Soto ngày 29/6.");

        var first = Assert.Single(events, e => e.Type == "meeting" && e.Date == "--06-28");
        Assert.DoesNotContain("Andrés Soto", first.Participants);
    }

    [Fact]
    public void An_undated_visit_only_related_to_is_no_event()
    {
        var events = Run("Liên quan đến chuyến thăm của Bộ trưởng Quốc phòng Canada Mark Dubois tới Brazil, người phát ngôn cho hay sẽ thông tin sau.");

        Assert.DoesNotContain(events, e => e.Type == "visit");
    }

    [Theory]
    [InlineData("Ngày 6/2, Phó Thủ tướng Brazil Lucas Pereira đã gặp mặt những người biểu tình chống chính phủ Canada.")]
    [InlineData("Ngày 6/2, một nhà ngoại giao Brazil đã gặp gỡ các thủ lĩnh đối lập Canada tại một khách sạn.")]
    public void A_meeting_with_protesters_or_the_opposition_is_no_meeting_of_two_sides(string sentence)
    {
        Assert.DoesNotContain(Run(sentence), e => e.Type == "meeting");
    }

    [Fact]
    public void People_of_one_state_meeting_abroad_are_no_meeting_with_the_host_state()
    {
        var events = Run("Ngày 6/2, Đại sứ Brazil Lucas Pereira có cuộc gặp với Đô đốc Brazil Paulo Mendes ở Canada.");

        Assert.DoesNotContain(events, e => e.Type == "meeting" && e.Actors.Contains("CA"));
    }

    [Fact]
    public void A_summits_sides_come_from_its_name_and_its_people_not_from_what_is_said_there()
    {
        var events = Run("Ngày 26/8, phát biểu tại Hội nghị thượng đỉnh G20 ở Biarritz, Tổng thống Brazil Lucas Pereira chỉ trích Nhật Bản và Peru.");

        var summit = Assert.Single(events, e => e.Type == "conference");
        Assert.Contains("G20", summit.Actors);
        Assert.DoesNotContain("JP", summit.Actors);
        Assert.DoesNotContain("PE", summit.Actors);
    }

    [Fact]
    public void A_visit_someone_is_invited_to_make_is_no_visit()
    {
        var events = Run("Ngày 26/5, Thủ tướng Canada Mark Dubois đã mời Tổng thống Brazil Lucas Pereira thăm chính thức Canada.");

        Assert.DoesNotContain(events, e => e.Type == "visit");
    }

    [Fact]
    public void The_state_a_visit_takes_place_in_stays_its_host_side()
    {
        var events = Run("Tổng thống Brazil Lucas Pereira đã nhắc đến điều đó trong chuyến thăm cấp Nhà nước tại Canada tháng 11 năm 2015.");

        var visit = Assert.Single(events, e => e.Type == "visit");
        Assert.Contains("CA", visit.Actors);
        Assert.Contains("BR", visit.Actors);
    }

    [Fact]
    public void A_meeting_on_the_same_day_takes_the_day_the_page_last_named()
    {
        var events = Run(
            "Sáng 14/3, Thủ tướng Canada Mark Dubois đã hội đàm với Tổng thống Brazil Lucas Pereira tại Brasilia.\n" +
            "Chiều cùng ngày, Thủ tướng Canada Mark Dubois hội kiến Chủ tịch Thượng viện Brazil Paulo Mendes.");

        var meeting = Assert.Single(events, e => e.Type == "meeting");
        Assert.Equal("--03-14", meeting.Date);
    }
}
