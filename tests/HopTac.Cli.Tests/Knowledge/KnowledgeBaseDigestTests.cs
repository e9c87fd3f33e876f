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

    /// <summary>
    /// Issue 19's "identical on both stores" for what users read: every partner's timeline (whole and in a date window)
    /// and overview, the partner list, the dashboard counts, the latest events, the review queue and every fact as the
    /// exports read it (people, agreements, figures, events, with their sources) are the same JSON on SQLite and on
    /// PostgreSQL, ids included.
    /// </summary>
    [Fact]
    public async Task The_read_models_of_the_seeds_and_vims_are_identical_on_sqlite_and_postgresql()
    {
        var records = await SeedsAndVimsAsync();
        var (url, name) = await HopTac.Storage.Tests.Postgres.PostgresServer.CreateDatabaseAsync();
        try
        {
            List<string> onSqlite;
            await using (var sqlite = await KnowledgeFixture.OpenAsync(Path.Combine(_dir, "kb.db")))
            {
                await SaveAsync(sqlite, records);
                onSqlite = await ReadModelsAsync(sqlite);
            }

            List<string> onPostgres;
            await using (var postgres = await HopTac.Storage.Postgres.PostgresPageStore.OpenAsync(url, KnowledgeFixture.FixedClock, TestContext.Current.CancellationToken))
            {
                await SaveAsync(postgres, records);
                onPostgres = await ReadModelsAsync(postgres);
            }

            Assert.True(onSqlite.Count > 500, $"only {onSqlite.Count} read-model lines: the comparison would prove little");
            if (!onSqlite.SequenceEqual(onPostgres, StringComparer.Ordinal))
            {
                // Both dumps beside each other in the temp folder: they quote the corpus, so they stay out of the repository.
                await File.WriteAllLinesAsync(Path.Combine(Path.GetTempPath(), "hoptac-read-models.sqlite.txt"), onSqlite, TestContext.Current.CancellationToken);
                await File.WriteAllLinesAsync(Path.Combine(Path.GetTempPath(), "hoptac-read-models.postgres.txt"), onPostgres, TestContext.Current.CancellationToken);
            }

            Assert.Equal(onSqlite.Count, onPostgres.Count);
            Assert.Equal(onSqlite, onPostgres);
        }
        finally
        {
            await HopTac.Storage.Tests.Postgres.PostgresServer.DropDatabaseAsync(name);
        }
    }

    private static async Task<List<string>> ReadModelsAsync(HopTac.Storage.IPageStore store)
    {
        var ct = TestContext.Current.CancellationToken;
        var kb = store.Knowledge;
        var lines = new List<string>();
        void Add(string what, object? value) => lines.Add(what + " " + System.Text.Json.JsonSerializer.Serialize(value));

        var partners = await kb.ListPartnersAsync(ct);
        Add("partners", partners);
        Add("counts", await kb.GetCountsAsync(ct));
        Add("latest", await kb.LatestEventsAsync(100, ct));
        Add("review", await kb.GetReviewQueueAsync(new HopTac.Storage.Knowledge.ReviewQuery(), ct));
        foreach (var partner in partners)
        {
            Add("timeline " + partner.Code, await kb.GetTimelineAsync(new HopTac.Storage.Knowledge.TimelineQuery(partner.Code), ct));
            Add("window " + partner.Code, await kb.GetTimelineAsync(new HopTac.Storage.Knowledge.TimelineQuery(partner.Code) { From = "2019-06", To = "2021" }, ct));
            Add("partner " + partner.Code, await kb.GetPartnerAsync(partner.Code, ct));
        }

        var people = 0;
        await foreach (var fact in store.Facts.ReadAsync(new HopTac.Storage.Facts.FactQuery { IncludeRejected = true }, ct))
        {
            Add("fact", fact);
            if (fact.Kind == "person" && people++ < 40)
            {
                Add("history " + fact.Id, await kb.GetHistoryAsync(fact.Id, ct));
                Add("people " + fact.Label, await kb.FindPeopleAsync(fact.Label, ct));
            }
        }

        for (var page = 1; page <= 60; page++)
        {
            Add("page facts " + page, await kb.GetPageFactsAsync(page, ct));
        }

        return lines;
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
