using HopTac.Core.Knowledge;

namespace HopTac.Core.Tests.Knowledge;

public sealed class FactMatcherTests
{
    private static readonly string[] VnRu = ["VN", "RU"];
    private static readonly string[] VnLa = ["VN", "LA"];
    private static readonly string[] VnJp = ["VN", "JP"];
    private static readonly string[] UsVn = ["US", "VN"];
    private static readonly string[] UsJp = ["US", "JP"];
    private static readonly string[] Vn = ["VN"];

    [Fact]
    public void Events_of_the_same_talks_on_two_pages_match()
    {
        var a = M.Event("p1", "talks", "2021-09-28", VnRu, "Phạm Minh Chính", "Mikhail Mishustin");
        var b = M.Event("p2", "talks", "2021-09-28", VnRu, "Mishustin");
        Assert.True(FactMatcher.Events(a, b) > 0);
        Assert.Equal(FactMatcher.Events(a, b), FactMatcher.Events(b, a));
    }

    [Fact]
    public void Events_of_one_page_never_match()
    {
        var a = M.Event("p1", "talks", "2021-09-28", VnRu);
        var b = a with { Key = "other" };
        Assert.Equal(0, FactMatcher.Events(a, b));
    }

    [Fact]
    public void Talks_and_meeting_are_compatible_but_a_visit_is_not_the_talks_held_during_it()
    {
        var talks = M.Event("p1", "talks", "2021-09-28", VnRu);
        var meeting = M.Event("p2", "meeting", "2021-09-28", VnRu);
        var visit = M.Event("p3", "visit", "2021-09-28", VnRu);
        Assert.True(FactMatcher.Events(talks, meeting) > 0);
        Assert.Equal(0, FactMatcher.Events(talks, visit));
        Assert.Equal(0, FactMatcher.Events(meeting, visit));
        Assert.True(FactMatcher.Events(talks, talks with { Source = "p4", Key = "k" }) > FactMatcher.Events(talks, meeting));
    }

    [Theory]
    [InlineData("2021", "2021-09-28")]
    [InlineData("2021-09", "2021-09-28")]
    [InlineData("2024-08-07/2024-08-10", "2024-08-09")]
    public void Events_with_compatible_dates_match(string d1, string d2)
    {
        var a = M.Event("p1", "visit", d1, VnLa);
        var b = M.Event("p2", "visit", d2, VnLa);
        Assert.True(FactMatcher.Events(a, b) > 0);
    }

    [Theory]
    [InlineData("--09-12", "2016-09-12")]
    [InlineData("--09", "2016-09-12")]
    [InlineData("--09-12", "2021-09")]
    public void A_yearless_date_matches_a_dated_one_only_with_a_shared_participant(string d1, string d2)
    {
        Assert.Equal(0, FactMatcher.Events(M.Event("p1", "talks", d1, VnRu), M.Event("p2", "talks", d2, VnRu)));
        Assert.True(FactMatcher.Events(
            M.Event("p1", "talks", d1, VnRu, "Sergei Lavrov"),
            M.Event("p2", "talks", d2, VnRu, "Lavrov")) > 0);
    }

    [Theory]
    [InlineData("2016-09-12", "2016-09-15")]
    [InlineData("--09-12", "2016-10-12")]
    [InlineData("2021", "2022-01-01")]
    public void Events_with_different_dates_do_not_match(string d1, string d2)
    {
        var a = M.Event("p1", "visit", d1, VnLa, "Thongloun Sisoulith");
        var b = M.Event("p2", "visit", d2, VnLa, "Thongloun Sisoulith");
        Assert.Equal(0, FactMatcher.Events(a, b));
    }

    [Fact]
    public void Dates_one_day_apart_match_only_with_a_shared_participant()
    {
        var a = M.Event("p1", "talks", "2016-09-12", VnJp, "Shinzo Abe");
        var withAbe = M.Event("p2", "talks", "2016-09-13", VnJp, "Abe");
        var without = M.Event("p3", "talks", "2016-09-13", VnJp, "Fumio Kishida");
        Assert.True(FactMatcher.Events(a, withAbe) > 0);
        Assert.Equal(0, FactMatcher.Events(a, without));
    }

    [Fact]
    public void A_missing_date_needs_a_shared_participant()
    {
        var dated = M.Event("p1", "visit", "2016-05-23", UsVn, "Barack Obama");
        var undatedWithObama = M.Event("p2", "visit", null, UsVn, "Obama");
        var undatedAlone = M.Event("p3", "visit", null, UsVn);
        Assert.True(FactMatcher.Events(dated, undatedWithObama) > 0);
        Assert.Equal(0, FactMatcher.Events(dated, undatedAlone));
    }

    [Fact]
    public void Without_any_date_one_shared_name_is_not_enough()
    {
        var survivors = M.Event("p1", "meeting", null, UsJp, "Barack Obama") with
        {
            Fact = M.Event("p1", "meeting", null, UsJp, "Barack Obama").Fact with { Evidence = "Tổng thống Obama gặp gỡ những người sống sót sau vụ ném bom nguyên tử." },
        };
        var summit = M.Event("p2", "meeting", null, UsJp, "Obama") with
        {
            Fact = M.Event("p2", "meeting", null, UsJp, "Obama").Fact with { Evidence = "Bên lề hội nghị thượng đỉnh, Thủ tướng đã gặp Tổng thống Obama." },
        };
        var both = M.Event("p3", "meeting", null, UsJp, "Barack Obama", "Shinzo Abe");
        var bothAgain = M.Event("p4", "meeting", null, UsJp, "Obama", "Abe");
        Assert.Equal(0, FactMatcher.Events(survivors, summit));
        Assert.True(FactMatcher.Events(both, bothAgain) > 0);
    }

    [Fact]
    public void Same_type_events_in_one_month_with_different_partners_stay_apart()
    {
        var laos = M.Event("p1", "talks", "2023-06-05", VnLa, "Phạm Minh Chính");
        var japan = M.Event("p2", "talks", "2023-06-05", VnJp, "Phạm Minh Chính");
        Assert.Equal(0, FactMatcher.Events(laos, japan));
    }

    [Fact]
    public void One_leader_visiting_two_hosts_makes_two_visits()
    {
        var vietnam = M.Event("p1", "visit", null, UsVn, "Barack Obama");
        var japan = M.Event("p2", "visit", null, UsJp, "Barack Obama");
        Assert.Equal(0, FactMatcher.Events(vietnam, japan));
        Assert.True(FactMatcher.Apart(vietnam, japan));
    }

    [Fact]
    public void Events_without_foreign_actors_match_on_a_shared_participant()
    {
        var a = M.Event("p1", "conference", "2022-03-10", Vn, "Nguyễn Thanh Long");
        var b = M.Event("p2", "conference", "2022-03-10", Vn, "Nguyễn Thanh Long");
        var c = M.Event("p3", "conference", "2022-03-10", Vn, "Đào Hồng Lan");
        Assert.True(FactMatcher.Events(a, b) > 0);
        Assert.Equal(0, FactMatcher.Events(a, c));
    }

    [Fact]
    public void More_shared_participants_and_an_exact_date_score_higher()
    {
        var a = M.Event("p1", "talks", "2021-09-28", VnRu, "Phạm Minh Chính", "Mikhail Mishustin");
        var two = M.Event("p2", "talks", "2021-09-28", VnRu, "Phạm Minh Chính", "Mishustin");
        var one = M.Event("p3", "talks", "2021-09-28", VnRu, "Mishustin");
        var coarse = M.Event("p4", "talks", "2021-09", VnRu, "Mishustin");
        Assert.True(FactMatcher.Events(a, two) > FactMatcher.Events(a, one));
        Assert.True(FactMatcher.Events(a, one) > FactMatcher.Events(a, coarse));
    }

    [Fact]
    public void Agreements_with_similar_titles_match()
    {
        var a = M.Agreement("p1", "memorandum", "Bản ghi nhớ hợp tác trong lĩnh vực y tế và dược phẩm", "2024-10-08", ["VN", "BY"]);
        var b = M.Agreement("p2", "memorandum", "Bản ghi nhớ về hợp tác y tế, dược phẩm", null, ["BY", "VN"]);
        var other = M.Agreement("p3", "memorandum", "Bản ghi nhớ hợp tác giáo dục đại học", "2024-10-08", ["VN", "BY"]);
        Assert.True(FactMatcher.Agreements(a, b) > 0);
        Assert.Equal(0, FactMatcher.Agreements(a, other));
    }

    [Fact]
    public void Agreements_need_a_shared_foreign_actor_and_compatible_dates_and_periods()
    {
        var a = M.Agreement("p1", "plan", "Kế hoạch hợp tác y tế giai đoạn mới", "2021-09", ["VN", "LA"], "2021/2025");
        Assert.Equal(0, FactMatcher.Agreements(a, M.Agreement("p2", "plan", "Kế hoạch hợp tác y tế giai đoạn mới", "2021-09", ["VN", "KH"], "2021/2025")));
        Assert.Equal(0, FactMatcher.Agreements(a, M.Agreement("p2", "plan", "Kế hoạch hợp tác y tế giai đoạn mới", "2019-03", ["VN", "LA"])));
        Assert.Equal(0, FactMatcher.Agreements(a, M.Agreement("p2", "plan", "Kế hoạch hợp tác y tế giai đoạn mới", null, ["VN", "LA"], "2026/2030")));
        Assert.True(FactMatcher.Agreements(a, M.Agreement("p2", "plan", "Kế hoạch hợp tác y tế giai đoạn mới", "2021-09-20", ["LA", "VN"])) > 0);
    }

    [Fact]
    public void A_generic_title_needs_the_same_day()
    {
        var a = M.Agreement("p1", "joint_statement", "Tuyên bố chung", "2021-11-23", ["VN", "RU"]);
        Assert.True(FactMatcher.Agreements(a, M.Agreement("p2", "joint_statement", "Tuyên bố chung", "2021-11-23", ["VN", "RU"])) > 0);
        Assert.Equal(0, FactMatcher.Agreements(a, M.Agreement("p3", "joint_statement", "Tuyên bố chung", "2021", ["VN", "RU"])));
        Assert.Equal(0, FactMatcher.Agreements(a, M.Agreement("p4", "joint_statement", "Tuyên bố chung", null, ["VN", "RU"])));
    }

    [Fact]
    public void A_memorandum_and_an_agreement_match_only_on_near_identical_titles()
    {
        var mou = M.Agreement("p1", "memorandum", "Bản ghi nhớ hợp tác phòng chống ma túy và tội phạm xuyên quốc gia", null, ["VN", "LA"]);
        var same = M.Agreement("p2", "agreement", "Thỏa thuận hợp tác phòng chống ma túy và tội phạm xuyên quốc gia", null, ["VN", "LA"]);
        var looser = M.Agreement("p3", "agreement", "Hiệp định phòng chống ma túy", null, ["VN", "LA"]);
        Assert.True(FactMatcher.Agreements(mou, same) > 0);
        Assert.Equal(0, FactMatcher.Agreements(mou, looser));
    }

    [Fact]
    public void Figures_match_on_unit_and_close_evidence_and_equal_values_score_higher()
    {
        var a = M.Figure("p1", 1_000_000, "liều", "Nhật Bản trao tặng Việt Nam 1 triệu liều vaccine AstraZeneca");
        var same = M.Figure("p2", 1_000_000, "liều", "Chính phủ Nhật Bản đã trao tặng 1 triệu liều vaccine AstraZeneca cho Việt Nam");
        var differentValue = M.Figure("p3", 1_200_000, "liều", "Nhật Bản trao tặng Việt Nam 1,2 triệu liều vaccine AstraZeneca");
        var otherUnit = M.Figure("p4", 1_000_000, "USD", "Nhật Bản trao tặng Việt Nam 1 triệu USD vaccine AstraZeneca");
        var unrelated = M.Figure("p5", 1_000_000, "liều", "Mỹ chuyển giao 1 triệu liều Moderna qua cơ chế COVAX");
        Assert.True(FactMatcher.Figures(a, same) > 0);
        Assert.True(FactMatcher.Figures(a, differentValue) > 0);
        Assert.True(FactMatcher.Figures(a, same) > FactMatcher.Figures(a, differentValue));
        Assert.Equal(0, FactMatcher.Figures(a, otherUnit));
        Assert.Equal(0, FactMatcher.Figures(a, unrelated));
    }

    [Fact]
    public void Different_values_in_loosely_similar_sentences_do_not_match()
    {
        var a = M.Figure("p1", 500, "suất", "Năm nay Chính phủ Lào cấp 500 suất học bổng cho sinh viên Việt Nam");
        var b = M.Figure("p2", 60, "suất", "Hungary dành 60 suất học bổng cho sinh viên Việt Nam");
        Assert.Equal(0, FactMatcher.Figures(a, b));
    }

    [Fact]
    public void People_match_on_compatible_names_unless_countries_contradict()
    {
        var a = M.Person("p1", "Vladimir Putin", "Tổng thống", "RU");
        Assert.True(FactMatcher.People(a, M.Person("p2", "Putin", null, null)) > 0);
        Assert.True(FactMatcher.People(a, M.Person("p2", "V. Putin", null, "RU")) > 0);
        Assert.Equal(0, FactMatcher.People(a, M.Person("p2", "Putin", null, "US")));
        Assert.Equal(0, FactMatcher.People(M.Person("p1", "Lan"), M.Person("p2", "Đào Hồng Lan")));
    }
}
