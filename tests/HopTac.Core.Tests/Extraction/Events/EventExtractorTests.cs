using HopTac.Core.Extraction.Dates;
using HopTac.Core.Extraction.Events;
using HopTac.Core.Extraction.People;
using HopTac.Core.Extraction.Sentences;
using HopTac.Core.Facts;

namespace HopTac.Core.Tests.Extraction.Events;

public sealed class EventExtractorTests
{
    /// <summary>Extracts the events of a composed page, people found by the product's own extractor.</summary>
    internal static IReadOnlyList<EventFact> Run(string text, DateOnly? pageDate = null) =>
        RunWith(text, _ => new DateContext(pageDate, null));

    /// <summary>The events of <paramref name="text"/> with the dating context <paramref name="dating"/> builds from its sentences.</summary>
    internal static IReadOnlyList<EventFact> RunWith(string text, Func<IReadOnlyList<Sentence>, DateContext> dating)
    {
        var sentences = SentenceSplitter.Split(text);
        return EventExtractor.Extract(sentences, PersonExtractor.Extract(sentences), dating(sentences));
    }

    [Fact]
    public void Extract_reads_a_phone_call_with_its_date_actors_and_participants()
    {
        var events = Run("Chiều 15/3/2024, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Nhật Bản Fumio Kishida về hợp tác kinh tế.");

        var call = Assert.Single(events);
        Assert.Equal("call", call.Type);
        Assert.Equal("2024-03-15", call.Date);
        Assert.Contains("JP", call.Actors);
        Assert.Contains("VN", call.Actors);
        Assert.Contains("Fumio Kishida", call.Participants);
        Assert.Equal(0, call.EvidenceStart);
    }

    [Fact]
    public void Extract_reads_a_reception_as_a_meeting_with_its_place()
    {
        var events = Run("Ngày 5/6/2023, tại Hà Nội, Chủ tịch nước Võ Văn Thưởng đã tiếp Đại sứ Hàn Quốc Oh Young-ju.");

        var meeting = Assert.Single(events);
        Assert.Equal("meeting", meeting.Type);
        Assert.Equal("2023-06-05", meeting.Date);
        Assert.Contains("KR", meeting.Actors);
        Assert.Equal("Hà Nội", meeting.Place);
    }

    [Fact]
    public void Extract_does_not_read_continuing_cooperation_as_a_reception()
    {
        Assert.Empty(Run("Hai bên tiếp tục thúc đẩy hợp tác với Lào trong lĩnh vực giáo dục."));
    }

    [Fact]
    public void Extract_gives_one_record_for_a_visit_the_page_mentions_again_and_again()
    {
        var events = Run(
            "Từ ngày 10/4/2024 đến 12/4/2024, Bộ trưởng Bộ Y tế Nguyễn Văn An có chuyến thăm chính thức Cộng hòa Séc.\n" +
            "Trong chuyến thăm, Bộ trưởng Nguyễn Văn An đã làm việc với nhiều bệnh viện của Séc.\n" +
            "Chuyến thăm chính thức Cộng hòa Séc lần này mở ra nhiều cơ hội hợp tác.\n" +
            "Kết thúc chuyến thăm, đoàn trở về Hà Nội.");

        var visit = Assert.Single(events, e => e.Type == "visit");
        Assert.Equal("2024-04-10/2024-04-12", visit.Date);
        Assert.Contains("CZ", visit.Actors);
    }

    [Fact]
    public void Extract_counts_the_visitor_not_the_hosts_as_the_visit_participant()
    {
        var events = Run("Tháng 3/2023, Bộ trưởng Ngoại giao Trần Văn Nam có chuyến thăm chính thức Indonesia, hội đàm với Ngoại trưởng Indonesia Retno Marsudi.");

        Assert.Equal(["Trần Văn Nam"], Assert.Single(events, e => e.Type == "visit").Participants);
        Assert.Contains("Retno Marsudi", Assert.Single(events, e => e.Type == "talks").Participants);
    }

    [Fact]
    public void Extract_leaves_out_wishes_proposals_and_undated_plans()
    {
        var events = Run(
            "Bộ trưởng mong muốn sớm có chuyến thăm chính thức Lào để thúc đẩy hợp tác.\n" +
            "Phía Campuchia đề nghị hai bên tổ chức hội đàm cấp Bộ trưởng.\n" +
            "Hai nước sẽ tổ chức hội nghị cấp cao với ASEAN.");

        Assert.Empty(events);
    }

    [Fact]
    public void Extract_keeps_a_visit_scheduled_with_a_date()
    {
        var events = Run("Thủ tướng Phạm Minh Chính sẽ thăm chính thức Australia từ ngày 5/3/2024 đến ngày 7/3/2024.");

        var visit = Assert.Single(events);
        Assert.Equal("visit", visit.Type);
        Assert.StartsWith("2024-03-05", visit.Date, StringComparison.Ordinal);
        Assert.Contains("AU", visit.Actors);
    }

    [Fact]
    public void Extract_reads_an_aid_delivery()
    {
        var events = Run("Ngày 10/8/2021, Bộ Y tế đã tiếp nhận lô vaccine gồm 1 triệu liều do Chính phủ Nhật Bản viện trợ cho Việt Nam.");

        var aid = Assert.Single(events);
        Assert.Equal("aid", aid.Type);
        Assert.Equal("2021-08-10", aid.Date);
        Assert.Contains("JP", aid.Actors);
    }

    [Fact]
    public void Extract_reads_equipment_given_to_help_another_state_as_aid()
    {
        var aid = Assert.Single(Run("Nhật Bản đang giúp Philippines tăng cường năng lực hàng hải, trong đó có việc cung cấp 10 tàu tuần tra."));

        Assert.Equal("aid", aid.Type);
        Assert.Contains("JP", aid.Actors);
        Assert.Contains("PH", aid.Actors);
    }

    [Fact]
    public void Extract_dates_today_by_the_page_date()
    {
        var events = Run("Hôm nay, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Ngoại trưởng Singapore Vivian Balakrishnan.", new DateOnly(2024, 5, 20));

        var talks = Assert.Single(events);
        Assert.Equal("talks", talks.Type);
        Assert.Equal("2024-05-20", talks.Date);
        Assert.Contains("SG", talks.Actors);
    }

    [Fact]
    public void Extract_reads_the_diplomacy_of_other_states_without_Vietnam()
    {
        var events = Run("Ngày 12/4/2022, Tổng thống Pháp Emmanuel Macron hội đàm với Thủ tướng Đức Olaf Scholz tại Berlin.");

        var talks = Assert.Single(events);
        Assert.Equal(["FR", "DE"], talks.Actors.Order(StringComparer.Ordinal).Reverse());
        Assert.Equal("Berlin", talks.Place);
    }

    [Fact]
    public void Extract_reads_two_steps_of_relations_in_one_sentence_as_two_events()
    {
        var events = Run("Việt Nam và Ấn Độ thiết lập quan hệ Đối tác chiến lược vào năm 2007 và nâng cấp quan hệ lên Đối tác chiến lược toàn diện vào năm 2016.");

        Assert.Equal(["2007", "2016"], events.Where(e => e.Type == "partnership").Select(e => e.Date));
    }

    [Fact]
    public void Extract_does_not_take_an_anniversary_for_new_relations()
    {
        Assert.Empty(Run("Năm nay hai nước kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam - Nhật Bản."));
    }

    [Theory]
    [InlineData("Đội tuyển Việt Nam sẽ gặp Thái Lan trong trận đấu tối nay tại Mỹ Đình.")]
    [InlineData("Ngày 21/5, hai diễn viên người Anh đã đăng ký kết hôn tại London.")]
    [InlineData("Trong chuyến đi, đoàn đã gặp không ít khó khăn do thời tiết ở Nhật Bản.")]
    [InlineData("Tổng đài hỗ trợ khẩn cấp 113 luôn sẵn sàng tiếp nhận tin báo của người dân.")]
    public void Extract_finds_no_diplomacy_in_everyday_sentences(string text)
    {
        Assert.Empty(Run(text));
    }

    [Fact]
    public void Extract_returns_nothing_for_empty_or_hostile_input()
    {
        Assert.Empty(EventExtractor.Extract([], [], DateContext.None));
        Assert.Empty(EventExtractor.Extract(null!, null!, null!));
        var flood = string.Concat(Enumerable.Repeat("hội đàm với Nga ", 20_000));
        Assert.NotNull(EventExtractor.Extract([new Sentence(flood, 0)], [], DateContext.None));
    }

    [FsCheck.Xunit.Property]
    public bool Extract_never_throws_and_keeps_evidence_inside_the_text(string text)
    {
        text ??= string.Empty;
        var sentences = SentenceSplitter.Split(text);
        var events = EventExtractor.Extract(sentences, [], DateContext.None);
        return events.All(e => e.EvidenceStart >= 0 && e.EvidenceStart + e.Evidence.Length <= text.Length);
    }

    [Fact]
    public void An_anniversary_ceremony_is_not_a_signing() =>
        Assert.DoesNotContain(Run("Ngày 21/5, tại Hà Nội, Đại sứ quán Lào tổ chức lễ kỷ niệm 60 năm thiết lập quan hệ ngoại giao."), e => e.Type == "signing");

    [Fact]
    public void A_meeting_in_a_simile_is_not_a_meeting() =>
        Assert.DoesNotContain(Run("Buổi hòa nhạc của nghệ sĩ Ý và Việt Nam như một cuộc gặp gỡ của hai nền văn hóa."), e => e.Type == "meeting");
}
