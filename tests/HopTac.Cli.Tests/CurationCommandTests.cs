using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace HopTac.Cli.Tests;

/// <summary>
/// Issue 16, item 6 from the command line: the one validator (allowed types, dates as people type them), the
/// curator's name required, every curation in the audit log, and the review queue.
/// </summary>
public sealed class CurationCommandTests : IDisposable
{
    private const string Page = """
        Việt Nam và Lào ký bản ghi nhớ hợp tác y tế

        Thứ Hai, ngày 11/03/2024 09:00

        Sáng ngày 11/3/2024, tại Viêng Chăn, Bộ trưởng Bộ Y tế Việt Nam Đào Hồng Lan và Bộ trưởng Bộ Y tế Lào Bounfeng Phoummalaysith đã hội đàm về hợp tác y tế giữa hai nước.

        Sau hội đàm, hai Bộ trưởng đã ký Bản ghi nhớ hợp tác trong lĩnh vực y tế giai đoạn 2024-2028. Phía Lào dành 30 suất học bổng cho sinh viên Việt Nam.
        """;

    private readonly string _dir = CliRunner.TempDir();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private async Task<(string Db, string Event)> StoreAsync()
    {
        var db = Path.Combine(_dir, "store.db");
        var ingest = await CliRunner.RunAsync(["ingest", CliRunner.Write(_dir, "lao.txt", Page), "--db", db]);
        Assert.True(ingest.Exit == 0, ingest.Err);
        var queue = await CliRunner.RunAsync(["review", "--kind", "event", "--db", db, "-f", "json"]);
        using var doc = JsonDocument.Parse(queue.Out);
        return (db, doc.RootElement.GetProperty("items")[0].GetProperty("id").GetString()!);
    }

    private static List<(string Who, string Action, string Target, string? Detail)> Audit(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT who, action, target, detail FROM audit_log ORDER BY id";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string, string, string?)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        }

        return rows;
    }

    [Fact]
    public async Task A_type_outside_the_list_is_refused_with_the_allowed_values()
    {
        var (db, id) = await StoreAsync();

        var (exit, _, stderr) = await CliRunner.RunAsync(["curate", "edit", id, "--set", "type=banana", "--by", "Hoa", "--db", db]);

        Assert.Equal(2, exit);
        Assert.Contains("invalid type 'banana' for an event", stderr, StringComparison.Ordinal);
        Assert.Contains("talks, meeting, call, visit, signing, conference, aid, partnership, other", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(Audit(db), a => a.Action == "fact-edit");
    }

    [Theory]
    [InlineData("28/10/2021", "2021-10-28")]
    [InlineData("10/2021", "2021-10")]
    [InlineData("2021", "2021")]
    [InlineData("2021-10-28", "2021-10-28")]
    [InlineData("tháng 10/2021", "2021-10")]
    [InlineData("ngày 28 tháng 10 năm 2021", "2021-10-28")]
    public async Task A_date_is_accepted_as_people_type_it_and_stored_in_iso(string typed, string stored)
    {
        var (db, id) = await StoreAsync();

        var edit = await CliRunner.RunAsync(["curate", "edit", id, "--set", "date=" + typed, "--by", "Hoa", "--db", db]);
        var history = await CliRunner.RunAsync(["history", id, "--db", db, "-f", "json"]);

        Assert.True(edit.Exit == 0, edit.Err);
        using var doc = JsonDocument.Parse(history.Out);
        Assert.Equal(stored, doc.RootElement.GetProperty("fields").GetProperty("date").GetString());
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2021-13")]
    [InlineData("31/02/2021")]
    [InlineData("28/10/2021 hoặc sau đó")]
    public async Task A_date_that_is_not_one_date_is_refused(string typed)
    {
        var (db, id) = await StoreAsync();

        var (exit, _, stderr) = await CliRunner.RunAsync(["curate", "edit", id, "--set", "date=" + typed, "--by", "Hoa", "--db", db]);

        Assert.Equal(2, exit);
        Assert.Contains("invalid date", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_by_or_hoptac_curator_a_curation_is_refused_and_never_signed_by_the_os_user()
    {
        var (db, id) = await StoreAsync();
        var none = new Dictionary<string, string>(StringComparer.Ordinal);

        var refused = await CliRunner.RunAsync(["curate", "accept", id, "--db", db], environment: none);
        var configured = await CliRunner.RunAsync(["curate", "accept", id, "--db", db], environment: new Dictionary<string, string> { ["HOPTAC_CURATOR"] = "Minh" });
        var history = await CliRunner.RunAsync(["history", id, "--db", db, "-f", "json"]);

        Assert.Equal(1, refused.Exit);
        Assert.Contains("--by NAME, or set HOPTAC_CURATOR", refused.Err, StringComparison.Ordinal);
        Assert.True(configured.Exit == 0, configured.Err);
        using var doc = JsonDocument.Parse(history.Out);
        var curators = doc.RootElement.GetProperty("history").EnumerateArray().Skip(1).Select(r => r.GetProperty("who").GetString()).ToList();
        Assert.Equal(["Minh"], curators);
        Assert.DoesNotContain(Environment.UserName, curators);
    }

    [Fact]
    public async Task Every_cli_curation_is_in_the_audit_log()
    {
        var (db, id) = await StoreAsync();

        await CliRunner.RunAsync(["curate", "edit", id, "--set", "date=12/3/2024", "--by", "Hoa", "--why", "theo thông cáo", "--db", db]);
        await CliRunner.RunAsync(["curate", "reject", id, "--by", "Minh", "--db", db]);

        var audit = Audit(db);
        Assert.Contains(audit, a => a.Who == "Hoa" && a.Action == "fact-edit" && a.Target == "fact:" + id && a.Detail == "via cli — date — theo thông cáo");
        Assert.Contains(audit, a => a.Who == "Minh" && a.Action == "fact-reject" && a.Target == "fact:" + id);
    }

    [Fact]
    public async Task The_review_queue_lists_unreviewed_facts_and_a_decision_takes_a_fact_out()
    {
        var (db, id) = await StoreAsync();

        using var before = JsonDocument.Parse((await CliRunner.RunAsync(["review", "--db", db, "-f", "json"])).Out);
        await CliRunner.RunAsync(["curate", "accept", id, "--by", "Hoa", "--db", db]);
        using var after = JsonDocument.Parse((await CliRunner.RunAsync(["review", "--db", db, "-f", "json"])).Out);
        var table = await CliRunner.RunAsync(["review", "--db", db, "-n", "2"]);
        var badKind = await CliRunner.RunAsync(["review", "--kind", "banana", "--db", db]);

        var total = before.RootElement.GetProperty("total").GetInt32();
        Assert.True(total >= 4, before.RootElement.ToString());
        Assert.Contains(before.RootElement.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == id);
        Assert.Equal(total - 1, after.RootElement.GetProperty("total").GetInt32());
        Assert.DoesNotContain(after.RootElement.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == id);
        Assert.Contains($"1-2 of {total - 1} facts to review", table.Out, StringComparison.Ordinal);
        Assert.Equal(1, badKind.Exit);
    }
}
