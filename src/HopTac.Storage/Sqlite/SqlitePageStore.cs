using HopTac.Core.Pages;
using HopTac.Storage.Knowledge;
using HopTac.Storage.Knowledge.Reads;
using HopTac.Storage.Sqlite.Pages;
using Microsoft.Data.Sqlite;

namespace HopTac.Storage.Sqlite;

/// <summary>
/// The SQLite <see cref="IPageStore"/>: one file, WAL journal, foreign keys on, FTS5 over folded title and text.
/// Thread-safe: every operation opens its own pooled connection; saves are serialised by a lock in this process
/// and by <c>BEGIN IMMEDIATE</c> plus a busy timeout across processes. A facade: saving and versions, re-extraction,
/// reads, search and statistics are each their own class in <c>Pages/</c>, sharing one connection factory.
/// </summary>
/// <remarks>
/// Versions: a save whose content hash equals the source's current version is <see cref="SaveOutcome.Unchanged"/>;
/// any other hash at a known source is a <see cref="SaveOutcome.NewVersion"/> (reverting to an older text is a
/// new version too, so the history reads in order). The same content under a second source is stored as that
/// source's own page (<see cref="SaveOutcome.New"/>; listing and facts see it), but only the first current page
/// holding a content is in the full-text index, so search never returns one text twice. When that page is
/// superseded, the next current page with the same content takes its place in the index.
/// <see cref="SearchHit.Rank"/> is the negated bm25 score (title weighted 3:1 over text), multiplied up for pages
/// that spell the query with the user's marks or hold its words side by side: higher is more relevant.
/// </remarks>
public sealed class SqlitePageStore : IPageStore
{
    /// <summary>Longer texts are rejected rather than indexed: no news article comes near this.</summary>
    public const int MaxTextLength = Storage.Rules.PageRules.MaxTextLength;

    /// <summary>The most hits one search returns, whatever the query asks.</summary>
    public const int MaxLimit = Storage.Rules.PageRules.MaxSearchLimit;

    private readonly SqliteConnections connections;
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly Knowledge.SqliteKnowledgeBase knowledge;
    private readonly PageWriter writer;
    private readonly PageReextraction reextraction;
    private readonly PageReads reads;
    private readonly PageSearch search;
    private readonly StoreStatistics statistics;
    private int disposed;

    private SqlitePageStore(string connectionString, TimeProvider clock)
    {
        connections = new SqliteConnections(connectionString);
        var database = new Knowledge.SqliteKnowledgeDatabase(connections, writeLock);
        knowledge = new Knowledge.SqliteKnowledgeBase(clock);
        Knowledge = new StoreKnowledgeBase(database, clock);
        writer = new PageWriter(connections, knowledge, clock, writeLock);
        reextraction = new PageReextraction(connections, knowledge, writeLock);
        reads = new PageReads(connections);
        search = new PageSearch(connections);
        statistics = new StoreStatistics(connections);
        Facts = new FactReader(database);
    }

    /// <summary>The database file this store uses.</summary>
    public string FilePath { get; private init; } = string.Empty;

    /// <summary>The migration versions applied when this store was opened (empty when the file was up to date).</summary>
    public IReadOnlyList<int> AppliedMigrations { get; private set; } = [];

    /// <inheritdoc />
    public IKnowledgeBase Knowledge { get; }

    /// <summary>
    /// Whether each save consolidates the knowledge base in its transaction (the default). A bulk load may turn it off
    /// to store pages, fact rows and the full-text index only; the knowledge base then lags until
    /// <see cref="IKnowledgeBase.ReconsolidateAsync"/> rebuilds it from every current page.
    /// </summary>
    public bool ConsolidateOnSave
    {
        get => writer.Consolidate;
        set => writer.Consolidate = value;
    }

    /// <inheritdoc />
    public HopTac.Storage.Facts.IFactReader Facts { get; }

    /// <summary>Opens (creating the file and its folders if missing) and migrates the database at <paramref name="path"/>.</summary>
    public static async Task<SqlitePageStore> OpenAsync(string path, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(clock);

        var fullPath = Path.GetFullPath(path);
        var store = new SqlitePageStore(SqliteFileConnections.Creating(fullPath), clock) { FilePath = fullPath };
        try
        {
            await using var connection = await store.connections.OpenAsync(cancellationToken).ConfigureAwait(false);
            store.AppliedMigrations = await SqliteFileConnections.PrepareAsync(connection, clock, cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public Task<SaveResult> SaveAsync(PageRecord record, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        return writer.SaveAsync(record, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// One transaction for the batch and one re-consolidation of the knowledge-base components the batch touched,
    /// which gives the knowledge base that saving the pages one by one gives (clustering is a function of the set of
    /// current mentions). A page that throws rolls the batch back, and the batch is then saved page by page, each in
    /// its own transaction: that page alone is reported (<see cref="SaveOutcome.Rejected"/> with the reason), the
    /// others are stored. Storage failures (busy past the retries, disk, I/O) are thrown as by <see cref="SaveAsync"/>.
    /// </remarks>
    public Task<IReadOnlyList<SaveResult>> SaveBatchAsync(IReadOnlyList<PageRecord> records, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        return writer.SaveBatchAsync(records, cancellationToken);
    }

    /// <inheritdoc />
    public Task<ReextractResult> ReplaceFactsAsync(long pageId, PageRecord record, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        return reextraction.ReplaceFactsAsync(pageId, record, cancellationToken);
    }

    /// <inheritdoc />
    public Task<StoredPage?> GetAsync(long id, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        return reads.GetAsync(id, cancellationToken);
    }

    /// <inheritdoc />
    public Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        return search.SearchAsync(query, cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<StoredPage> ListAsync(CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        return reads.ListAsync(cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Pages counts current pages (one per source, what <see cref="ListAsync"/> yields); Versions every stored
    /// version; Characters the length of the current texts in code points (SQLite's length(), equal to UTF-16
    /// length for Vietnamese, which lies in the Basic Multilingual Plane); ByEncoding current pages by encoding
    /// ("unknown" where none was recorded).
    /// </remarks>
    public Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        return statistics.GetStatsAsync(cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            connections.ClearPool();
            writeLock.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>SHA-256 of the UTF-8 text, lower-case hex: the content hash when the reader gave none.</summary>
    internal static string HashText(string text) => Storage.Rules.PageRules.HashText(text);

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
}
