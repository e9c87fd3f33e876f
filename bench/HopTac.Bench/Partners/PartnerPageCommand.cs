using System.Diagnostics;
using System.Globalization;
using HopTac.Storage.Knowledge;
using HopTac.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace HopTac.Bench.Partners;

/// <summary>
/// <c>partner-page --store FILE [--store FILE …] [--partner US] [--repeat 3]</c>: the partner page's first-visit
/// reads on copies of existing stores, the session-5 queries against today's, in the same run on the same copy, and
/// whether both find the same facts. Several stores of different sizes show how each path grows with the store.
/// </summary>
internal static class PartnerPageCommand
{
    public const string Usage = "usage: HopTac.Bench partner-page --store FILE [--store FILE ...] [--partner US] [--repeat 3] [--no-baseline]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var stores = new List<string>();
        var partner = "US";
        var repeat = 3;
        var baseline = true;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            if (args[i] == "--no-baseline")
            {
                baseline = false;
                continue;
            }

            var ok = args[i] switch
            {
                "--store" => value is not null && File.Exists(value) && Add(stores, value),
                "--partner" => (partner = value?.Trim().ToUpperInvariant() ?? string.Empty).Length is > 0 and <= 16,
                "--repeat" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out repeat) && repeat is > 0 and <= 100,
                _ => false,
            };
            if (!ok)
            {
                await error.WriteLineAsync($"bad argument {args[i]} {value}\n{Usage}").ConfigureAwait(false);
                return 1;
            }

            i++;
        }

        if (stores.Count == 0)
        {
            await error.WriteLineAsync(Usage).ConfigureAwait(false);
            return 1;
        }

        await output.WriteLineAsync("store\tpages\tpartner facts (e/a/f/p)\tsession-5 first visit ms\tnow first ms\tnow median ms\tratio\tsame facts").ConfigureAwait(false);
        var allSame = true;
        foreach (var store in stores)
        {
            allSame &= await MeasureAsync(store, partner, repeat, baseline, output, error).ConfigureAwait(false);
        }

        return allSame ? 0 : 2;
    }

    private static bool Add(List<string> stores, string value)
    {
        stores.Add(value);
        return true;
    }

    private static async Task<bool> MeasureAsync(string store, string partner, int repeat, bool baseline, TextWriter output, TextWriter error)
    {
        // A copy: opening a store migrates it (0011 adds an index), and the bench must not change the caller's file.
        var folder = Path.Combine(Path.GetTempPath(), "hoptac-partner-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var copy = Path.Combine(folder, "store.db");
        try
        {
            using (var source = new SqliteConnection($"Data Source={store};Mode=ReadOnly;Pooling=False"))
            {
                source.Open();
                using var target = new SqliteConnection($"Data Source={copy};Pooling=False");
                target.Open();
                source.BackupDatabase(target);
            }

            BaselineResult? old = null;
            if (baseline)
            {
                using var connection = new SqliteConnection($"Data Source={copy};Pooling=False");
                connection.Open();
                old = SessionFiveQueries.Run(connection, partner);
                await error.WriteLineAsync($"{store}: session-5 steps " + string.Join(", ", old.Steps.Select(s => $"{s.Step} {s.Ms:F0} ms"))).ConfigureAwait(false);
            }

            await using var opened = await SqlitePageStore.OpenAsync(copy, TimeProvider.System, CancellationToken.None).ConfigureAwait(false);
            var pages = (await opened.GetStatsAsync(CancellationToken.None).ConfigureAwait(false)).Pages;
            var times = new List<double>();
            Timeline timeline = new(partner, [], [], []);
            PartnerOverview? overview = null;
            for (var i = 0; i < repeat; i++)
            {
                // What the page's cache does on a miss: the timeline, then the overview.
                var watch = Stopwatch.StartNew();
                timeline = await opened.Knowledge.GetTimelineAsync(new TimelineQuery(partner), CancellationToken.None).ConfigureAwait(false);
                var timelineMs = watch.Elapsed.TotalMilliseconds;
                overview = await opened.Knowledge.GetPartnerAsync(partner, CancellationToken.None).ConfigureAwait(false);
                times.Add(watch.Elapsed.TotalMilliseconds);
                await error.WriteLineAsync($"{store}: visit {i + 1}: timeline {timelineMs:F0} ms, overview {times[^1] - timelineMs:F0} ms").ConfigureAwait(false);
            }

            var events = timeline.Events.Select(e => Number(e.Id)).ToHashSet();
            var agreements = timeline.Agreements.Select(a => Number(a.Id)).ToHashSet();
            var figures = timeline.Figures.Select(f => Number(f.Id)).ToHashSet();
            var people = (overview?.People ?? []).Select(p => Number(p.Id)).ToHashSet();
            var same = old is null
                || (old.Events.SetEquals(events) && old.Agreements.SetEquals(agreements) && old.Figures.SetEquals(figures) && old.People.SetEquals(people));
            var sorted = times.Order().ToList();
            var median = sorted[sorted.Count / 2];
            await output.WriteLineAsync(string.Join('\t',
                store,
                pages.ToString(CultureInfo.InvariantCulture),
                $"{events.Count}/{agreements.Count}/{figures.Count}/{people.Count}",
                old is null ? "-" : old.FirstVisitMs.ToString("F0", CultureInfo.InvariantCulture),
                times[0].ToString("F0", CultureInfo.InvariantCulture),
                median.ToString("F0", CultureInfo.InvariantCulture),
                old is null ? "-" : (old.FirstVisitMs / times[0]).ToString("F0", CultureInfo.InvariantCulture) + "x",
                old is null ? "-" : same ? "yes" : "NO")).ConfigureAwait(false);
            return same;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static long Number(string factId) => long.Parse(factId.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture);
}
