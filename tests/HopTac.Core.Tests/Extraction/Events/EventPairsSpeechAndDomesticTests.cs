namespace HopTac.Core.Tests.Extraction.Events;

/// <summary>
/// Forms found by the session-11 corpus audit of events (docs/accuracy.md, "Events: session-11 notes"): states written
/// by short names in a pair, an earlier clause's states taken as sides of a visit, a speaker's topic taken as a side,
/// an agreement's parties taken as a seminar's, a domestic meeting lent a foreign side, aid words that name a team or a
/// generic plural, and an event nominalised by "việc". Sentences composed for the tests.
/// </summary>
public sealed class EventPairsSpeechAndDomesticTests
{
    [Fact]
    public void Extract_reads_both_states_of_a_pair_written_with_short_names()
    {
        var events = EventExtractorTests.Run("Hội nghị thượng đỉnh Mỹ - Triều lần thứ ba diễn ra tại Bàn Môn Điếm ngày 30/6/2019.");

        var summit = Assert.Single(events, e => e.Type == "conference");
        Assert.Contains("US", summit.Actors);
        Assert.Contains("KP", summit.Actors);
    }

    [Fact]
    public void Extract_reads_an_inter_korean_summit_as_one_between_both_koreas()
    {
        var events = EventExtractorTests.Run("Hội nghị thượng đỉnh liên Triều diễn ra tại Bình Nhưỡng ngày 18/9/2018.");

        var summit = Assert.Single(events, e => e.Type == "conference");
        Assert.Contains("KP", summit.Actors);
        Assert.Contains("KR", summit.Actors);
    }

    [Fact]
    public void Extract_does_not_read_the_middle_of_a_compound_as_a_state()
    {
        var events = EventExtractorTests.Run("Ngày 4/4/2019, Thủ tướng Lào Somsak Vongkham hội đàm với các tỉnh Bắc - Trung - Nam.");

        Assert.DoesNotContain(events, e => e.Actors.Contains("CN"));
    }

    [Fact]
    public void Extract_leaves_the_states_of_an_earlier_clause_out_of_a_visit()
    {
        var events = EventExtractorTests.Run("Kênh truyền hình do Venezuela, Cuba và Bolivia tài trợ, nhắc lại việc Chủ tịch nước Lê Minh Đạo thăm Cuba vào tháng 10/1995.");

        var visit = Assert.Single(events, e => e.Type == "visit");
        Assert.Equal(["VN", "CU"], visit.Actors.Order().Reverse());
    }

    [Fact]
    public void Extract_does_not_make_the_state_a_speaker_talks_about_a_side_of_the_conference()
    {
        var events = EventExtractorTests.Run("Ngày 17/2/2018, tại Hội nghị An ninh Munich, Cố vấn an ninh quốc gia Mỹ Robert Hale cho biết Nga đã can thiệp vào cuộc bầu cử.");

        Assert.DoesNotContain(events, e => e.Actors.Contains("RU"));
    }

    [Fact]
    public void Extract_keeps_a_side_named_before_the_verb_of_saying()
    {
        var events = EventExtractorTests.Run("Ngày 5/3/2019, trong cuộc hội đàm với Thủ tướng Nhật Bản Kenji Sato, Tổng thống Nga Ivan Petrov nhấn mạnh Mỹ cần giảm căng thẳng.");

        var talks = Assert.Single(events, e => e.Type == "talks");
        Assert.Contains("JP", talks.Actors);
        Assert.Contains("RU", talks.Actors);
        Assert.DoesNotContain("US", talks.Actors);
    }

    [Fact]
    public void Extract_does_not_make_an_agreements_parties_the_sides_of_a_seminar_about_it()
    {
        var events = EventExtractorTests.Run("Hội thảo cập nhật Hiệp định thương mại tự do Việt Nam - EU diễn ra ở TP. HCM ngày 5/7/2019, với sự tham gia của nhiều doanh nghiệp.");

        Assert.DoesNotContain(events, e => e.Type == "conference" && e.Actors.Contains("EU"));
    }

    [Fact]
    public void Extract_lends_no_foreign_side_to_a_meeting_with_a_vietnamese_body()
    {
        var events = EventExtractorTests.Run("Đại sứ Pháp Jean Martin thăm Hà Nội ngày 2/4/2019. Ngày 10/4/2019, Tổng bí thư Nguyễn Văn Lâm có buổi làm việc với đoàn Chủ tịch Mặt trận Tổ quốc Việt Nam.");

        Assert.DoesNotContain(events, e => e.Type == "talks");
    }

    [Fact]
    public void Extract_still_lends_the_partner_to_talks_whose_counterpart_the_sentence_leaves_unnamed()
    {
        var events = EventExtractorTests.Run("Thủ tướng Pháp Jean Martin đến Hà Nội ngày 2/4/2019. Ngày 3/4/2019, Thủ tướng Nguyễn Văn Lâm hội đàm với người đồng cấp.");

        Assert.Contains(events, e => e.Type == "talks" && e.Actors.Contains("FR"));
    }

    [Fact]
    public void Extract_does_not_read_a_support_team_as_aid()
    {
        var events = EventExtractorTests.Run("Đan Mạch cử một đội hỗ trợ y tế gồm 14 thành viên tới Iraq.");

        Assert.DoesNotContain(events, e => e.Type == "aid");
    }

    [Fact]
    public void Extract_does_not_read_a_generic_plural_of_aid_sums_as_aid()
    {
        var events = EventExtractorTests.Run("Từ tháng 6/2016, Tổng thống Philippines Ramon Cruz theo chính sách thân Trung Quốc để đổi lấy các khoản viện trợ 24 tỷ USD.");

        Assert.DoesNotContain(events, e => e.Type == "aid");
    }

    [Fact]
    public void Extract_does_not_report_an_undated_event_nominalised_by_viec()
    {
        var events = EventExtractorTests.Run("Việc Việt Nam đã ký Hiệp định với Liên minh kinh tế Á - Âu tạo vị thế mới cho Việt Nam.");

        Assert.DoesNotContain(events, e => e.Type == "signing");
    }

    [Fact]
    public void Extract_does_not_make_a_border_named_by_a_pair_a_side()
    {
        var events = EventExtractorTests.Run("Ngày 30/6/2019, Tổng thống Mỹ Donald Trump có cuộc gặp với lãnh đạo Triều Tiên Kim Jong-un tại biên giới Hàn - Triều.");

        var meeting = Assert.Single(events, e => e.Type == "meeting");
        Assert.DoesNotContain("KR", meeting.Actors);
    }
}
