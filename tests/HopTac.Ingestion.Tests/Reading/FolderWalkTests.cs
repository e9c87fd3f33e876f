using HopTac.Ingestion.Reading;

namespace HopTac.Ingestion.Tests.Reading;

/// <summary>The folder walk on real temporary folders: links, loops, special files and hostile names.</summary>
public sealed class FolderWalkTests : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("hoptac-walk-");

    public void Dispose() => root.Delete(recursive: true);

    private string Page(string relative)
    {
        var path = Path.Combine(root.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "Hai bên ký kết bản ghi nhớ hợp tác giáo dục tại Hà Nội.");
        return path;
    }

    [Fact]
    public void Symlink_loops_end_and_each_page_is_listed_once()
    {
        Page("a/bai.txt");
        Directory.CreateSymbolicLink(Path.Combine(root.FullName, "a", "self"), ".");
        Directory.CreateSymbolicLink(Path.Combine(root.FullName, "a", "parent"), "..");
        Directory.CreateSymbolicLink(Path.Combine(root.FullName, "loop"), root.FullName);

        var pages = PageFiles.Expand([root.FullName]).ToList();

        Assert.Single(pages);
        Assert.EndsWith("bai.txt", pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_found_through_a_link_is_not_followed()
    {
        var outside = Directory.CreateTempSubdirectory("hoptac-outside-");
        var further = Directory.CreateTempSubdirectory("hoptac-further-");
        try
        {
            File.WriteAllText(Path.Combine(outside.FullName, "ngoai.txt"), "Trang bên ngoài.");
            File.WriteAllText(Path.Combine(further.FullName, "xa.txt"), "Trang xa hơn.");
            Directory.CreateSymbolicLink(Path.Combine(outside.FullName, "further"), further.FullName);
            Directory.CreateSymbolicLink(Path.Combine(root.FullName, "outside"), outside.FullName);

            var once = PageFiles.Expand([root.FullName]).Select(Path.GetFileName).ToList();
            var never = PageFiles.Expand([root.FullName], IngestOptions.Default with { Symlinks = SymlinkPolicy.Never }).ToList();

            Assert.Equal(["ngoai.txt"], once);
            Assert.Empty(never);
        }
        finally
        {
            outside.Delete(recursive: true);
            further.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_fifo_is_reported_and_skipped_without_blocking()
    {
        Page("bai.txt");
        var fifo = Path.Combine(root.FullName, "ong.txt");
        if (!Mkfifo(fifo))
        {
            Assert.Skip("mkfifo is not available here");
        }

        var pages = PageFiles.Expand([root.FullName]).ToList();
        Assert.Contains(fifo, pages);

        var outcome = await PageFiles.ReadAsync(fifo, IngestOptions.Default, null, TestContext.Current.CancellationToken)
            .WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.Null(outcome.Page);
        Assert.Contains("FIFO", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_gone_before_it_is_read_is_reported_and_the_rest_is_read()
    {
        // Works as root too, where chmod 000 does not stop reading: the folder is gone between the walk and the read.
        Page("bai.txt");
        var gone = Path.Combine(root.FullName, "mat");
        Directory.CreateDirectory(gone);
        var pages = PageFiles.Expand([root.FullName, gone]).ToList();
        Directory.Delete(gone);

        var outcome = await PageFiles.ReadAsync(gone, IngestOptions.Default, null, TestContext.Current.CancellationToken);

        Assert.Contains(pages, p => p.EndsWith("bai.txt", StringComparison.Ordinal));
        Assert.Null(outcome.Page);
        Assert.Equal("no such file", outcome.Error);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task An_unreadable_folder_is_reported_by_its_reason()
    {
        var locked = Path.Combine(root.FullName, "khoa");
        Directory.CreateDirectory(locked);
        File.WriteAllText(Path.Combine(locked, "bai.txt"), "Nội dung.");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var listable = true;
            try
            {
                _ = Directory.GetFileSystemEntries(locked);
            }
            catch (UnauthorizedAccessException)
            {
                listable = false;
            }

            var pages = PageFiles.Expand([root.FullName]).ToList();
            if (listable)
            {
                // Root reads through chmod 000: the page is simply read.
                Assert.Single(pages);
                return;
            }

            Assert.Equal([locked], pages);
            var outcome = await PageFiles.ReadAsync(locked, IngestOptions.Default, null, TestContext.Current.CancellationToken);
            Assert.Contains("cannot be listed", outcome.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public async Task Control_characters_in_a_name_are_never_stored_or_shown_raw()
    {
        var path = Page("tin\n\u001b[31mdo\u202e.txt");

        var outcome = await PageFiles.ReadAsync(path, IngestOptions.Default, null, TestContext.Current.CancellationToken);

        Assert.NotNull(outcome.Page);
        Assert.DoesNotContain('\n', outcome.Page.Source);
        Assert.DoesNotContain('\u001b', outcome.Page.Source);
        Assert.EndsWith("tin\\n\\x1b[31mdo\\u202e.txt", outcome.Page.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bài-viết.txt", "bài-viết.txt")]
    [InlineData("a\tb", "a\\tb")]
    [InlineData("x\ufffdy", "x\\ufffdy")]
    [InlineData("c\u0085d", "c\\x85d")]
    public void Names_are_escaped_only_where_they_must_be(string name, string shown) =>
        Assert.Equal(shown, PathDisplay.Escape(name));

    private static bool Mkfifo(string path)
    {
        try
        {
            using var process = System.Diagnostics.Process.Start("mkfifo", [path]);
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
