using System.Text.RegularExpressions;
using HopTac.Tests.Common;

namespace HopTac.Cli.Tests;

public sealed partial class VimsCorpusTests : IDisposable
{
    private readonly string _dir = CliRunner.TempDir();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Every_ViMs_page_ingests_and_a_second_ingest_finds_them_all_unchanged()
    {
        var vims = SharedData.Path("corpus", "vims");
        var count = Directory.GetFiles(vims, "*.txt", SearchOption.AllDirectories).Length;
        var db = Path.Combine(_dir, "vims.db");

        var first = await CliRunner.RunAsync(["ingest", vims, "--db", db]);
        var second = await CliRunner.RunAsync(["ingest", vims, "--db", db]);

        Assert.True(first.Exit == 0, first.Err);
        Assert.True(second.Exit == 0, second.Err);
        Assert.Equal([count, count, 0, 0, 0], Counts(first.Out));
        Assert.Equal([count, 0, 0, count, 0], Counts(second.Out));
    }

    // The summary table's row: read, new, new versions, unchanged, rejected.
    private static int[] Counts(string table)
    {
        var row = SummaryRow().Match(table);
        Assert.True(row.Success, table);
        return [.. Enumerable.Range(1, 5).Select(i => int.Parse(row.Groups[i].Value, System.Globalization.CultureInfo.InvariantCulture))];
    }

    [GeneratedRegex(@"│\s*(\d+)\s*│\s*(\d+)\s*│\s*(\d+)\s*│\s*(\d+)\s*│\s*(\d+)\s*│")]
    private static partial Regex SummaryRow();
}
