using System.Text.Json;
using HopTac.Tests.Common;

namespace HopTac.Cli.Tests.Knowledge;

/// <summary>The knowledge-base commands end to end through <see cref="CliApp.RunAsync"/>, over the seed pages.</summary>
public sealed class KnowledgeCommandTests : IDisposable
{
    private readonly string _dir = CliRunner.TempDir();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private async Task<string> SeedsDbAsync()
    {
        var db = Path.Combine(_dir, "kb.db");
        var ingest = await CliRunner.RunAsync(["ingest", SharedData.Path("corpus", "seeds"), "--db", db]);
        Assert.True(ingest.Exit == 0, ingest.Err);
        return db;
    }

    [Fact]
    public async Task Timeline_json_is_one_object_with_the_issue_shape_and_filters_by_year_and_type()
    {
        var db = await SeedsDbAsync();

        var all = await CliRunner.RunAsync(["timeline", "RU", "--db", db, "--format", "json"]);
        var visits = await CliRunner.RunAsync(["timeline", "ru", "--from", "2021", "--to", "2021-12", "--type", "visit", "--db", db, "-f", "json"]);

        Assert.Equal(0, all.Exit);
        using var doc = JsonDocument.Parse(all.Out);
        var root = doc.RootElement;
        Assert.Equal("RU", root.GetProperty("partner").GetString());
        var first = root.GetProperty("events")[0];
        foreach (var name in new[] { "id", "type", "date", "actors", "participants", "sources" })
        {
            Assert.True(first.TryGetProperty(name, out _), name);
        }

        Assert.True(first.GetProperty("sources")[0].TryGetProperty("page", out _));
        Assert.False(string.IsNullOrEmpty(first.GetProperty("sources")[0].GetProperty("evidence").GetString()));
        Assert.True(root.GetProperty("agreements").GetArrayLength() > 0);

        using var filtered = JsonDocument.Parse(visits.Out);
        var events = filtered.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e =>
        {
            Assert.Equal("visit", e.GetProperty("type").GetString());
            if (e.GetProperty("year_known").GetBoolean())
            {
                Assert.StartsWith("2021", e.GetProperty("date").GetString(), StringComparison.Ordinal);
            }
        });
    }

    [Fact]
    public async Task Partner_person_and_history_print_tables_and_unknown_names_exit_2()
    {
        var db = await SeedsDbAsync();

        var partner = await CliRunner.RunAsync(["partner", "RU", "--db", db]);
        var partners = await CliRunner.RunAsync(["partner", "--db", db, "-f", "json"]);
        var nobody = await CliRunner.RunAsync(["person", "Không Ai Cả", "--db", db]);
        var unknownPartner = await CliRunner.RunAsync(["partner", "ZZ", "--db", db]);
        var unknownFact = await CliRunner.RunAsync(["history", "E999999", "--db", db]);

        Assert.Equal(0, partner.Exit);
        Assert.Contains("RU", partner.Out, StringComparison.Ordinal);
        Assert.Contains("2021", partner.Out, StringComparison.Ordinal);
        using (var doc = JsonDocument.Parse(partners.Out))
        {
            Assert.Contains(doc.RootElement.GetProperty("partners").EnumerateArray(), p => p.GetProperty("code").GetString() == "RU");
        }

        Assert.Equal(2, nobody.Exit);
        Assert.Equal(2, unknownPartner.Exit);
        Assert.Equal(2, unknownFact.Exit);
        Assert.Contains("E999999", unknownFact.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Curate_edit_shows_in_history_and_survives_reconsolidate()
    {
        var db = await SeedsDbAsync();
        using var before = JsonDocument.Parse((await CliRunner.RunAsync(["timeline", "RU", "--db", db, "-f", "json"])).Out);
        var id = before.RootElement.GetProperty("events")[0].GetProperty("id").GetString()!;

        var edit = await CliRunner.RunAsync(["curate", "edit", id, "--set", "date=2001-07-01", "--by", "Hoa", "--why", "Theo Hiệp định", "--db", db]);
        var bad = await CliRunner.RunAsync(["curate", "edit", id, "--set", "date=2001-13-01", "--db", db]);
        var noSet = await CliRunner.RunAsync(["curate", "edit", id, "--db", db]);
        var reconsolidate = await CliRunner.RunAsync(["reconsolidate", "--db", db]);
        var history = await CliRunner.RunAsync(["history", id, "--db", db, "-f", "json"]);
        var table = await CliRunner.RunAsync(["history", id, "--db", db]);

        Assert.True(edit.Exit == 0, edit.Err);
        Assert.Equal(2, bad.Exit);
        Assert.Contains("invalid date", bad.Err, StringComparison.Ordinal);
        Assert.Equal(1, noSet.Exit);
        Assert.Equal(0, reconsolidate.Exit);
        using var doc = JsonDocument.Parse(history.Out);
        Assert.Equal("2001-07-01", doc.RootElement.GetProperty("fields").GetProperty("date").GetString());
        Assert.Equal("edited", doc.RootElement.GetProperty("status").GetString());
        var revisions = doc.RootElement.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["create", "edit"], revisions.Select(r => r.GetProperty("action").GetString()));
        Assert.Equal("Hoa", revisions[1].GetProperty("who").GetString());
        Assert.Contains("Theo Hiệp định", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Curate_reject_hides_a_fact_and_a_missing_store_folder_is_a_storage_failure()
    {
        var db = await SeedsDbAsync();
        using var before = JsonDocument.Parse((await CliRunner.RunAsync(["timeline", "RU", "--db", db, "-f", "json"])).Out);
        var events = before.RootElement.GetProperty("events");
        var id = events[0].GetProperty("id").GetString()!;

        var reject = await CliRunner.RunAsync(["curate", "reject", id, "--db", db, "-f", "json"]);
        using var after = JsonDocument.Parse((await CliRunner.RunAsync(["timeline", "RU", "--db", db, "-f", "json"])).Out);
        var blocked = Path.Combine(_dir, "file");
        await File.WriteAllTextAsync(blocked, "x", TestContext.Current.CancellationToken);
        var broken = await CliRunner.RunAsync(["partner", "RU", "--db", Path.Combine(blocked, "kb.db")]);

        Assert.Equal(0, reject.Exit);
        using (var outcome = JsonDocument.Parse(reject.Out))
        {
            Assert.Equal("ok", outcome.RootElement.GetProperty("result").GetString());
            Assert.Equal(id, outcome.RootElement.GetProperty("fact_id").GetString());
            Assert.True(outcome.RootElement.GetProperty("revision_id").GetInt64() > 0);
        }

        Assert.Equal(events.GetArrayLength() - 1, after.RootElement.GetProperty("events").GetArrayLength());
        Assert.DoesNotContain(after.RootElement.GetProperty("events").EnumerateArray(), e => e.GetProperty("id").GetString() == id);
        Assert.Equal(3, broken.Exit);
    }

    [Fact]
    public async Task Person_finds_a_minister_without_diacritics_and_merge_or_split_misuse_is_refused()
    {
        var db = await SeedsDbAsync();

        var person = await CliRunner.RunAsync(["person", "dao", "hong", "lan", "--db", db, "-f", "json"]);
        using var doc = JsonDocument.Parse(person.Out);
        var people = doc.RootElement.GetProperty("people");
        var id = people[0].GetProperty("id").GetString()!;
        var self = await CliRunner.RunAsync(["curate", "merge", id, id, "--db", db]);
        var noPage = await CliRunner.RunAsync(["curate", "split", id, "--db", db]);
        var strangerPage = await CliRunner.RunAsync(["curate", "split", id, "--page", "999999", "--db", db]);

        Assert.Equal(0, person.Exit);
        Assert.Equal("Đào Hồng Lan", people[0].GetProperty("name").GetString());
        Assert.True(people[0].GetProperty("sources").GetArrayLength() >= 2);
        Assert.Equal(2, self.Exit);
        Assert.Equal(1, noPage.Exit);
        Assert.Equal(2, strangerPage.Exit);
    }
}
