using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using HopTac.Core.Pages;
using HopTac.Tests.Common;

namespace HopTac.Cli.Tests.Knowledge;

/// <summary>
/// The knowledge base that the seeds and all of ViMs consolidate into, pinned by a digest per fact kind that was
/// computed by the engine before it moved out of the SQLite store and became incremental (issue 14). The pages are
/// saved as <c>hoptac ingest</c> saves them (batches of 200), with their sources relative to the corpus folder so the
/// digest does not depend on where <c>../shared</c> lies. The expected file holds digests only: the dump quotes the
/// corpus, which stays out of the repository. A change in a kind's digest is a change in the knowledge base: find it
/// by dumping both builds' stores (the received dump is written to the temp folder) and say why in the commit that
/// regenerates the file (<c>HOPTAC_REGENERATE=1</c>).
/// </summary>
public sealed class KnowledgeBaseDigestTests : IDisposable
{
    private const int Batch = 200;

    private readonly string _dir = CliRunner.TempDir();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task The_seeds_and_vims_consolidate_into_the_pinned_knowledge_base()
    {
        var records = await SeedsAndVimsAsync();
        var db = Path.Combine(_dir, "kb.db");
        await using (var store = await KnowledgeFixture.OpenAsync(db))
        {
            await SaveAsync(store, records);
        }

        await AssertPinnedAsync(KnowledgeFixture.Dump(db));
    }

    /// <summary>The issue-19 "same results on both stores": the PostgreSQL store's engine run gives the pinned digests too.</summary>
    [Fact]
    public async Task The_seeds_and_vims_consolidate_on_postgresql_into_the_same_knowledge_base_as_on_sqlite()
    {
        var records = await SeedsAndVimsAsync();
        var (url, name) = await HopTac.Storage.Tests.Postgres.PostgresServer.CreateDatabaseAsync();
        try
        {
            await using (var store = await HopTac.Storage.Postgres.PostgresPageStore.OpenAsync(url, KnowledgeFixture.FixedClock, TestContext.Current.CancellationToken))
            {
                await SaveAsync(store, records);
            }

            await using var connection = new Npgsql.NpgsqlConnection(HopTac.Storage.Postgres.PostgresUrl.ToConnectionString(url));
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await AssertPinnedAsync(KnowledgeDump.Lines(connection));
        }
        finally
        {
            await HopTac.Storage.Tests.Postgres.PostgresServer.DropDatabaseAsync(name);
        }
    }

    private static async Task<List<PageRecord>> SeedsAndVimsAsync()
    {
        var records = new List<PageRecord>();
        foreach (var corpus in new[] { "seeds", "vims" })
        {
            var root = SharedData.Path("corpus", corpus);
            var files = Directory.GetFiles(root, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            var read = await KnowledgeFixture.ReadAsync(files);
            records.AddRange(read.Select((r, i) => r with { Source = corpus + "/" + Path.GetRelativePath(root, files[i]).Replace('\\', '/') }));
        }

        return records;
    }

    private static async Task SaveAsync(HopTac.Storage.IPageStore store, List<PageRecord> records)
    {
        foreach (var chunk in records.Chunk(Batch))
        {
            await store.SaveBatchAsync(chunk, TestContext.Current.CancellationToken);
        }
    }

    private static async Task AssertPinnedAsync(List<string> dump)
    {
        var received = Digests(dump);
        var expectedPath = Path.Combine(SharedData.RepoRoot(), "tests", "testdata", "knowledge", "seeds-vims.digest");
        if (string.Equals(Environment.GetEnvironmentVariable("HOPTAC_REGENERATE"), "1", StringComparison.Ordinal))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            await File.WriteAllTextAsync(expectedPath, received, TestContext.Current.CancellationToken);
        }

        var dumpPath = Path.Combine(Path.GetTempPath(), "hoptac-kb-seeds-vims.received.txt");
        if (!string.Equals(await File.ReadAllTextAsync(expectedPath, TestContext.Current.CancellationToken), received, StringComparison.Ordinal))
        {
            await File.WriteAllLinesAsync(dumpPath, dump, TestContext.Current.CancellationToken);
        }

        Assert.Equal(await File.ReadAllTextAsync(expectedPath, TestContext.Current.CancellationToken), received);
    }

    // One line per kind: the kind, its number of facts and the SHA-256 of its sorted dump lines.
    private static string Digests(List<string> dump)
    {
        var text = new StringBuilder();
        foreach (var kind in dump.GroupBy(line => line.Split('|')[0]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', kind)));
            text.Append(CultureInfo.InvariantCulture, $"{kind.Key} {kind.Count()} {Convert.ToHexStringLower(hash)}\n");
        }

        return text.ToString();
    }
}
