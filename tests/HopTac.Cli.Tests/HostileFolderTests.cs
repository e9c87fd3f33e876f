using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;

namespace HopTac.Cli.Tests;

/// <summary>
/// Issue 15, the file-system classes end to end: one folder holding every hostile entry the issue lists (symlink loops,
/// an unreadable folder, a FIFO, a device, a name that is not UTF-8, control characters in a name, corrupted UTF-8, a
/// page in two encodings, a page that defeated the nesting guard) between ordinary pages, ingested by the real
/// <c>hoptac</c> in a process of its own. The run ends, every ordinary page is stored, each hostile entry is named with
/// its reason, and nothing raw reaches the terminal or the store. Pages are sentences composed for this test.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HostileFolderTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly string _dir = CliRunner.TempDir();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        var locked = Path.Combine(_dir, "trang", "khoa");
        if (Directory.Exists(locked))
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        // .NET cannot name the file whose name is not UTF-8, so it cannot delete it either.
        using var rm = Process.Start("rm", ["-rf", _dir]);
        rm.WaitForExit();
    }

    [Fact]
    public async Task Ingest_of_a_hostile_folder_ends_stores_every_ordinary_page_and_names_each_hostile_entry()
    {
        var folder = Path.Combine(_dir, "trang");
        CliRunner.Write(folder, "a.txt", "Việt Nam và Lào ký kết bản ghi nhớ hợp tác giáo dục tại Hà Nội ngày 3/5/2024.");
        CliRunner.Write(folder, "b.html", "<html><body><article><h1>Hợp tác y tế Việt Nam - Nhật Bản</h1>"
            + string.Concat(Enumerable.Repeat("<p>Chiều ngày 5 tháng 5, Bộ trưởng Bộ Y tế đã tiếp Đại sứ Nhật Bản tại Hà Nội. Hai bên nhất trí thúc đẩy hợp tác trong lĩnh vực y tế và đào tạo nhân lực.</p>", 4))
            + "</article></body></html>");
        CliRunner.Write(folder, "sub/d.txt", "Hai bên nhất trí thúc đẩy thương mại và đầu tư giữa Việt Nam và Hàn Quốc.");
        CliRunner.Write(folder, "tin\n\u001b[31mdo.txt", "Tin có tên lạ trong thư mục, về hợp tác nông nghiệp với Cu-ba.");
        Directory.CreateSymbolicLink(Path.Combine(folder, "sub", "self"), ".");
        Directory.CreateSymbolicLink(Path.Combine(folder, "sub", "parent"), "..");
        Directory.CreateSymbolicLink(Path.Combine(folder, "loop"), folder);
        File.CreateSymbolicLink(Path.Combine(folder, "zero.txt"), "/dev/zero");
        CliRunner.Write(folder, "khoa/e.txt", "Trang trong thư mục không đọc được.");
        File.SetUnixFileMode(Path.Combine(folder, "khoa"), UnixFileMode.None);
        await File.WriteAllBytesAsync(Path.Combine(folder, "hong.txt"), Corrupted(), Ct);
        await File.WriteAllBytesAsync(Path.Combine(folder, "tron.txt"), Mixed(), Ct);
        CliRunner.Write(folder, "svg.html", "<html><body><article><h1>Tiêu đề</h1><svg><!-->" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "</article></body></html>");
        Assert.Equal(0, await ShellAsync(folder, "mkfifo ong.txt && printf 'Trang có tên không phải UTF-8.' > \"$(printf 'caf\\351.txt')\""));
        var db = Path.Combine(_dir, "store.db");

        var run = await IngestAsync(folder, db);

        Assert.False(run.TimedOut, "the ingest did not end within two minutes:\n" + run.Err);
        Assert.True(run.Exit == 2, $"exit {run.Exit}, expected 2 (pages rejected):\n{run.Err}");
        Assert.True(run.PeakMegabytes < 500, $"the process reached {run.PeakMegabytes} MB");
        var stored = Sources(db).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        string[] ordinary = ["a.txt", "b.html", "d.txt", "tin\\n\\x1b[31mdo.txt"];
        Assert.True(ordinary.SequenceEqual(stored), $"stored {string.Join(", ", stored)}:\n{run.Err}");
        Assert.Contains("FIFO", run.Err, StringComparison.Ordinal);
        Assert.Contains("device", run.Err, StringComparison.Ordinal);
        Assert.Contains("caf\\ufffd.txt: the file name is not valid UTF-8", run.Err, StringComparison.Ordinal);
        Assert.Contains("mojibake", run.Err, StringComparison.Ordinal);
        Assert.Contains("svg.html", run.Err, StringComparison.Ordinal);
        if (run.Unprivileged)
        {
            Assert.Contains("khoa: is a folder that cannot be listed", run.Err, StringComparison.Ordinal);
        }

        Assert.DoesNotContain('\u001b', run.Err);
        Assert.DoesNotContain('\u001b', run.Out);
        Assert.DoesNotContain("tin\n", run.Err, StringComparison.Ordinal);
    }

    private static List<string> Sources(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT s.source FROM pages p JOIN sources s ON s.id = p.source_id";
        using var reader = command.ExecuteReader();
        var sources = new List<string>();
        while (reader.Read())
        {
            sources.Add(reader.GetString(0));
        }

        return sources;
    }

    private sealed record Run(int Exit, string Out, string Err, bool TimedOut, long PeakMegabytes, bool Unprivileged);

    /// <summary>
    /// The real command in a process of its own, so that its memory is its own and, when the tests run as root, it can
    /// run without the capabilities that read through <c>chmod 000</c> (setpriv drops them from the bounding set), as a
    /// curator's account would.
    /// </summary>
    private static async Task<Run> IngestAsync(string folder, string db)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "hoptac.dll");
        Assert.True(File.Exists(cli), $"{cli} is missing");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var root = IsRoot();
        var setpriv = root && File.Exists("/usr/bin/setpriv");
        var start = new ProcessStartInfo(setpriv ? "/usr/bin/setpriv" : dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] args = setpriv
            ? ["--bounding-set=-dac_override,-dac_read_search", dotnet, cli, .. Ingest(folder, db)]
            : [cli, .. Ingest(folder, db)];
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(Ct);
        var error = process.StandardError.ReadToEndAsync(Ct);
        var peak = 0L;
        var clock = Stopwatch.StartNew();
        // The child's resident size, sampled: the kernel keeps the peak (VmHWM) only while the process lives.
        while (!process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
            await Task.Delay(50, Ct);
        }

        var timedOut = !process.HasExited;
        if (timedOut)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync(Ct);
        return new Run(process.ExitCode, await output, await error, timedOut, peak / (1024 * 1024), !root || setpriv);
    }

    // A generous page budget: this test is about the file system, and on a loaded machine the first HTML page of a
    // fresh process (JIT of the parser) has been seen to pass the default 5 s (HostileBatchTests holds the budget).
    private static string[] Ingest(string folder, string db) => ["ingest", folder, "--db", db, "--page-timeout", "60"];

    /// <summary>VmHWM of a process in bytes (0 once it is gone): its peak resident size so far.</summary>
    private static long HighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process ended between the check and the read.
        }

        return 0;
    }

    private static bool IsRoot()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("Uid:", StringComparison.Ordinal))
            {
                return line.Split('\t', StringSplitOptions.RemoveEmptyEntries)[1] == "0";
            }
        }

        return false;
    }

    /// <summary>What .NET cannot write itself: a FIFO and a name whose bytes are not UTF-8.</summary>
    private static async Task<int> ShellAsync(string folder, string script)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = folder, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        using var process = Process.Start(start)!;
        await process.WaitForExitAsync(Ct);
        return process.ExitCode;
    }

    private const string Article = "Chiều ngày 5 tháng 5, Bộ trưởng Bộ Ngoại giao đã tiếp Đại sứ Nhật Bản tại Hà Nội. Hai bên nhất trí thúc đẩy hợp tác trong các lĩnh vực kinh tế, giáo dục và y tế, hướng tới kỷ niệm quan hệ ngoại giao.\n";

    /// <summary>A Vietnamese article in UTF-8 with 3.5% of its bytes overwritten by 0xFF (the issue's corrupted page).</summary>
    private static byte[] Corrupted()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Article, 40)));
        for (var i = 14; i < bytes.Length; i += 29)
        {
            bytes[i] = 0xFF;
        }

        return bytes;
    }

    /// <summary>Half an article in UTF-8, half in Windows-1258.</summary>
    private static byte[] Mixed()
    {
        var article = string.Concat(Enumerable.Repeat(Article, 20));
        var half = article.Length / 2;
        return [.. Encoding.UTF8.GetBytes(article[..half]), .. CodePagesEncodingProvider.Instance.GetEncoding(1258)!.GetBytes(article[half..].Normalize(NormalizationForm.FormD))];
    }
}
