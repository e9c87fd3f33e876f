using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using HopTac.Storage.Accounts;
using HopTac.Storage.Sqlite.Accounts;

namespace HopTac.Cli.Tests;

/// <summary>
/// Several writers on one store: two <c>hoptac ingest</c> processes at once, and an ingest process while
/// <c>serve</c> answers searches. No writer fails on a busy database, and no page is lost or stored twice.
/// </summary>
public sealed class SeveralWritersTests : IDisposable
{
    private const int PageCount = 300;

    private readonly string _dir = CliRunner.TempDir();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_ingest_processes_on_one_store_store_every_page_once()
    {
        var db = Path.Combine(_dir, "store.db");
        var forward = WritePages("xuoi.jsonl", Enumerable.Range(0, PageCount));
        var backward = WritePages("nguoc.jsonl", Enumerable.Range(0, PageCount).Reverse());

        var results = await Task.WhenAll(IngestProcessAsync(forward, db), IngestProcessAsync(backward, db));

        Assert.All(results, r => Assert.True(r.Exit == 0, r.Err));
        Assert.Equal(PageCount, Knowledge.KnowledgeFixture.Scalar(db, "SELECT count(*) FROM pages"));
        Assert.Equal(PageCount, Knowledge.KnowledgeFixture.Scalar(db, "SELECT count(*) FROM pages WHERE version = 1 AND is_current = 1"));
        Assert.Equal(PageCount, Knowledge.KnowledgeFixture.Scalar(db, "SELECT count(*) FROM pages_fts"));
        // Between them the two runs stored each page once; the other found it unchanged.
        var news = results.Sum(r => NewCount(r.Out));
        Assert.Equal(PageCount, news);
    }

    [Fact]
    public async Task Ingest_in_another_process_while_serve_answers_searches_loses_nothing_and_fails_no_search()
    {
        var db = Path.Combine(_dir, "store.db");
        var first = await CliRunner.RunAsync(["ingest", WritePages("dau.jsonl", Enumerable.Range(0, 20)), "--db", db]);
        Assert.True(first.Exit == 0, first.Err);
        var accounts = new SqliteAccountStore(db, TimeProvider.System);
        var viewer = (await accounts.CreateAsync("viewer", Roles.Viewer, PasswordHashing.Hash("viewer-password-123", 10_000), false, Ct)).Account!;
        var token = (await accounts.IssueTokenAsync(viewer.Id, "tests", Ct))!.Secret;

        var url = $"http://127.0.0.1:{ServeCommandTests.FreePort()}";
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var (serving, _, _) = ServeCommandTests.Start(["serve", "--db", db, "--urls", url], cts.Token);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(url) };
            (await ServeCommandTests.WaitForHealthAsync(client, serving)).Dispose();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

            var ingest = IngestProcessAsync(WritePages("sau.jsonl", Enumerable.Range(0, PageCount)), db);
            var searches = 0;
            while (!ingest.IsCompleted || searches == 0)
            {
                using var response = await client.GetAsync(new Uri("/api/search?q=hop+tac", UriKind.Relative), Ct);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                searches++;
                await Task.Delay(20, Ct);
            }

            var result = await ingest;
            Assert.True(result.Exit == 0, result.Err);
            Assert.True(searches > 0);
            Assert.Equal(PageCount, Knowledge.KnowledgeFixture.Scalar(db, "SELECT count(*) FROM pages"));
            using var last = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/search?q=so+{PageCount - 1}+hop+tac", UriKind.Relative), Ct));
            Assert.Contains($"tin-{PageCount - 1}", last.RootElement.GetRawText(), StringComparison.Ordinal);
        }
        finally
        {
            await cts.CancelAsync();
            await Task.WhenAny(serving, Task.Delay(ServeCommandTests.StartTimeout, Ct));
        }
    }

    // Pages written for this test: short cooperation notes that differ by their number.
    private string WritePages(string name, IEnumerable<int> numbers) =>
        CliRunner.Write(_dir, name, string.Join('\n', numbers.Select(i => JsonSerializer.Serialize(new
        {
            id = $"tin-{i}",
            title = $"Tin số {i} về hợp tác",
            text = $"Ngày 10/4/2024, Bộ trưởng Ngoại giao tiếp Đại sứ Nhật Bản lần thứ {i} tại Hà Nội. Hai bên bàn về hợp tác số {i}.",
            published = "2024-04-10",
        }))));

    // The real command in a process of its own: SQLite's locks between processes are what this test is about.
    private static async Task<(int Exit, string Out, string Err)> IngestProcessAsync(string file, string db)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "hoptac.dll");
        Assert.True(File.Exists(cli), $"{cli} is missing");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { cli, "ingest", file, "--db", db })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(Ct);
        var error = process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        return (process.ExitCode, await output, await error);
    }

    private static int NewCount(string table)
    {
        var row = System.Text.RegularExpressions.Regex.Match(table, @"│\s*(\d+)\s*│\s*(\d+)\s*│\s*(\d+)\s*│\s*(\d+)\s*│\s*(\d+)\s*│");
        Assert.True(row.Success, table);
        return int.Parse(row.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
