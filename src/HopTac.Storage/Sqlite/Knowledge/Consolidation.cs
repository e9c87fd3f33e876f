using HopTac.Core.Pages;
using HopTac.Storage.Knowledge.Consolidation;
using Microsoft.Data.Sqlite;

namespace HopTac.Storage.Sqlite.Knowledge;

/// <summary>
/// One unit of consolidation work inside one SQLite write transaction: the store-independent
/// <see cref="ConsolidationEngine"/> over this file's queries (<see cref="SqliteConsolidationStore"/>).
/// </summary>
internal sealed class Consolidation(SqliteConnection connection, SqliteTransaction transaction, TimeProvider clock, CancellationToken cancellationToken)
{
    private readonly ConsolidationEngine engine = new(new SqliteConsolidationStore(connection, transaction, cancellationToken), clock);

    /// <inheritdoc cref="ConsolidationEngine.FactOfKey"/>
    public Dictionary<string, long> FactOfKey => engine.FactOfKey;

    /// <inheritdoc cref="ConsolidationEngine.PageSavedAsync"/>
    public Task PageSavedAsync(long pageId, long? oldPageId, PageRecord record) => engine.PageSavedAsync(pageId, oldPageId, record);

    /// <inheritdoc cref="ConsolidationEngine.AddPageAsync"/>
    public Task AddPageAsync(long pageId, long? oldPageId, PageRecord record) => engine.AddPageAsync(pageId, oldPageId, record);

    /// <inheritdoc cref="ConsolidationEngine.FlushAsync"/>
    public Task FlushAsync() => engine.FlushAsync();

    /// <inheritdoc cref="ConsolidationEngine.RefreshPagesAsync"/>
    public Task RefreshPagesAsync(IReadOnlyList<(long Id, PageRecord Record)> pages) => engine.RefreshPagesAsync(pages);

    /// <inheritdoc cref="ConsolidationEngine.CurrentPagesAfterAsync"/>
    public Task<(long? LastId, List<(long Id, PageRecord Record)> Records)> CurrentPagesAfterAsync(long after, int count) => engine.CurrentPagesAfterAsync(after, count);

    /// <inheritdoc cref="ConsolidationEngine.ForgetOldPagesAsync"/>
    public Task ForgetOldPagesAsync() => engine.ForgetOldPagesAsync();

    /// <inheritdoc cref="ConsolidationEngine.DeleteEmptyFactsAsync"/>
    public Task DeleteEmptyFactsAsync() => engine.DeleteEmptyFactsAsync();

    /// <inheritdoc cref="ConsolidationEngine.ReclusterAroundAsync"/>
    public Task ReclusterAroundAsync(char kind, IEnumerable<string> keys) => engine.ReclusterAroundAsync(kind, keys);
}
