using HopTac.Core.Pages;
using HopTac.Storage.Knowledge;
using HopTac.Storage.Tests.Sqlite;
using HopTac.Tests.Common;

namespace HopTac.Storage.Tests.Knowledge;

/// <summary>
/// Years in the knowledge base, on a real SQLite file: a yearless visit takes the year of a dated report of it, or of
/// its own page's date, and says which page gave it; where no year can be known the visit stays under a date filter,
/// in the "year not known" group, instead of vanishing from every filtered timeline.
/// </summary>
public sealed class YearNotKnownTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static PageRecord UsVisit(string source, string? date, string? published) => UsVisitPages.Visit(source, date, published);

    private static async Task SaveAsync(TempStore temp, IEnumerable<PageRecord> pages)
    {
        foreach (var page in pages)
        {
            await temp.Store.SaveAsync(page, Ct);
        }
    }

    private static async Task<Timeline> UsTimelineAsync(TempStore temp, string? from = null, string? to = null) =>
        await temp.Store.Knowledge.GetTimelineAsync(new TimelineQuery("US", from, to), Ct);

    [Fact]
    public async Task A_yearless_visit_stays_under_a_year_filter_in_the_year_not_known_group()
    {
        await using var temp = await TempStore.CreateAsync();
        await SaveAsync(temp, UsVisitPages.AcrossYears());

        var timeline = await UsTimelineAsync(temp, "2016", "2016");

        Assert.Equal(["2016-03-02", "--05-25"], timeline.Events.Select(e => e.Date));
        var yearless = timeline.Events[1];
        Assert.False(yearless.YearKnown);
        Assert.Equal("25/5, năm chưa rõ", yearless.DateText);
        Assert.True(timeline.Events[0].YearKnown);

        // A month and day that cannot fall in the window leave the fact out; without a filter it is there.
        Assert.DoesNotContain(await UsTimelineAsync(temp, "2016-06", "2016-12") is var later ? later.Events : [], e => e.Date == "--05-25");
        Assert.Equal(3, (await UsTimelineAsync(temp)).Events.Count);

        var overview = await temp.Store.Knowledge.GetPartnerAsync("US", Ct);
        Assert.NotNull(overview);
        Assert.Equal(1, overview.EventsByYear["unknown"]);
        Assert.Equal(1, overview.EventsByYear["2016"]);
    }

    [Fact]
    public async Task A_yearless_report_takes_the_year_of_a_dated_report_and_names_that_page()
    {
        await using var temp = await TempStore.CreateAsync();
        await SaveAsync(temp, UsVisitPages.YearlessAndDated());

        var visit = Assert.Single((await UsTimelineAsync(temp, "2016", "2016")).Events);

        Assert.Equal("2016-05-25", visit.Date);
        Assert.True(visit.YearKnown);
        Assert.Equal("tin/co-nam.txt", visit.YearFrom);
        Assert.Equal("25/5/2016 (năm suy ra từ trang tin/co-nam.txt)", visit.DateText);
        var detail = await temp.Store.Knowledge.GetFactAsync(visit.Id, Ct);
        Assert.Equal("tin/co-nam.txt", detail!.Fields["year_from"]);
    }

    [Fact]
    public async Task A_page_date_anchors_the_yearless_day_it_writes()
    {
        await using var temp = await TempStore.CreateAsync();
        await temp.Store.SaveAsync(UsVisit("tin/trang.txt", "--05-25", "2016-05-26T09:00"), Ct);

        var visit = Assert.Single((await UsTimelineAsync(temp, "2016-05", "2016-05")).Events);

        Assert.Equal("2016-05-25", visit.Date);
        Assert.Equal("tin/trang.txt", visit.YearFrom);
    }

    [Fact]
    public async Task A_curator_who_sets_the_date_owns_the_year()
    {
        await using var temp = await TempStore.CreateAsync();
        await temp.Store.SaveAsync(UsVisit("tin/trang.txt", "--05-25", "2016-05-26T09:00"), Ct);
        var visit = Assert.Single((await UsTimelineAsync(temp)).Events);

        var outcome = await temp.Store.Knowledge.CurateAsync(
            new CurationRequest(visit.Id, "edit", "Lan", "Theo thông cáo", new Dictionary<string, string?> { ["date"] = "2015-05-25" }), Ct);

        Assert.Equal(CurationResult.Ok, outcome.Result);
        var edited = Assert.Single((await UsTimelineAsync(temp, "2015", "2015")).Events);
        Assert.Equal("2015-05-25", edited.Date);
        Assert.Null(edited.YearFrom);
        Assert.Equal("25/5/2015", edited.DateText);
    }

    [Theory]
    [InlineData("--05-25/2016")]
    [InlineData("2016-02-30")]
    [InlineData("25/5 hoặc 26/5")]
    [InlineData("hôm qua")]
    public async Task A_curator_cannot_set_what_is_no_date(string date)
    {
        await using var temp = await TempStore.CreateAsync();
        await temp.Store.SaveAsync(UsVisit("tin/trang.txt", "--05-25", null), Ct);
        var visit = Assert.Single((await UsTimelineAsync(temp)).Events);

        var outcome = await temp.Store.Knowledge.CurateAsync(
            new CurationRequest(visit.Id, "edit", "Lan", null, new Dictionary<string, string?> { ["date"] = date }), Ct);

        Assert.Equal(CurationResult.Invalid, outcome.Result);
    }
}
