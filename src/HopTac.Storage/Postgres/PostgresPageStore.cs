using HopTac.Core.Pages;
using HopTac.Storage.Knowledge;
using HopTac.Storage.Knowledge.Reads;
using HopTac.Storage.Postgres.Jobs;
using HopTac.Storage.Postgres.Knowledge;
using HopTac.Storage.Postgres.Pages;

namespace HopTac.Storage.Postgres;

/// <summary>
/// The PostgreSQL <see cref="IPageStore"/>: the SQLite store's rules (<see cref="Storage.Rules.PageRules"/>, versions by
/// content hash, one searchable page per content) over hand-written SQL and the migrations in
/// <c>Postgres/Migrations</c>. Thread-safe; several processes may write one database: every write transaction takes
/// the store's advisory write lock (<see cref="PostgresConnections.LockWritesAsync"/>). A facade: saving, re-extraction,
/// reads and search are each their own class in <c>Pages/</c>.
/// </summary>
/// <remarks>
/// Search uses stored, GIN-indexed tsvectors of the product's folded tokens (kept in <c>page_search</c> by triggers)
/// and ranks a bounded set of matches in SQL (<see cref="PostgresPageSearch"/>); <see cref="SearchHit.Rank"/> is ts_rank times the boost, higher is better,
/// not comparable with the SQLite store's bm25 figures. The knowledge base's reads and curation are the SQLite store's
/// own, written once over <see cref="PostgresKnowledgeDatabase"/>.
/// </remarks>
public sealed class PostgresPageStore : IPageStore
{
    private readonly PostgresConnections connections;
    private readonly PostgresPageWriter writer;
    private readonly PostgresReextraction reextraction;
    private readonly PostgresPageReads reads;
    private readonly PostgresPageSearch search;
    private int disposed;

    private PostgresPageStore(string connectionString, TimeProvider clock)
    {
        connections = new PostgresConnections(connectionString);
        writer = new PostgresPageWriter(connections, clock);
        reextraction = new PostgresReextraction(connections, clock);
        reads = new PostgresPageReads(connections);
        search = new PostgresPageSearch(connections);
        var database = new PostgresKnowledgeDatabase(connections);
        Knowledge = new StoreKnowledgeBase(database, clock);
        Facts = new FactReader(database);
        Jobs = new PostgresIngestJobs(connections, writer);
    }

    /// <summary>The Npgsql connection string of the database.</summary>
    public string ConnectionString { get; private init; } = string.Empty;

    /// <summary>The migration versions applied when this store was opened (empty when the database was up to date).</summary>
    public IReadOnlyList<int> AppliedMigrations { get; private set; } = [];

    /// <inheritdoc />
    public IKnowledgeBase Knowledge { get; }

    /// <inheritdoc />
    public Facts.IFactReader Facts { get; }

    /// <summary>The ingest job table that <c>hoptac worker</c> processes share; its saves go through this store's writer.</summary>
    public PostgresIngestJobs Jobs { get; }

    /// <summary>Opens and migrates the database at <paramref name="address"/> (a postgres:// URL or an Npgsql connection string).</summary>
    public static async Task<PostgresPageStore> OpenAsync(string address, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        ArgumentNullException.ThrowIfNull(clock);
        var connectionString = PostgresUrl.ToConnectionString(address);
        var store = new PostgresPageStore(connectionString, clock) { ConnectionString = connectionString };
        try
        {
            await using var connection = await store.connections.OpenAsync(cancellationToken).ConfigureAwait(false);
            store.AppliedMigrations = await PostgresMigrator.MigrateAsync(connection, clock, cancellationToken).ConfigureAwait(false);
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
    public Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        return reads.GetStatsAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            await connections.DisposeAsync().ConfigureAwait(false);
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
}
