using System.CommandLine;
using HopTac.Crawling;
using HopTac.Crawling.Archive;
using HopTac.Crawling.Fetching;
using HopTac.Ingestion;
using HopTac.Storage;
using Microsoft.Extensions.Logging;

namespace HopTac.Cli.Commands;

/// <summary>
/// <c>hoptac crawl [--once]</c> and <c>hoptac watch</c>: fetch what the sources list, politely, into the store and
/// the web archive. <c>--once</c> ends when nothing is due; otherwise (and as <c>watch</c>) it re-checks each source on
/// its schedule until stopped.
/// </summary>
internal static class CrawlCommand
{
    public static Option<string> ContactOption() => new("--contact")
    {
        Description = "A URL or mailto: for site owners to reach you; sent in the User-Agent. Set it when following real sites.",
        DefaultValueFactory = _ => new CrawlerOptions().Contact,
    };

    public static Command Create(CliConsole console, CommonOptions common, string name)
    {
        var once = new Option<bool>("--once") { Description = "One pass: fetch everything due now, ingest it, and stop." };
        var delay = DurationText.Option("--delay", "Least wait between two requests to one host (robots.txt's Crawl-delay raises it).", "2s");
        var timeout = DurationText.Option("--timeout", "Longest time for one request, body included.", "30s");
        var retryDelay = DurationText.Option("--retry-delay", "First back-off after a 429, 5xx or network error (doubling, with jitter).", "5s");
        var revisit = DurationText.Option("--revisit", "First revisit of a fetched article (conditional GET); doubles while it is unchanged.", "1h");
        var warc = new Option<string?>("--warc") { Description = "Folder of the WARC files (default: warc/ beside the store)." };
        var noWarc = new Option<bool>("--no-warc") { Description = "Do not keep the responses in WARC files." };
        var maxArticles = new Option<int>("--max-articles") { Description = "Stop a pass after this many article requests (0: no bound)." };
        var contact = ContactOption();
        var command = name == "watch"
            ? new Command("watch", "Follow the sources: re-check each on its schedule until stopped (Ctrl+C).")
            : new Command("crawl", "Fetch what the sources list into the store and the web archive.") { once };
        foreach (var option in new Option[] { common.Db, delay, timeout, retryDelay, revisit, warc, noWarc, maxArticles, contact })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var options = new CrawlerOptions
            {
                Contact = parse.GetValue(contact)!,
                HostDelay = DurationText.Parse(parse.GetValue(delay))!.Value,
                Timeout = DurationText.Parse(parse.GetValue(timeout))!.Value,
                RetryBaseDelay = DurationText.Parse(parse.GetValue(retryDelay))!.Value,
                Revisit = DurationText.Parse(parse.GetValue(revisit))!.Value,
                MaxArticles = parse.GetValue(maxArticles),
            };
            var db = parse.GetValue(common.Db)!;
            // Beside a SQLite file; in the working folder for a PostgreSQL store, which has no folder of its own.
            var folder = parse.GetValue(noWarc) ? null
                : parse.GetValue(warc) ?? (Stores.IsPostgres(db) ? Path.GetFullPath("warc") : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(db))!, "warc"));
            return await RunAsync(console, db, options, folder, name == "crawl" && parse.GetValue(once), parse.GetValue(common.Verbose), ct).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string db, CrawlerOptions options, string? warcFolder, bool once, bool verbose, CancellationToken ct)
    {
        using var loggers = Logging.Create(verbose);
        try
        {
            options.Validate();
        }
        catch (ArgumentException e)
        {
            console.Fail(e.Message);
            return ExitCodes.Usage;
        }

        try
        {
            var pages = await StoreOpener.OpenAsync(db, ct).ConfigureAwait(false);
            await using (pages.ConfigureAwait(false))
            {
                var frontier = await Stores.OpenCrawlAsync(db, TimeProvider.System, ct).ConfigureAwait(false);
                await using (frontier.ConfigureAwait(false))
                {
                    var archive = warcFolder is null ? null : new WarcWriter(warcFolder, TimeProvider.System);
                    try
                    {
                        using var fetcher = new PoliteFetcher(options, TimeProvider.System, archive);
                        var crawler = new Crawler(frontier, pages, new PageBatch(new PageReader(IngestOptions.Default), loggers.CreateLogger<PageBatch>()), fetcher, options, TimeProvider.System, loggers.CreateLogger<Crawler>());
                        if (once)
                        {
                            var report = await crawler.RunPassAsync(ct).ConfigureAwait(false);
                            await console.Out.WriteLineAsync(report.ToString()).ConfigureAwait(false);
                            return ExitCodes.Ok;
                        }

                        await crawler.WatchAsync(report => report.Requests == 0 ? Task.CompletedTask : console.Out.WriteLineAsync(
                            $"{DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss}Z {report}"), ct).ConfigureAwait(false);
                        return ExitCodes.Ok;
                    }
                    finally
                    {
                        if (archive is not null)
                        {
                            await archive.DisposeAsync().ConfigureAwait(false);
                        }
                    }
                }
            }
        }
        catch (Exception e) when (StoreOpener.IsStorageFailure(e))
        {
            console.Fail($"the store failed: {e.Message}");
            return ExitCodes.StorageFailure;
        }
    }
}
