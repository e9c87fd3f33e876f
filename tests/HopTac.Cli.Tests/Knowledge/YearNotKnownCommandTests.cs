using System.Globalization;
using System.Text.Json;
using HopTac.Core.Pages;
using HopTac.Tests.Common;

namespace HopTac.Cli.Tests.Knowledge;

/// <summary>
/// <c>hoptac timeline</c> on a real SQLite file: a visit the pages date "25/5" without a year stays under
/// <c>--from 2016 --to 2016</c> in its own "Year not known" group, written as a person reads it, and an inferred year
/// names the page it came from.
/// </summary>
public sealed class YearNotKnownCommandTests : IDisposable
{
    private readonly string _dir = CliRunner.TempDir();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private async Task<string> DbAsync(params PageRecord[] records)
    {
        var db = Path.Combine(_dir, "kb.db");
        await KnowledgeFixture.SaveAllAsync(db, records);
        return db;
    }

    private static async Task<(int Exit, string Out, string Err)> RunInAsync(string culture, params string[] args)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return await CliRunner.RunAsync(args);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public async Task A_year_filter_keeps_a_yearless_visit_in_the_year_not_known_group()
    {
        var db = await DbAsync(UsVisitPages.AcrossYears());

        var english = await RunInAsync("en-US", "timeline", "US", "--from", "2016", "--to", "2016", "--db", db);
        var vietnamese = await RunInAsync("vi-VN", "timeline", "US", "--from", "2016", "--to", "2016", "--db", db);
        var json = await CliRunner.RunAsync(["timeline", "US", "--from", "2016", "--to", "2016", "--db", db, "-f", "json"]);

        Assert.Equal(0, english.Exit);
        Assert.Contains("Year not known", english.Out, StringComparison.Ordinal);
        Assert.Contains("25 May,", english.Out, StringComparison.Ordinal);
        Assert.Contains("unknown", english.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("--05-25", english.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("2018", english.Out, StringComparison.Ordinal);
        Assert.Contains("2/3/2016", vietnamese.Out, StringComparison.Ordinal);
        Assert.Contains("25/5,", vietnamese.Out, StringComparison.Ordinal);
        Assert.Contains("chưa rõ", vietnamese.Out, StringComparison.Ordinal);

        using var doc = JsonDocument.Parse(json.Out);
        var events = doc.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(2, events.Count);
        var yearless = Assert.Single(events, e => !e.GetProperty("year_known").GetBoolean());
        Assert.Equal("--05-25", yearless.GetProperty("date").GetString());
        Assert.Equal("25/5, năm chưa rõ", yearless.GetProperty("date_text").GetString());
    }

    [Fact]
    public async Task An_inferred_year_names_the_page_it_came_from()
    {
        var db = await DbAsync(UsVisitPages.YearlessAndDated());

        var json = await CliRunner.RunAsync(["timeline", "US", "--from", "2016", "--db", db, "-f", "json"]);
        var table = await RunInAsync("en-US", "timeline", "US", "--db", db);

        using var doc = JsonDocument.Parse(json.Out);
        var visit = Assert.Single(doc.RootElement.GetProperty("events").EnumerateArray());
        Assert.Equal("2016-05-25", visit.GetProperty("date").GetString());
        Assert.Equal("tin/co-nam.txt", visit.GetProperty("year_from").GetString());
        Assert.Contains("inferred", table.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Year not known", table.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("25/5")]
    [InlineData("--05-25")]
    [InlineData("2016-13")]
    public async Task A_filter_that_is_no_dated_date_is_a_usage_error(string from)
    {
        var db = await DbAsync();

        var run = await CliRunner.RunAsync(["timeline", "US", "--from", from, "--db", db]);

        Assert.Equal(1, run.Exit);
        Assert.Contains("--from", run.Err, StringComparison.Ordinal);
    }
}
