using System.Diagnostics;
using System.Globalization;
using HopTac.Core.Pages;
using HopTac.Core.Text;
using HopTac.Tests.Common;

namespace HopTac.Storage.Tests.Sqlite;

/// <summary>The whole ViMs corpus through the store: parallel saves, idempotent re-saves, search by headline.</summary>
public sealed class CorpusTests
{
    [Fact]
    public async Task The_vims_corpus_saves_in_parallel_resaves_unchanged_and_finds_pages_by_headline()
    {
        var root = SharedData.Path("corpus", "vims");
        var ct = TestContext.Current.CancellationToken;
        var records = Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => ToRecord(Path.GetRelativePath(root, file), File.ReadAllText(file)))
            .ToList();
        Assert.True(records.Count > 1000);
        await using var temp = await TempStore.CreateAsync();
        var options = new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct };

        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(records, options, async (r, c) => await temp.Store.SaveAsync(r, c));
        var firstPass = clock.Elapsed;
        var outcomes = new System.Collections.Concurrent.ConcurrentBag<SaveOutcome>();
        clock.Restart();
        await Parallel.ForEachAsync(records, options, async (r, c) => outcomes.Add((await temp.Store.SaveAsync(r, c)).Outcome));
        var secondPass = clock.Elapsed;

        Assert.All(outcomes, o => Assert.Equal(SaveOutcome.Unchanged, o));
        var stats = await temp.Store.GetStatsAsync(ct);
        Assert.Equal(records.Count, stats.Pages);

        var sample = records.Where((_, i) => i % 37 == 0).Where(r => r.Title is not null).ToList();
        var found = 0;
        clock.Restart();
        foreach (var record in sample)
        {
            var hits = await temp.Store.SearchAsync(new SearchQuery($"\"{record.Title}\""), ct);
            found += hits.Any(h => string.Equals(VietnameseText.Fold(h.Title), VietnameseText.Fold(record.Title), StringComparison.Ordinal)) ? 1 : 0;
        }

        var searchTime = clock.Elapsed;
        clock.Restart();
        var broad = await temp.Store.SearchAsync(new SearchQuery("viet nam", Limit: 200), ct);
        var broadTime = clock.Elapsed;

        Assert.True(found >= sample.Count * 0.95, $"{found} of {sample.Count} headlines found");
        Assert.Equal(200, broad.Count);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pages {records.Count}, chars {stats.Characters}; save {firstPass.TotalSeconds:F2}s ({records.Count / firstPass.TotalSeconds:F0}/s); " +
            $"re-save {secondPass.TotalSeconds:F2}s; headline search {searchTime.TotalMilliseconds / sample.Count:F1} ms avg over {sample.Count} ({found} found); " +
            $"broad 200-hit search {broadTime.TotalMilliseconds:F0} ms; file {new FileInfo(temp.FilePath).Length / 1024} KiB"));
    }

    private static PageRecord ToRecord(string source, string content)
    {
        var lines = VietnameseText.Normalize(content).Split('\n');
        return new PageRecord
        {
            Source = source,
            Title = lines[0].Trim(),
            Text = string.Join('\n', lines.Skip(1).Select(l => l.Trim()).Where(l => l.Length > 0)),
            Encoding = "utf-8",
        };
    }
}
