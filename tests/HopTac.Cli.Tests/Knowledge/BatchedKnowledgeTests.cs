using HopTac.Tests.Common;

namespace HopTac.Cli.Tests.Knowledge;

/// <summary>
/// Batched saves (issue 14) against one save per page, on the real corpora: the seeds and all of ViMs give the same
/// canonical knowledge base (no id numbers) saved one page at a time, through <c>hoptac ingest</c> (batches of
/// 200 pages), and after <c>reconsolidate</c> (which rebuilds in batches of 500 pages, four for ViMs).
/// </summary>
public sealed class BatchedKnowledgeTests : IDisposable
{
    private readonly string _dir = CliRunner.TempDir();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("seeds")]
    [InlineData("vims")]
    public async Task Ingest_in_batches_and_reconsolidate_give_the_knowledge_base_of_one_save_per_page(string corpus)
    {
        var folder = SharedData.Path("corpus", corpus);
        var files = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var single = Path.Combine(_dir, "single.db");
        await KnowledgeFixture.SaveAllAsync(single, await KnowledgeFixture.ReadAsync(files));
        var expected = KnowledgeFixture.Dump(single);
        Assert.NotEmpty(expected);

        var batched = Path.Combine(_dir, "batched.db");
        var ingest = await CliRunner.RunAsync(["ingest", folder, "--db", batched]);
        Assert.True(ingest.Exit == 0, ingest.Err);
        Assert.Equal(expected, KnowledgeFixture.Dump(batched));

        var rebuild = await CliRunner.RunAsync(["reconsolidate", "--db", batched]);
        Assert.True(rebuild.Exit == 0, rebuild.Err);
        Assert.Equal(expected, KnowledgeFixture.Dump(batched));
    }
}
