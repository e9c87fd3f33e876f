using System.Data.Common;
using HopTac.Storage.Knowledge.Consolidation;

namespace HopTac.Storage.Knowledge.Reads;

/// <summary>
/// What the knowledge base's read models and curation ask of a database: connections, one write transaction at a
/// time with the store's write lock held, the consolidation queries inside it, and the few SQL fragments in which
/// SQLite and PostgreSQL differ (a list of ids as a table, a join whose order is kept, a JSON field, a substring
/// position). The queries themselves are written once, in <c>@name</c> parameters both drivers read, so the two
/// stores answer from one text and agree by construction.
/// </summary>
internal abstract class KnowledgeDatabase
{
    /// <summary>An open connection for reads (the caller disposes it).</summary>
    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in a write transaction with the store's write lock held and commits it; a failure
    /// rolls it back. The store may run the work again after a transient conflict, so the work must only write
    /// through the transaction.
    /// </summary>
    public abstract Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>
    /// How long a long series of write transactions (a rebuild) leaves the write lock free between two of them, so that
    /// a writer of another process waiting for it gets its turn. Zero where the lock queues its waiters.
    /// </summary>
    public virtual TimeSpan HandOff => TimeSpan.Zero;

    /// <summary>The consolidation queries of one unit of work inside <paramref name="transaction"/>.</summary>
    public abstract IConsolidationStore Consolidation(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>A table of the ids or keys bound to <paramref name="parameter"/> (see the <c>AddList</c> overloads), aliased, its column named <c>value</c>.</summary>
    public abstract string ListTable(string parameter, string alias);

    /// <summary>
    /// The join to write after a list table: SQLite's CROSS JOIN keeps the written order (starting from the few ids
    /// asked for, not from the store's size); PostgreSQL's planner is left to choose.
    /// </summary>
    public abstract string FixedJoin { get; }

    /// <summary>
    /// A text column to order by in byte order, as SQLite's BINARY collation does, whatever the PostgreSQL database's
    /// locale: both stores list sources and partners in one order. SQL NULLs need <c>NULLS FIRST</c> written beside it
    /// (SQLite's order).
    /// </summary>
    public abstract string Ordered(string column);

    /// <summary>The text of a top-level field of a JSON text column, SQL NULL when absent.</summary>
    public abstract string JsonText(string column, string field);

    /// <summary>The 1-based position of <paramref name="needle"/> in <paramref name="haystack"/>, 0 when absent.</summary>
    public abstract string Position(string haystack, string needle);

    /// <summary>Inserts a row unless it breaks a unique constraint: the statement's head, to follow with its column list and values.</summary>
    public abstract string InsertIgnoring(string table);

    /// <summary>What follows an insert started by <see cref="InsertIgnoring"/>.</summary>
    public abstract string IgnoringTail { get; }

    /// <summary>Binds a list of ids for <see cref="ListTable"/>.</summary>
    public abstract void AddList(DbCommand command, string name, IEnumerable<long> ids);

    /// <summary>Binds a list of texts for <see cref="ListTable"/>.</summary>
    public abstract void AddList(DbCommand command, string name, IEnumerable<string> keys);
}
