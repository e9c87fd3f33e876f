using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;

namespace HopTac.Ingestion.Tests.Hostile;

/// <summary>
/// Every hostile page, in a batch between two ordinary pages: it is rejected or accepted in under 30 s, the process
/// grows by less than 500 MB, and both ordinary pages are read (the batch does not wait on the hostile one).
/// </summary>
public sealed class HostileBatchTests
{
    public static TheoryData<string> Names() => [.. HostilePages.All().Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task A_hostile_page_is_settled_in_seconds_and_the_pages_around_it_are_read(string name)
    {
        var folder = Directory.CreateTempSubdirectory("hoptac-hostile-");
        try
        {
            var bytes = HostilePages.All().Single(p => p.Name == name).Bytes();
            var good = "<html><body><article><h1>Hợp tác Việt Nam - Nhật Bản</h1><p>" + HostilePages.Article(3) + "</p></article></body></html>";
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "a-before.html"), good, TestContext.Current.CancellationToken);
            await File.WriteAllBytesAsync(Path.Combine(folder.FullName, "b-" + name), bytes, TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "c-after.html"), good.Replace("Nhật Bản", "Hàn Quốc", StringComparison.Ordinal), TestContext.Current.CancellationToken);

            using var process = Process.GetCurrentProcess();
            process.Refresh();
            var rssBefore = process.WorkingSet64;
            var batch = new PageBatch(new PageReader(IngestOptions.Default), NullLogger<PageBatch>.Instance);
            var clock = Stopwatch.StartNew();
            var results = new List<IngestResult>();
            await foreach (var result in batch.ReadAllAsync([folder.FullName], null, TestContext.Current.CancellationToken))
            {
                results.Add(result);
            }

            clock.Stop();
            process.Refresh();
            Assert.Equal(3, results.Count);
            Assert.True(results[0] is IngestResult.Accepted, $"{name}: the page before it was {Describe(results[0])}");
            Assert.True(results[2] is IngestResult.Accepted, $"{name}: the page after it was {Describe(results[2])}");
            // The budget is 5 s of CPU (PageBudget); the wall clock around it depends on the machine's load, so the bound
            // here is loose: the pages this guards against ran for minutes before their guards.
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"{name}: {clock.Elapsed.TotalSeconds:0.0} s ({Describe(results[1])})");
            var grown = (process.PeakWorkingSet64 - rssBefore) / (1024 * 1024);
            Assert.True(grown < 500, $"{name}: the process grew by {grown} MB");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Corrupted_utf8_is_rejected_as_mojibake_rather_than_stored()
    {
        var result = new PageReader(IngestOptions.Default).Read(new HopTac.Ingestion.Reading.RawPage("hong.txt", HostilePages.Corrupted(0.035), Core.Pages.PageKind.Text), TestContext.Current.CancellationToken);
        var rejected = Assert.IsType<IngestResult.Rejected>(result);
        Assert.Contains("mojibake", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Lightly_damaged_utf8_is_still_read()
    {
        var result = new PageReader(IngestOptions.Default).Read(new HopTac.Ingestion.Reading.RawPage("tot.txt", HostilePages.Corrupted(0.002), Core.Pages.PageKind.Text), TestContext.Current.CancellationToken);
        Assert.IsType<IngestResult.Accepted>(result);
    }

    [Fact]
    public void A_cancelled_page_stops_between_stages()
    {
        var reader = new PageReader(IngestOptions.Default);
        var page = new HopTac.Ingestion.Reading.RawPage("cham.html", Encoding.UTF8.GetBytes("<html><body><p>" + HostilePages.Article(200) + "</p></body></html>"), Core.Pages.PageKind.Html);
        Assert.ThrowsAny<OperationCanceledException>(() => { _ = reader.Read(page, new CancellationToken(canceled: true)); });
    }

    [Fact]
    public async Task A_pattern_past_its_own_limit_is_reported_as_such_and_not_as_the_page_budget()
    {
        // A stage whose regular expression runs past its per-match limit, as on a machine too loaded to give it a core.
        var batch = new PageBatch(new PageReader(IngestOptions.Default), NullLogger<PageBatch>.Instance)
        {
            ReadInMemory = (_, _) => throw new System.Text.RegularExpressions.RegexMatchTimeoutException("văn bản", "(a+)+$", TimeSpan.FromSeconds(2)),
        };
        var page = new HopTac.Ingestion.Reading.RawPage("mau.txt", Encoding.UTF8.GetBytes(HostilePages.Article(20)), Core.Pages.PageKind.Text);

        var rejected = Assert.IsType<IngestResult.Rejected>(await batch.ReadPageAsync(page, TestContext.Current.CancellationToken));

        Assert.Contains("text pattern ran past its limit (2 s per match", rejected.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("time budget", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_past_its_time_budget_is_rejected_with_the_reason_and_the_batch_goes_on()
    {
        var folder = Directory.CreateTempSubdirectory("hoptac-budget-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "dai.html"), "<html><body><p>" + HostilePages.Article(3_000) + "</p></body></html>", TestContext.Current.CancellationToken);

            // A budget no page can meet stands in for a stage that runs long.
            var batch = new PageBatch(new PageReader(IngestOptions.Default with { PageTimeout = TimeSpan.FromTicks(1) }), NullLogger<PageBatch>.Instance);
            var results = new List<IngestResult>();
            await foreach (var result in batch.ReadAllAsync([folder.FullName, folder.FullName + "/khong-co.txt"], null, TestContext.Current.CancellationToken))
            {
                results.Add(result);
            }

            Assert.Equal(2, results.Count);
            Assert.Contains("time budget", Assert.IsType<IngestResult.Rejected>(results[0]).Reason, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_page_that_waits_longer_than_its_budget_without_computing_is_not_charged_for_the_wait()
    {
        // A loaded machine, seen from the page: its stage gets no core for a while. Its CPU stays far under the budget.
        var batch = new PageBatch(new PageReader(IngestOptions.Default with { PageTimeout = TimeSpan.FromMilliseconds(300) }), NullLogger<PageBatch>.Instance)
        {
            // The stage's own answer tells it apart from a rejection by the budget.
            ReadInMemory = (page, _) =>
            {
                Thread.Sleep(TimeSpan.FromSeconds(1.5));
                return new IngestResult.Rejected(page.Source, "waited, then answered");
            },
        };

        var result = await batch.ReadPageAsync(Page("cho.txt"), TestContext.Current.CancellationToken);

        Assert.Equal("waited, then answered", Assert.IsType<IngestResult.Rejected>(result).Reason);
    }

    [Fact]
    public async Task A_page_that_computes_past_its_budget_is_rejected_even_if_its_stage_never_looks_at_the_budget()
    {
        var stop = false;
        var batch = new PageBatch(new PageReader(IngestOptions.Default with { PageTimeout = TimeSpan.FromMilliseconds(200) }), NullLogger<PageBatch>.Instance)
        {
            ReadInMemory = (page, _) =>
            {
                // Spins until the test has its answer (a minute at most), never checking its token, as a runaway parser would.
                var clock = Stopwatch.StartNew();
                var spins = 0L;
                while (!Volatile.Read(ref stop) && clock.Elapsed < TimeSpan.FromMinutes(1))
                {
                    spins++;
                }

                return new IngestResult.Rejected(page.Source, $"spun {spins} times");
            },
        };

        var clock = Stopwatch.StartNew();
        var result = await batch.ReadPageAsync(Page("quay.txt"), TestContext.Current.CancellationToken);
        Volatile.Write(ref stop, true);

        Assert.Contains("time budget", Assert.IsType<IngestResult.Rejected>(result).Reason, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(50), $"{clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public async Task A_page_that_waits_for_ever_is_rejected_at_the_wall_clock_bound()
    {
        var finished = false;
        var batch = new PageBatch(new PageReader(IngestOptions.Default with { PageTimeout = TimeSpan.FromMilliseconds(100) }), NullLogger<PageBatch>.Instance)
        {
            ReadInMemory = (page, _) =>
            {
                Thread.Sleep(TimeSpan.FromSeconds(30));
                finished = true;
                return new IngestResult.Rejected(page.Source, "woke up");
            },
        };

        var result = await batch.ReadPageAsync(Page("ngu.txt"), TestContext.Current.CancellationToken);

        Assert.Contains("time budget", Assert.IsType<IngestResult.Rejected>(result).Reason, StringComparison.Ordinal);
        Assert.False(finished);
    }

    private static HopTac.Ingestion.Reading.RawPage Page(string name) =>
        new(name, Encoding.UTF8.GetBytes(HostilePages.Article(5)), Core.Pages.PageKind.Text);

    private static string Describe(IngestResult result) => result switch
    {
        IngestResult.Rejected r => "rejected: " + r.Reason,
        _ => "accepted",
    };
}
