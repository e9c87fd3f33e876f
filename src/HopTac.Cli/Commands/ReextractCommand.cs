using System.CommandLine;
using System.Globalization;
using HopTac.Core.Extraction;
using HopTac.Core.Pages;
using HopTac.Storage;

namespace HopTac.Cli.Commands;

/// <summary>
/// <c>hoptac reextract</c>: runs today's fact extraction over every stored current page and replaces the facts that
/// changed, so improved rules reach pages ingested before them. Saving the same bytes again is "unchanged" and never
/// re-extracts; this command is the way. Curators' decisions are re-applied by the store as on every save.
/// </summary>
internal static class ReextractCommand
{
    public static Command Create(CliConsole console, CommonOptions common)
    {
        var source = new Option<string?>("--source")
        {
            Description = "Only pages whose source (file name or URL) contains this text.",
        };
        var warc = new Option<string[]>("--warc")
        {
            Description = "Re-read the pages from these WARC files or folders (what the crawler archived) instead of the stored text: "
                + "the whole ingest path runs again on the original bytes.",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("reextract", "Extract the facts of every stored page again with the current rules; curators' decisions are kept.")
        {
            common.Db, common.Published, source, warc,
        };
        command.SetAction((parse, ct) => parse.GetValue(warc) is { Length: > 0 } archives
            ? ArchiveReextract.RunAsync(console, parse.GetValue(common.Db)!, archives, parse.GetValue(source), parse.GetValue(common.Verbose), ct)
            : RunAsync(console, parse.GetValue(common.Db)!, parse.GetValue(common.Published), parse.GetValue(source), parse.GetValue(common.Verbose), ct));
        return command;
    }

    private static Task<int> RunAsync(CliConsole console, string db, string? published, string? source, bool verbose, CancellationToken ct) =>
        StoreCommand.RunAsync(console, db, async store =>
        {
            var counts = new Counts();
            await foreach (var page in store.ListAsync(ct).ConfigureAwait(false))
            {
                if (!string.IsNullOrEmpty(source) && !page.Record.Source.Contains(source, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                counts.Pages++;
                await ReextractAsync(console, store, page, published, verbose, counts, ct).ConfigureAwait(false);
            }

            var failed = counts.Refused + counts.StorageFailures;
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"reextracted {counts.Pages} pages: {counts.Updated} updated, {counts.Unchanged} unchanged{(failed > 0 ? $", {failed} failed" : "")}")).ConfigureAwait(false);
            return counts.StorageFailures > 0 ? ExitCodes.StorageFailure
                : counts.Refused > 0 ? ExitCodes.InputRejected
                : ExitCodes.Ok;
        }, ct);

    private static async Task ReextractAsync(
        CliConsole console, IPageStore store, StoredPage page, string? published, bool verbose, Counts counts, CancellationToken ct)
    {
        var stored = page.Record;
        ReextractResult result;
        try
        {
            // The article as the ingest path handed it to extraction: nothing but what the store kept of the page.
            var article = new Article(stored.Title, stored.Published ?? published, stored.Authors ?? [], stored.Text);
            var fresh = FactExtractor.Extract(PageRecord.FromArticle(stored.Source, article) with
            {
                Encoding = stored.Encoding,
                ContentHash = stored.ContentHash,
            }, ct);
            result = await store.ReplaceFactsAsync(page.Id, fresh, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (StoreOpener.IsStorageFailure(e))
        {
            // Pages are independent: a page the store cannot take is reported, the others go on.
            counts.StorageFailures++;
            console.Fail($"#{page.Id} {stored.Source}: the store failed: {e.Message}");
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            counts.Refused++;
            console.Fail($"#{page.Id} {stored.Source}: extraction failed: {(verbose ? e.ToString() : e.Message)}");
            return;
        }

        switch (result.Outcome)
        {
            case ReextractOutcome.Updated:
                counts.Updated++;
                break;
            case ReextractOutcome.Unchanged:
                counts.Unchanged++;
                break;
            default:
                counts.Refused++;
                console.Fail($"#{page.Id} {stored.Source}: the store refused the facts ({result.Outcome})");
                return;
        }

        if (verbose)
        {
            await console.Error.WriteLineAsync($"{result.Outcome.ToString().ToLowerInvariant()} #{page.Id} {stored.Source}").ConfigureAwait(false);
        }
    }

    private sealed class Counts
    {
        public int Pages { get; set; }

        public int Updated { get; set; }

        public int Unchanged { get; set; }

        public int Refused { get; set; }

        public int StorageFailures { get; set; }
    }
}
