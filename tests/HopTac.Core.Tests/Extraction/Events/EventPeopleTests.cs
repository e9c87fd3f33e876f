namespace HopTac.Core.Tests.Extraction.Events;

/// <summary>
/// Who takes part in an event, read from the clause (docs/accuracy.md, "Dates and participants: session-13 notes"): the
/// object of a coordinated predicate belongs to its own verb, a speaker who tells of an event between others takes no
/// part in it, and a visit's "của" phrase ends where the predicate begins. Sentences composed for the tests.
/// </summary>
public sealed class EventPeopleTests
{
    [Fact]
    public void The_object_of_a_courtesy_call_is_no_participant_of_the_meeting_coordinated_after_it()
    {
        var events = EventExtractorTests.Run("Chiều 8/11/2017, Thủ tướng Canada Justin Trudeau chào xã giao Tổng Bí thư Nguyễn Phú Trọng, hội kiến với Chủ tịch Quốc hội Nguyễn Thị Kim Ngân.");

        Assert.Contains(events, e => e.Type == "meeting");
        Assert.DoesNotContain(events, e => e.Participants.Contains("Nguyễn Phú Trọng") && e.Participants.Contains("Nguyễn Thị Kim Ngân"));
    }

    [Fact]
    public void The_people_of_a_later_event_word_are_no_participants_of_the_call()
    {
        var events = EventExtractorTests.Run("Ngày 11/5/2018, Tổng thống Mỹ Donald Trump điện đàm với Thủ tướng Singapore Lý Hiển Long, sau đó gặp Thủ tướng Nhật Bản Shinzo Abe.");

        var call = Assert.Single(events, e => e.Type == "call");
        Assert.Contains("Lý Hiển Long", call.Participants);
        Assert.DoesNotContain("Shinzo Abe", call.Participants);
    }

    [Fact]
    public void Two_verbs_joined_by_va_share_their_object()
    {
        var events = EventExtractorTests.Run("Ngày 14/3/2018, Thủ tướng Nguyễn Xuân Phúc và Phó Thủ tướng Phạm Bình Minh gặp và hội đàm với Thủ tướng Australia Malcolm Turnbull tại Sydney.");

        Assert.Contains(events, e => e.Type == "talks" && e.Participants.Contains("Malcolm Turnbull") && e.Participants.Contains("Nguyễn Xuân Phúc"));
    }

    [Fact]
    public void A_speaker_who_tells_of_a_meeting_between_others_takes_no_part_in_it()
    {
        var events = EventExtractorTests.Run("Ngày 15/3/2019, Thứ trưởng Ngoại giao Triều Tiên Choe Son Hui nói rằng Tổng thống Mỹ Donald Trump đã gặp Chủ tịch Triều Tiên Kim Jong Un tại Hà Nội ngày 27/2/2019.");

        var meeting = Assert.Single(events, e => e.Type == "meeting");
        Assert.Contains("Donald Trump", meeting.Participants);
        Assert.DoesNotContain("Choe Son Hui", meeting.Participants);
    }

    [Fact]
    public void A_speaker_whose_clause_has_no_subject_of_its_own_keeps_his_part()
    {
        var events = EventExtractorTests.Run("Ngày 28/4/2018, Tổng thống Mỹ Donald Trump cho biết, ông đã điện đàm với Tổng thống Hàn Quốc Moon Jae-in và nhà lãnh đạo Hàn Quốc khen ngợi Chủ tịch Triều Tiên Kim Jong Un.");

        Assert.DoesNotContain(events, e => e.Type == "call" && !e.Participants.Contains("Donald Trump"));
    }

    [Fact]
    public void A_visit_named_with_its_visitor_after_cua_does_not_take_the_object_of_the_next_verb()
    {
        var events = EventExtractorTests.Run("Chuyến thăm Nga của Thủ tướng Israel Benjamin Netanyahu ngày 9/5/2018 đã khiến Tổng thống Nga Vladimir Putin thay đổi quan điểm.");

        var visit = Assert.Single(events, e => e.Type == "visit");
        Assert.Equal(["Benjamin Netanyahu"], visit.Participants);
    }
}
