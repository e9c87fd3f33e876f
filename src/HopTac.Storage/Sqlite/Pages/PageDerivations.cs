using System.Text.Json;
using HopTac.Core.Pages;
using HopTac.Core.Text;
using HopTac.Storage.Syndication;

namespace HopTac.Storage.Sqlite.Pages;

/// <summary>
/// What a save writes that is a function of the page record alone: its JSON, its authors' JSON, the folded title and
/// text of its full-text entry and its MinHash signature. The store has one writer thread, and an ingest's wall clock
/// is that thread's time (docs/benchmarks.md, session 10); these are computed ahead of it on another thread, so the
/// writer only binds them. The values are exactly those the writer computed itself before.
/// </summary>
internal sealed class PageDerivations
{
    private PageDerivations(PageRecord record)
    {
        RecordJson = PageRecordJson.Serialize(record);
        AuthorsJson = JsonSerializer.Serialize(record.Authors ?? [], PageRecordJson.Options);
        FoldedTitle = VietnameseText.Fold(record.Title);
        FoldedText = VietnameseText.Fold(record.Text);
        Signature = TextFingerprint.Of(record.Text);
    }

    public string RecordJson { get; }

    public string AuthorsJson { get; }

    public string FoldedTitle { get; }

    public string FoldedText { get; }

    /// <summary>The page's MinHash signature, null when the text is too short to have one.</summary>
    public uint[]? Signature { get; }

    /// <summary>
    /// One lazily computed derivation per record, in order, and a task that computes them ahead of the writer. The
    /// writer takes each with <see cref="Lazy{T}.Value"/>: one the helper has not reached yet it computes itself (so a
    /// thread pool busy with extraction never stalls it), one the helper is computing it waits for.
    /// </summary>
    public static IReadOnlyList<Lazy<PageDerivations>> Ahead(IReadOnlyList<PageRecord> records, CancellationToken cancellationToken)
    {
        var lazies = records.Select(r => new Lazy<PageDerivations>(() => new PageDerivations(r), LazyThreadSafetyMode.ExecutionAndPublication)).ToList();
        if (lazies.Count > 1)
        {
            // Exceptions stay in the Lazy: the writer meets them when it takes the value, as it met them before.
            _ = Task.Run(
                () =>
                {
                    foreach (var lazy in lazies)
                    {
                        if (cancellationToken.IsCancellationRequested)
                        {
                            return;
                        }

                        try
                        {
                            _ = lazy.Value;
                        }
                        catch (Exception e) when (e is not OutOfMemoryException)
                        {
                            // Cached by the Lazy and rethrown to the writer on its page.
                        }
                    }
                },
                CancellationToken.None);
        }

        return lazies;
    }
}
