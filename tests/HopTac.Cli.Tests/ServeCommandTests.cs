using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using HopTac.Storage.Accounts;
using HopTac.Storage.Sqlite.Accounts;

namespace HopTac.Cli.Tests;

/// <summary>
/// <c>hoptac serve</c> through <see cref="CliApp.RunAsync"/>, as the command line runs it: it answers on the URL it
/// was given, serves the same timeline JSON as <c>hoptac timeline --format json</c>, stops when cancelled, and
/// refuses a bad <c>--urls</c> as a usage error.
/// </summary>
public sealed class ServeCommandTests
{
    internal static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    // A page written for this test in the style of Vietnamese news: its talks and memorandum give Laos a timeline.
    private const string LaosPage = """
        Việt Nam và Lào tăng cường hợp tác y tế

        Thứ Ba, ngày 12/3/2024 10:15

        Minh Anh

        Sáng ngày 12/3/2024, tại Hà Nội, Bộ trưởng Bộ Y tế Đào Hồng Lan đã hội đàm với Bộ trưởng Bộ Y tế Lào Bounfeng Phommalaysith.

        Hai bên nhất trí tăng cường hợp tác trong lĩnh vực y tế, trọng tâm là đào tạo nhân lực và phòng chống bệnh truyền nhiễm tại khu vực biên giới.

        Sau hội đàm, hai Bộ trưởng đã ký Bản ghi nhớ hợp tác trong lĩnh vực y tế giai đoạn 2024-2028.
        """;

    [Fact]
    public async Task Serve_answers_healthz_on_its_url_and_stops_when_cancelled()
    {
        var dir = CliRunner.TempDir();
        var db = Path.Combine(dir, "hoptac.db");
        var url = $"http://127.0.0.1:{FreePort()}";
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var (serving, output, error) = Start(["serve", "--db", db, "--urls", url], cts.Token);

        using var client = new HttpClient { BaseAddress = new Uri(url) };
        using (var health = await WaitForHealthAsync(client, serving))
        {
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Contains("\"ok\"", await health.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("HOPTAC_ADMIN_PASSWORD")))
        {
            Assert.Contains("one-time code", output.ToString(), StringComparison.Ordinal);
        }

        await cts.CancelAsync();
        var finished = await Task.WhenAny(serving, Task.Delay(StartTimeout, TestContext.Current.CancellationToken));
        Assert.Same(serving, finished);

        // A stop that was asked for is a clean exit.
        Assert.True(serving.IsCompletedSuccessfully, error.ToString());
        Assert.Equal(0, await serving);
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_served_timeline_is_exactly_the_json_of_hoptac_timeline()
    {
        var dir = CliRunner.TempDir();
        var db = Path.Combine(dir, "hoptac.db");
        CliRunner.Write(dir, "pages/lao-y-te.txt", LaosPage);
        var ingest = await CliRunner.RunAsync(["ingest", Path.Combine(dir, "pages"), "--db", db]);
        Assert.Equal(0, ingest.Exit);
        var cli = await CliRunner.RunAsync(["timeline", "LA", "--db", db, "--format", "json"]);
        Assert.Equal(0, cli.Exit);
        Assert.Contains("\"events\":[{", cli.Out, StringComparison.Ordinal);

        // An account and token made in the store before the first start, as an admin would have made them.
        var accounts = new SqliteAccountStore(db, TimeProvider.System);
        var viewer = (await accounts.CreateAsync("viewer", Roles.Viewer, PasswordHashing.Hash("viewer-password-123", 10_000), false, TestContext.Current.CancellationToken)).Account!;
        var token = (await accounts.IssueTokenAsync(viewer.Id, "tests", TestContext.Current.CancellationToken))!.Secret;

        var url = $"http://127.0.0.1:{FreePort()}";
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var (serving, _, _) = Start(["serve", "--db", db, "--urls", url], cts.Token);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(url) };
            (await WaitForHealthAsync(client, serving)).Dispose();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var served = await client.GetStringAsync(new Uri("/api/partners/LA/timeline", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(cli.Out.TrimEnd('\r', '\n'), served);
        }
        finally
        {
            await cts.CancelAsync();
            await Task.WhenAny(serving, Task.Delay(StartTimeout, TestContext.Current.CancellationToken));
        }
    }

    [Theory]
    [InlineData("ftp://127.0.0.1:8080")]
    [InlineData("not a url")]
    [InlineData("")]
    public async Task A_bad_urls_option_exits_1_with_a_message(string urls)
    {
        var db = Path.Combine(CliRunner.TempDir(), "hoptac.db");
        var (exit, _, err) = await CliRunner.RunAsync(["serve", "--db", db, "--urls", urls]);
        Assert.Equal(1, exit);
        Assert.Contains("--urls", err, StringComparison.Ordinal);
    }

    internal static (Task<int> Serving, StringWriter Out, StringWriter Err) Start(string[] args, CancellationToken cancellationToken)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(TextWriter.Synchronized(output), TextWriter.Synchronized(error), null, interactive: false);
        return (Task.Run(() => CliApp.RunAsync(args, console, cancellationToken), cancellationToken), output, error);
    }

    internal static async Task<HttpResponseMessage> WaitForHealthAsync(HttpClient client, Task<int> serving)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            Assert.False(serving.IsCompleted, $"serve ended before answering (exit {(serving.IsCompletedSuccessfully ? serving.Result : -1)})");
            try
            {
                return await client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }
        }

        Assert.Fail($"serve did not answer /healthz within {StartTimeout}");
        return null!;
    }

    // Kestrel would take port 0, but the command prints no address to read back; a port just freed is the next best.
    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
