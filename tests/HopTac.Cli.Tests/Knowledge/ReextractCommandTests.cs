using System.Globalization;
using System.Text.Json;
using HopTac.Storage;
using HopTac.Tests.Common;

namespace HopTac.Cli.Tests.Knowledge;

/// <summary><c>hoptac reextract</c> over the seed pages, with curators' decisions taken through the CLI.</summary>
public sealed class ReextractCommandTests : IDisposable
{
    private readonly string _dir = CliRunner.TempDir();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string SeedsFolder() => SharedData.Path("corpus", "seeds");

    private static int SeedCount() => Directory.GetFiles(SeedsFolder(), "*.txt").Length;

    private async Task<string> SeedsDbAsync()
    {
        var db = Path.Combine(_dir, "kb.db");
        var ingest = await CliRunner.RunAsync(["ingest", SeedsFolder(), "--db", db]);
        Assert.True(ingest.Exit == 0, ingest.Err);
        return db;
    }

    private static async Task<JsonElement> JsonAsync(params string[] args)
    {
        var run = await CliRunner.RunAsync(args);
        Assert.True(run.Exit == 0, $"{string.Join(' ', args)}: {run.Err}");
        using var doc = JsonDocument.Parse(run.Out);
        return doc.RootElement.Clone();
    }

    private static async Task CurateAsync(params string[] args)
    {
        var run = await CliRunner.RunAsync(["curate", .. args]);
        Assert.True(run.Exit == 0, $"curate {string.Join(' ', args)}: {run.Err}");
    }

    private static List<long> SourcePages(JsonElement fact) =>
        [.. fact.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("page").GetInt64()).Distinct().Order()];

    [Fact]
    public async Task Reextract_with_unchanged_rules_finds_every_page_unchanged_and_leaves_the_knowledge_base_as_it_was()
    {
        var db = await SeedsDbAsync();
        var before = KnowledgeFixture.Dump(db);
        var oneFile = Path.GetFileName(Directory.GetFiles(SeedsFolder(), "*.txt").Order(StringComparer.Ordinal).First());

        var all = await CliRunner.RunAsync(["reextract", "--db", db]);
        var one = await CliRunner.RunAsync(["reextract", "--db", db, "--source", oneFile, "-v"]);
        var none = await CliRunner.RunAsync(["reextract", "--db", db, "--source", "không-có-trang-này"]);

        Assert.True(all.Exit == 0, all.Err);
        Assert.Equal($"reextracted {SeedCount()} pages: 0 updated, {SeedCount()} unchanged", all.Out.Trim());
        Assert.Equal("reextracted 1 pages: 0 updated, 1 unchanged", one.Out.Trim());
        Assert.Contains(oneFile, one.Err, StringComparison.Ordinal);
        Assert.Equal((0, "reextracted 0 pages: 0 updated, 0 unchanged"), (none.Exit, none.Out.Trim()));
        Assert.Equal(before, KnowledgeFixture.Dump(db));
    }

    [Fact]
    public async Task Curated_edit_reject_merge_and_split_survive_re_ingest_reextract_and_reconsolidate()
    {
        var db = await SeedsDbAsync();
        var events = (await JsonAsync("timeline", "RU", "--db", db, "-f", "json")).GetProperty("events").EnumerateArray().ToList();
        Assert.True(events.Count >= 4, "the RU timeline of the seeds has at least four events");
        var (edited, rejected, kept, absorbed) = (events[0].GetProperty("id").GetString()!, events[1].GetProperty("id").GetString()!,
            events[2].GetProperty("id").GetString()!, events[3].GetProperty("id").GetString()!);
        var mergedPages = SourcePages(events[2]).Union(SourcePages(events[3])).Order().ToList();

        // The split: a person the machine found on several pages loses one of them.
        var split = KnowledgeFixture.Column(db, """
            SELECT 'P' || f.id FROM kb_facts f WHERE f.kind = 'p' AND (SELECT count(DISTINCT m.page_id) FROM kb_members b
                JOIN kb_mentions m ON m.key = b.mention_key WHERE b.fact_id = f.id) >= 2 ORDER BY f.id LIMIT 1
            """).Single();
        var splitPages = SourcePages(await JsonAsync("history", split, "--db", db, "-f", "json"));
        var splitOff = splitPages[^1];

        await CurateAsync("edit", edited, "--set", "date=2001-07-01", "--by", "Hoa", "--why", "Theo văn bản gốc", "--db", db);
        await CurateAsync("reject", rejected, "--by", "Hoa", "--db", db);
        await CurateAsync("merge", kept, absorbed, "--by", "Hoa", "--db", db);
        await CurateAsync("split", split, "--page", splitOff.ToString(CultureInfo.InvariantCulture), "--by", "Hoa", "--db", db);
        var curated = KnowledgeFixture.Dump(db);

        // Older rules had missed every fact of the split-off page: its stored facts are emptied through the store.
        await using (var store = await KnowledgeFixture.OpenAsync(db))
        {
            var page = await store.GetAsync(splitOff, TestContext.Current.CancellationToken);
            var emptied = page!.Record with { People = [], Organizations = [], Figures = [], Events = [], Agreements = [], Areas = [] };
            Assert.Equal(ReextractOutcome.Updated, (await store.ReplaceFactsAsync(splitOff, emptied, TestContext.Current.CancellationToken)).Outcome);
        }

        Assert.NotEqual(curated, KnowledgeFixture.Dump(db));

        var reingest = await CliRunner.RunAsync(["ingest", SeedsFolder(), "--db", db]);
        var reextract = await CliRunner.RunAsync(["reextract", "--db", db]);
        var again = await CliRunner.RunAsync(["reextract", "--db", db]);
        var reconsolidate = await CliRunner.RunAsync(["reconsolidate", "--db", db]);

        Assert.Equal(0, reingest.Exit);
        Assert.Equal($"reextracted {SeedCount()} pages: 1 updated, {SeedCount() - 1} unchanged", reextract.Out.Trim());
        Assert.Equal($"reextracted {SeedCount()} pages: 0 updated, {SeedCount()} unchanged", again.Out.Trim());
        Assert.Equal(0, reconsolidate.Exit);
        Assert.Equal(curated, KnowledgeFixture.Dump(db));

        var editedNow = await JsonAsync("history", edited, "--db", db, "-f", "json");
        Assert.Equal(("2001-07-01", "edited"), (editedNow.GetProperty("fields").GetProperty("date").GetString(), editedNow.GetProperty("status").GetString()));
        var timeline = (await JsonAsync("timeline", "RU", "--db", db, "-f", "json")).GetProperty("events").EnumerateArray().ToList();
        Assert.DoesNotContain(timeline, e => e.GetProperty("id").GetString() == rejected);
        Assert.Equal("rejected", (await JsonAsync("history", rejected, "--db", db, "-f", "json")).GetProperty("status").GetString());
        Assert.Equal(mergedPages, SourcePages(timeline.Single(e => e.GetProperty("id").GetString() == kept)));
        Assert.DoesNotContain(timeline, e => e.GetProperty("id").GetString() == absorbed);
        var splitNow = SourcePages(await JsonAsync("history", split, "--db", db, "-f", "json"));
        Assert.Equal(splitPages[..^1], splitNow);
    }

    [Fact]
    public async Task A_page_the_store_refuses_is_reported_the_others_go_on_and_a_broken_store_exits_3()
    {
        var db = await SeedsDbAsync();
        // A stored text edited behind the store's back no longer matches its record: the store refuses that page.
        var victim = KnowledgeFixture.Scalar(db, "SELECT min(id) FROM pages WHERE is_current = 1");
        Assert.Equal(1, KnowledgeFixture.Scalar(db, $"UPDATE pages SET text = text || ' ' WHERE id = {victim} RETURNING 1"));
        var blocked = Path.Combine(_dir, "file");
        await File.WriteAllTextAsync(blocked, "x", TestContext.Current.CancellationToken);

        var run = await CliRunner.RunAsync(["reextract", "--db", db]);
        var broken = await CliRunner.RunAsync(["reextract", "--db", Path.Combine(blocked, "kb.db")]);

        Assert.Equal(2, run.Exit);
        Assert.Equal($"reextracted {SeedCount()} pages: 0 updated, {SeedCount() - 1} unchanged, 1 failed", run.Out.Trim());
        Assert.Contains($"#{victim.ToString(CultureInfo.InvariantCulture)} ", run.Err, StringComparison.Ordinal);
        Assert.Contains("Refused", run.Err, StringComparison.Ordinal);
        Assert.Equal(3, broken.Exit);
    }
}
