using System.CommandLine;
using System.Globalization;
using HopTac.Crawling;
using HopTac.Crawling.Fetching;
using HopTac.Crawling.Sources;
using HopTac.Crawling.Urls;
using HopTac.Storage.Crawling;
using HopTac.Storage;
using Spectre.Console;

namespace HopTac.Cli.Commands;

/// <summary><c>hoptac sources add|list|remove|pause|resume</c>: what the crawler follows.</summary>
internal static class SourcesCommand
{
    public static Command Create(CliConsole console, CommonOptions common)
    {
        var command = new Command("sources", "The feeds, sitemaps and section pages that `hoptac crawl` follows.");
        command.Subcommands.Add(Add(console, common));
        command.Subcommands.Add(List(console, common));
        command.Subcommands.Add(Remove(console, common));
        command.Subcommands.Add(Pause(console, common, "pause", true));
        command.Subcommands.Add(Pause(console, common, "resume", false));
        return command;
    }

    private static Command Add(CliConsole console, CommonOptions common)
    {
        var url = new Argument<string>("url") { Description = "A feed, a sitemap, a section page or a site's home page (its feeds and sitemaps are found)." };
        var name = new Option<string?>("--name") { Description = "A name to show (default: the host and path)." };
        var kind = new Option<string?>("--kind") { Description = "feed, sitemap or section; without it the URL is fetched once to find out (and a home page's feeds and sitemaps are added)." };
        kind.AcceptOnlyFromAmong("feed", "sitemap", "section");
        var every = DurationText.Option("--every", "How often the source is checked again.", "30m");
        var contact = CrawlCommand.ContactOption();
        var command = new Command("add", "Follow a source.") { url, name, kind, every, contact, common.Db };
        command.SetAction(async (parse, ct) =>
        {
            var given = parse.GetValue(url)!;
            if (UrlNormalizer.Normalize(given) is not { } normalized)
            {
                console.Fail($"not an http(s) URL: {given}");
                return ExitCodes.Usage;
            }

            var interval = DurationText.Parse(parse.GetValue(every))!.Value;
            List<FoundSource> found;
            if (parse.GetValue(kind) is { } k)
            {
                found = [new FoundSource(normalized, Enum.Parse<SourceKind>(k, ignoreCase: true), parse.GetValue(name) ?? $"{new Uri(normalized).Host}{new Uri(normalized).AbsolutePath}")];
            }
            else
            {
                var options = new CrawlerOptions { Contact = parse.GetValue(contact)! };
                using var fetcher = new PoliteFetcher(options, TimeProvider.System, null);
                var (sources, problem) = await new SourceDiscovery(fetcher, options, TimeProvider.System).DiscoverAsync(normalized, ct).ConfigureAwait(false);
                if (problem is not null)
                {
                    console.Fail($"{normalized}: {problem} (give --kind to add it without fetching)");
                    return ExitCodes.InputRejected;
                }

                found = [.. sources];
                if (parse.GetValue(name) is { } named)
                {
                    found = found.ConvertAll(f => f with { Name = found.Count == 1 ? named : $"{named} ({f.Kind.ToString().ToLowerInvariant()})" });
                }
            }

            return await WithStoreAsync(console, parse.GetValue(common.Db)!, async store =>
            {
                foreach (var source in found)
                {
                    var added = await store.AddSourceAsync(source.Url, source.Name, source.Kind, interval, ct).ConfigureAwait(false);
                    await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"source #{added.Id} {added.Kind.ToString().ToLowerInvariant()} {added.Url} every {added.Every} ({added.Name})")).ConfigureAwait(false);
                }

                return ExitCodes.Ok;
            }, ct).ConfigureAwait(false);
        });
        return command;
    }

    private static Command List(CliConsole console, CommonOptions common)
    {
        var command = new Command("list", "The followed sources with their last fetch, errors and pages gained.") { common.Db };
        command.SetAction((parse, ct) => WithStoreAsync(console, parse.GetValue(common.Db)!, async store =>
        {
            var table = new Table().AddColumn("id").AddColumn("kind").AddColumn("url").AddColumn("every").AddColumn("state")
                .AddColumn("last fetch").AddColumn("pages").AddColumn("waiting").AddColumn("errors").AddColumn("last error");
            foreach (var summary in await store.ListSourcesAsync(ct).ConfigureAwait(false))
            {
                var s = summary.Source;
                table.AddRow(s.Id.ToString(CultureInfo.InvariantCulture), s.Kind.ToString().ToLowerInvariant(), Markup.Escape(s.Url), s.Every.ToString(),
                    s.Paused ? "paused" : "active", summary.LastFetchAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "never",
                    summary.PagesGained.ToString(CultureInfo.InvariantCulture), summary.Pending.ToString(CultureInfo.InvariantCulture),
                    summary.Errors.ToString(CultureInfo.InvariantCulture), Markup.Escape(s.LastError ?? ""));
            }

            console.Tables.Write(table);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static Command Remove(CliConsole console, CommonOptions common)
    {
        var key = new Argument<string>("source") { Description = "The source's id or URL." };
        var command = new Command("remove", "Stop following a source (its pages stay in the store).") { key, common.Db };
        command.SetAction((parse, ct) => WithStoreAsync(console, parse.GetValue(common.Db)!, async store =>
        {
            var given = parse.GetValue(key)!;
            if (await store.RemoveSourceAsync(UrlNormalizer.Normalize(given) ?? given, ct).ConfigureAwait(false))
            {
                await console.Out.WriteLineAsync($"removed {given}").ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            console.Fail($"no source {given}");
            return ExitCodes.InputRejected;
        }, ct));
        return command;
    }

    private static Command Pause(CliConsole console, CommonOptions common, string verb, bool paused)
    {
        var id = new Argument<long>("id") { Description = "The source's id (see `sources list`)." };
        var command = new Command(verb, paused ? "Stop checking a source for now." : "Check a paused source again.") { id, common.Db };
        command.SetAction((parse, ct) => WithStoreAsync(console, parse.GetValue(common.Db)!, async store =>
        {
            if (await store.SetPausedAsync(parse.GetValue(id), paused, ct).ConfigureAwait(false))
            {
                await console.Out.WriteLineAsync($"{verb}d source #{parse.GetValue(id)}").ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            console.Fail($"no source #{parse.GetValue(id)}");
            return ExitCodes.InputRejected;
        }, ct));
        return command;
    }

    internal static async Task<int> WithStoreAsync(CliConsole console, string db, Func<ICrawlStore, Task<int>> work, CancellationToken ct)
    {
        ICrawlStore store;
        try
        {
            store = await Stores.OpenCrawlAsync(db, TimeProvider.System, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (StoreOpener.IsStorageFailure(e))
        {
            console.Fail($"cannot open the store {db}: {e.Message}");
            return ExitCodes.StorageFailure;
        }

        await using (store.ConfigureAwait(false))
        {
            try
            {
                return await work(store).ConfigureAwait(false);
            }
            catch (Exception e) when (StoreOpener.IsStorageFailure(e))
            {
                console.Fail($"the store failed: {e.Message}");
                return ExitCodes.StorageFailure;
            }
        }
    }
}
