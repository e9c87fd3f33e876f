using HopTac.Core.Facts;

namespace HopTac.Core.Tests.Extraction.Events;

/// <summary>
/// The forms of issue 12: listed meetings, recalled and context-dated events, seminars, port calls, listed givers,
/// anniversaries, pledges and the people who take part. Every page here is composed for the test.
/// </summary>
public sealed class ContextRulesTests
{
    private static IReadOnlyList<EventFact> Run(string text, DateOnly? pageDate = null) => EventExtractorTests.Run(text, pageDate);

    [Fact]
    public void Three_meetings_listed_in_one_sentence_are_three_events_each_with_its_counterpart()
    {
        var events = Run(
            "Tổng thống Peru Ana Torres có chuyến thăm cấp Nhà nước tới Việt Nam.\n" +
            "Chiều 14/3, Tổng thống Peru có các cuộc hội kiến với Tổng Bí thư Lê Văn Hùng, Thủ tướng Trần Quốc Bảo và Chủ tịch Quốc hội Phạm Thị Lan.");

        var meetings = events.Where(e => e.Type == "meeting").ToList();
        Assert.Equal(3, meetings.Count);
        Assert.All(meetings, m => Assert.Contains("PE", m.Actors));
        Assert.Single(meetings, m => m.Participants.Contains("Trần Quốc Bảo"));
        Assert.Single(meetings, m => m.Participants.Contains("Phạm Thị Lan"));
        Assert.All(meetings, m => Assert.Contains("Ana Torres", m.Participants));
    }

    [Fact]
    public void Two_ministers_met_on_the_sidelines_are_two_meetings_dated_by_the_conference_range()
    {
        var events = Run("Bên lề Hội nghị Bộ trưởng Ngoại giao ASEAN tổ chức từ 5 đến 6-2 tại Jakarta, Bộ trưởng Ngoại giao Đỗ Minh Quân gặp Bộ trưởng Ngoại giao Thái Lan và Bộ trưởng Ngoại giao Philippines.");

        var meetings = events.Where(e => e.Type == "meeting").ToList();
        Assert.Equal(2, meetings.Count);
        Assert.Contains(meetings, m => m.Actors.Contains("TH") && !m.Actors.Contains("PH"));
        Assert.Contains(meetings, m => m.Actors.Contains("PH") && !m.Actors.Contains("TH"));
        Assert.All(meetings, m => Assert.Equal("--02-05/--02-06", m.Date));
        Assert.Equal("--02-05/--02-06", Assert.Single(events, e => e.Type == "conference").Date);
    }

    [Fact]
    public void Aid_from_several_states_in_one_list_is_one_record_per_giver()
    {
        var events = Run("Tháng 9/2017, Nhật Bản, Hàn Quốc và Australia đã viện trợ khẩn cấp hàng triệu USD giúp Việt Nam khắc phục hậu quả bão lũ.");

        var aid = events.Where(e => e.Type == "aid").ToList();
        Assert.Equal(3, aid.Count);
        Assert.Single(aid, a => a.Actors.Contains("JP"));
        Assert.Single(aid, a => a.Actors.Contains("KR"));
        Assert.Single(aid, a => a.Actors.Contains("AU"));
        Assert.All(aid, a => Assert.Equal("2017-09", a.Date));
    }

    [Fact]
    public void A_training_ship_port_call_is_a_visit_dated_by_its_range()
    {
        var events = Run("Tàu huấn luyện Kaiwo của hải quân Nhật Bản đã cập cảng Cam Ranh, thăm Việt Nam từ ngày 12 đến 15/4.");

        var visit = Assert.Single(events, e => e.Type == "visit");
        Assert.Contains("JP", visit.Actors);
        Assert.Equal("--04-12/--04-15", visit.Date);
    }

    [Fact]
    public void A_seminar_held_with_a_foreign_side_is_a_conference()
    {
        var conference = Assert.Single(Run("Ngày 14/10/2019, Bộ Y tế Việt Nam và Bộ Y tế Cuba tổ chức hội thảo về y học cổ truyền."));

        Assert.Equal("conference", conference.Type);
        Assert.Contains("CU", conference.Actors);
        Assert.Equal("2019-10-14", conference.Date);
    }

    [Fact]
    public void A_domestic_seminar_is_no_event() =>
        Assert.Empty(Run("Ngày 14/10/2019, Sở Y tế Thành phố tổ chức hội thảo về an toàn thực phẩm."));

    [Fact]
    public void A_recalled_visit_keeps_the_year_the_text_gives_it()
    {
        var events = Run("Năm 2006, Tổng thống Mexico Luis Ortega đã đến thăm Việt Nam và tham dự Hội nghị cấp cao APEC tại Hà Nội.");

        Assert.Equal("2006", Assert.Single(events, e => e.Type == "visit").Date);
    }

    [Fact]
    public void The_signing_named_in_a_caption_keeps_the_caption_date_and_both_signatories()
    {
        var signing = Assert.Single(Run("Bộ trưởng Quốc phòng New Zealand Mark Rowe và Bộ trưởng Quốc phòng Lê Đình Tuấn sau lễ ký tuyên bố hôm 8/11."));

        Assert.Equal("signing", signing.Type);
        Assert.Equal("--11-08", signing.Date);
        Assert.Contains("Mark Rowe", signing.Participants);
        Assert.Contains("Lê Đình Tuấn", signing.Participants);
    }

    [Fact]
    public void The_two_leaders_who_witness_a_signing_after_the_talks_are_its_participants()
    {
        var events = Run(
            "Tối 16/10, Thủ tướng Trần Quốc Bảo hội đàm với Thủ tướng Hà Lan Pieter de Vries.\n" +
            "Sau cuộc hội đàm, hai thủ tướng đã chứng kiến lễ ký kết một số văn kiện hợp tác.");

        var signing = Assert.Single(events, e => e.Type == "signing");
        Assert.Equal("--10-16", signing.Date);
        Assert.Contains("Pieter de Vries", signing.Participants);
        Assert.Contains("Trần Quốc Bảo", signing.Participants);
        Assert.Single(events, e => e.Type == "talks");
    }

    [Fact]
    public void A_later_word_on_the_talks_naming_a_bloc_is_no_second_talks()
    {
        var events = Run(
            "Tối 16/10, Thủ tướng Trần Quốc Bảo hội đàm với Thủ tướng Hà Lan Pieter de Vries.\n" +
            "Tại hội đàm, hai bên nhất trí thúc đẩy Hiệp định thương mại tự do Việt Nam - EU.");

        var talks = Assert.Single(events, e => e.Type == "talks");
        Assert.DoesNotContain("EU", talks.Actors);
    }

    [Fact]
    public void A_bloc_named_as_a_topic_is_not_a_side_of_bilateral_talks()
    {
        var talks = Assert.Single(Run("Ngày 3/5/2019, Thủ tướng Trần Quốc Bảo hội đàm với Thủ tướng Hà Lan Pieter de Vries về Hiệp định thương mại tự do Việt Nam - EU."));

        Assert.Contains("NL", talks.Actors);
        Assert.DoesNotContain("EU", talks.Actors);
    }

    [Fact]
    public void The_visitor_named_after_the_trigger_is_the_visits_participant_not_the_host_who_speaks()
    {
        var events = Run("Thủ tướng Trần Quốc Bảo đánh giá cao chuyến thăm chính thức Việt Nam của Thủ tướng Nga Ivan Petrov, tiếp nối chuyến thăm chính thức Nga của Tổng Bí thư Lê Văn Hùng vào tháng 9/2018.");

        var visits = events.Where(e => e.Type == "visit").ToList();
        Assert.Equal(2, visits.Count);
        Assert.Contains(visits, v => v.Participants.SequenceEqual(["Ivan Petrov"]) && v.Date is null);
        Assert.Contains(visits, v => v.Participants.SequenceEqual(["Lê Văn Hùng"]) && v.Date == "2018-09");
    }

    [Fact]
    public void An_arrival_on_a_given_day_dates_the_visit()
    {
        var events = Run(
            "Ai Cập và Jordan vừa ký một bản thoả thuận hợp tác quốc phòng trong chuyến thăm của Bộ trưởng Quốc phòng Ai Cập Omar Nasser.\n" +
            "Tướng Nasser đã đến thủ đô Jordan vào chiều 26/8 vừa qua, dẫn đầu một phái đoàn quân sự.");

        var visit = Assert.Single(events, e => e.Type == "visit");
        Assert.Equal("--08-26", visit.Date);
        Assert.Equal(["Omar Nasser"], visit.Participants);
    }

    [Fact]
    public void An_event_used_as_a_time_anchor_does_not_take_the_date_of_its_clause()
    {
        var events = Run("Ngày 17/4, Triều Tiên tuyên bố thử vũ khí mới, lần đầu kể từ sau cuộc gặp giữa Tổng thống Mỹ Donald Trump và lãnh đạo Triều Tiên Kim Jong-un tại Singapore.");

        Assert.All(events.Where(e => e.Type == "meeting"), m => Assert.Null(m.Date));
    }

    [Fact]
    public void A_signing_recalled_for_its_anniversary_is_no_signing() =>
        Assert.DoesNotContain(
            Run("Hai nước tổ chức Năm chéo trong năm 2019 nhân kỷ niệm 25 năm ký kết Hiệp ước hữu nghị Việt Nam - Liên bang Nga."),
            e => e.Type == "signing");

    [Fact]
    public void Support_for_an_aid_package_is_no_aid() =>
        Assert.DoesNotContain(Run("Ngày 3/4/2018, Tổng thống Mỹ tuyên bố ủng hộ gói viện trợ 10 triệu USD cho Việt Nam."), e => e.Type == "aid");

    [Fact]
    public void A_proposal_to_sign_is_no_signing() =>
        Assert.Empty(Run("Ngày 5/3/2018, Phó Thủ tướng Lê Minh Khoa đề nghị lực lượng chấp pháp hai nước tăng cường chia sẻ thông tin, sớm thống nhất, ký kết các thoả thuận thiết lập đường dây nóng với Indonesia."));

    [Fact]
    public void Today_without_a_page_date_leaves_the_event_undated()
    {
        var talks = Assert.Single(Run("Sáng nay, Chủ tịch nước Lê Văn Hùng hội đàm với Tổng thống Chile Ana Pérez."));

        Assert.Null(talks.Date);
    }

    [Fact]
    public void Yesterday_is_dated_by_the_page_date()
    {
        var talks = Assert.Single(Run("Hôm qua, Chủ tịch nước Lê Văn Hùng hội đàm với Tổng thống Chile Ana Pérez.", new DateOnly(2019, 11, 10)));

        Assert.Equal("2019-11-09", talks.Date);
    }

    [Fact]
    public void A_trip_with_only_one_state_named_is_no_diplomatic_event() =>
        Assert.Empty(Run("Ngoại trưởng Mỹ John Carter đang trong ngày thứ tư của chuyến công du."));

    [Fact]
    public void A_spokesperson_announcing_talks_is_not_a_participant()
    {
        var events = Run("Ngày 10/6, người phát ngôn Nhà Trắng Sarah Lane cho biết Tổng thống Mỹ Donald Trump sẽ hội đàm với Thủ tướng Nhật Bản Shinzo Abe vào ngày 12/6.");

        var talks = Assert.Single(events, e => e.Type == "talks");
        Assert.DoesNotContain("Sarah Lane", talks.Participants);
    }
}
