using HopTac.Core.Knowledge;

namespace HopTac.Core.Tests.Knowledge;

public sealed class SummarizerTests
{
    private static readonly string[] VnRu = ["VN", "RU"];
    private static readonly string[] RuVn = ["RU", "VN"];

    [Fact]
    public void The_most_precise_agreed_date_is_kept_without_conflict()
    {
        var s = Summarizer.Event(
        [
            M.Event("a", "visit", "2021", VnRu),
            M.Event("b", "visit", "2021-11", VnRu),
            M.Event("c", "visit", "2021-11-29", VnRu),
            M.Event("d", "visit", "2021-11", RuVn),
        ]);
        Assert.Equal("2021-11-29", s.Date);
        Assert.False(s.Conflict);
        Assert.Equal("2021-11", s.DateVariants[0]);
        Assert.Equal(3, s.DateVariants.Count);
    }

    [Fact]
    public void A_yearless_day_takes_the_year_of_a_dated_source()
    {
        var s = Summarizer.Event([M.Event("a", "talks", "--09-12", VnRu), M.Event("b", "talks", "2016-09", VnRu)]);
        Assert.Equal("2016-09-12", s.Date);
        Assert.False(s.Conflict);
        Assert.Equal("b", s.YearFrom);
    }

    [Fact]
    public void A_written_year_names_no_page_it_came_from()
    {
        var s = Summarizer.Event([M.Event("a", "talks", "2016-09-12", VnRu), M.Event("b", "talks", "2016-09", VnRu)]);
        Assert.Null(s.YearFrom);
    }

    [Fact]
    public void A_yearless_day_takes_the_year_its_page_date_puts_it_in()
    {
        var s = Summarizer.Event([M.Event("a", "visit", "--05-25", VnRu) with { PageDate = "2016-05-26T08:00" }]);
        Assert.Equal("2016-05-25", s.Date);
        Assert.Equal("a", s.YearFrom);
    }

    [Fact]
    public void Pages_of_different_years_leave_a_yearless_day_without_a_year()
    {
        var s = Summarizer.Event(
        [
            M.Event("a", "visit", "--05-25", VnRu) with { PageDate = "2016-05-26" },
            M.Event("b", "visit", "--05-25", VnRu) with { PageDate = "2019-05-26" },
        ]);
        Assert.Equal("--05-25", s.Date);
        Assert.Null(s.YearFrom);
    }

    [Fact]
    public void A_yearless_day_without_any_year_to_take_stays_yearless()
    {
        var s = Summarizer.Event([M.Event("a", "visit", "--05-25", VnRu), M.Event("b", "visit", "--05-25", VnRu)]);
        Assert.Equal("--05-25", s.Date);
        Assert.Null(s.YearFrom);
    }

    [Fact]
    public void Two_days_are_a_conflict_and_the_better_supported_one_wins()
    {
        var s = Summarizer.Event(
        [
            M.Event("a", "talks", "2016-09-13", VnRu),
            M.Event("b", "talks", "2016-09-12", VnRu),
            M.Event("c", "talks", "2016-09-13", VnRu),
        ]);
        Assert.True(s.Conflict);
        Assert.Equal("2016-09-13", s.Date);
        Assert.Equal(["2016-09-13", "2016-09-12"], s.DateVariants);
    }

    [Fact]
    public void Participants_are_merged_by_identity_in_their_fullest_form()
    {
        var s = Summarizer.Event(
        [
            M.Event("a", "talks", null, VnRu, "Putin", "Nguyễn Xuân Phúc"),
            M.Event("b", "talks", null, RuVn, "Vladimir Putin", "Nguyễn Xuân Phúc"),
            M.Event("c", "talks", null, VnRu, "V. Putin", "Phúc"),
        ]);
        Assert.Equal(["Vladimir Putin", "Nguyễn Xuân Phúc", "Phúc"], s.Participants);
        Assert.Equal(["RU", "VN"], s.Actors);
    }

    [Fact]
    public void Summaries_do_not_depend_on_member_order()
    {
        var members = new[]
        {
            M.Event("a", "talks", "2016-09-13", VnRu, "Putin"),
            M.Event("b", "meeting", "2016-09-12", ["VN", "RU", "CN"], "Vladimir Putin"),
            M.Event("c", "talks", "--09-13", VnRu),
        };
        var forward = Summarizer.Event(members);
        var backward = Summarizer.Event(members.Reverse().ToArray());
        Assert.Equal(forward.Date, backward.Date);
        Assert.Equal(forward.DateVariants, backward.DateVariants);
        Assert.Equal(forward.Participants, backward.Participants);
        Assert.Equal(forward.Actors, backward.Actors);
        Assert.Equal(forward.Type, backward.Type);
    }

    [Fact]
    public void Figures_flag_two_values_most_supported_first()
    {
        var s = Summarizer.Figure(
        [
            M.Figure("a", 1_200_000, "liều", "x"),
            M.Figure("b", 1_000_000, "liều", "x"),
            M.Figure("c", 1_000_000, "liều", "x"),
        ]);
        Assert.Equal(1_000_000, s.Value);
        Assert.Equal([1_000_000m, 1_200_000m], s.ValueVariants);
        Assert.True(s.Conflict);
    }

    [Fact]
    public void A_person_keeps_the_fullest_name_aliases_offices_and_the_usual_country()
    {
        var s = Summarizer.Person(
        [
            M.Person("a", "Putin", "Thủ tướng", "RU", "2010-05-01"),
            M.Person("b", "Vladimir Putin", "Tổng thống", "RU", "2021-11-30"),
            M.Person("c", "V. Putin", "Tổng thống", null, "2016-03-02"),
            M.Person("d", "Putin", "tổng thống", "US", "2019-01-01"),
        ]);
        Assert.Equal("Vladimir Putin", s.Name);
        Assert.Equal("RU", s.Country);
        Assert.Equal(["Putin", "V. Putin"], s.Aliases);
        Assert.Equal(2, s.Offices.Count);
        Assert.Equal(new OfficeSeen("Thủ tướng", "2010-05-01", "2010-05-01"), s.Offices[0]);
        Assert.Equal("2016-03-02", s.Offices[1].FirstSeen);
        Assert.Equal("2021-11-30", s.Offices[1].LastSeen);
    }

    [Fact]
    public void Agreements_keep_the_agreed_date_and_flag_two_periods()
    {
        var s = Summarizer.Agreement(
        [
            M.Agreement("a", "plan", "Kế hoạch hợp tác y tế", "2021-09-20", VnRu, "2021/2025"),
            M.Agreement("b", "plan", "Kế hoạch hợp tác y tế", "2021-09", VnRu, "2021/2025"),
        ]);
        Assert.Equal("2021-09-20", s.Date);
        Assert.False(s.Conflict);
        Assert.Equal("2021/2025", s.Period);
        var c = Summarizer.Agreement(
        [
            M.Agreement("a", "plan", "Kế hoạch hợp tác y tế", null, VnRu, "2021/2025"),
            M.Agreement("b", "plan", "Kế hoạch hợp tác y tế", null, VnRu, "2026/2030"),
        ]);
        Assert.True(c.Conflict);
    }
}
