using System.Globalization;
using HopTac.Ingestion;
using HopTac.Storage;

namespace HopTac.Cli.Commands;

/// <summary>
/// <c>hoptac reextract --warc PATH…</c>: the archived responses of stored pages go through the whole ingest path
/// again (decoding, article, facts) and replace the stored facts of the page version with the same bytes (same
/// content hash). A page whose article text now reads differently is reported, not changed: the store keeps one
/// text per content, and curators' evidence points into it.
/// </summary>
internal static class ArchiveReextract
{
    public static Task<int> RunAsync(CliConsole console, string db, string[] archives, string? source, bool verbose, CancellationToken ct) =>
        StoreCommand.RunAsync(console, db, async store =>
        {
            var stored = new Dictionary<string, StoredPage>(StringComparer.Ordinal);
            await foreach (var page in store.ListAsync(ct).ConfigureAwait(false))
            {
                if (page.Record.ContentHash is { } hash)
                {
                    stored[hash] = page;
                }
            }

            using var loggers = Logging.Create(verbose);
            var batch = new PageBatch(new PageReader(IngestOptions.Default), Microsoft.Extensions.Logging.LoggerFactoryExtensions.CreateLogger<PageBatch>(loggers));
            int read = 0, updated = 0, unchanged = 0, notStored = 0, textChanged = 0;
            await foreach (var result in batch.ReadAllAsync(archives, null, ct).ConfigureAwait(false))
            {
                if (result is not IngestResult.Accepted { Record: var record } || (!string.IsNullOrEmpty(source) && !record.Source.Contains(source, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                read++;
                if (record.ContentHash is not { } hash || !stored.TryGetValue(hash, out var page))
                {
                    notStored++;
                    continue;
                }

                var outcome = (await store.ReplaceFactsAsync(page.Id, record with { Source = page.Record.Source }, ct).ConfigureAwait(false)).Outcome;
                switch (outcome)
                {
                    case ReextractOutcome.Updated: updated++; break;
                    case ReextractOutcome.Unchanged: unchanged++; break;
                    default:
                        textChanged++;
                        if (verbose)
                        {
                            await console.Error.WriteLineAsync($"#{page.Id} {page.Record.Source}: the article reads differently now; facts kept").ConfigureAwait(false);
                        }

                        break;
                }
            }

            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"re-read {read} archived pages: {updated} updated, {unchanged} unchanged, {textChanged} whose article text changed (kept), {notStored} not in the store")).ConfigureAwait(false);
            return ExitCodes.Ok;
        }, ct);
}
