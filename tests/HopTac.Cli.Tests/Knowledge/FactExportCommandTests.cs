using System.Text;
using HopTac.Storage.Knowledge;
using HopTac.Tests.Fixtures;

namespace HopTac.Cli.Tests.Knowledge;

public sealed class FactExportCommandTests
{
    [Fact]
    public async Task Export_facts_writes_a_csv_with_a_bom_that_keeps_vietnamese_and_leaves_rejected_facts_out_unless_all()
    {
        var (store, db) = await RussiaPages.StoreAsync();
        string figure;
        await using (store)
        {
            var timeline = await store.Knowledge.GetTimelineAsync(new TimelineQuery("RU"), TestContext.Current.CancellationToken);
            figure = Assert.Single(timeline.Figures).Id;
            var reject = await store.Knowledge.CurateAsync(new CurationRequest(figure, "reject", "Lan"), TestContext.Current.CancellationToken);
            Assert.Equal(CurationResult.Ok, reject.Result);
        }

        var dir = CliRunner.TempDir();
        var curated = Path.Combine(dir, "facts.csv");
        var all = Path.Combine(dir, "all.csv");

        var first = await CliRunner.RunAsync(["export", "--facts", "--format", "csv", "-o", curated, "--db", db]);
        var second = await CliRunner.RunAsync(["export", "--facts", "--all", "--format", "csv", "-o", all, "--db", db]);

        Assert.Equal(0, first.Exit);
        Assert.Equal(0, second.Exit);
        var bytes = await File.ReadAllBytesAsync(curated, TestContext.Current.CancellationToken);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("Bản ghi nhớ hợp tác y tế", text, StringComparison.Ordinal);
        Assert.DoesNotContain(figure + ",", text, StringComparison.Ordinal);
        Assert.Contains(figure + ",figure", await File.ReadAllTextAsync(all, TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Matches(@"wrote [1-9][0-9]* facts to", first.Err);
    }

    [Fact]
    public async Task Export_xlsx_without_facts_or_a_file_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync(["export", "--format", "xlsx", "--db", Path.Combine(CliRunner.TempDir(), "x.db")]);

        Assert.Equal(1, result.Exit);
        Assert.Contains("--facts", result.Err, StringComparison.Ordinal);
    }
}
