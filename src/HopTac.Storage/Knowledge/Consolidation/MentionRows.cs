using System.Data.Common;

namespace HopTac.Storage.Knowledge.Consolidation;

/// <summary>
/// Reading the rows of an <see cref="IConsolidationStore"/> query, whatever the database: every store selects a
/// mention's columns in the same order (key, kind, page_id, source, page_date, fact_row, type, year, data).
/// </summary>
internal static class MentionRows
{
    /// <summary>The columns a mention query selects, in the order <see cref="Mention"/> reads them.</summary>
    public const string Columns = "key, kind, page_id, source, page_date, fact_row, type, year, data";

    /// <summary>Every row of the command's result, each read by <paramref name="row"/>.</summary>
    public static async Task<List<T>> ReadAsync<T>(DbCommand command, Func<DbDataReader, T> row, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(row(reader));
        }

        return list;
    }

    /// <summary>The mention of a row selected with <see cref="Columns"/>.</summary>
    public static KbMention Mention(DbDataReader r) => new(
        r.GetString(0),
        r.GetString(1)[0],
        r.GetInt64(2),
        r.GetString(3),
        r.IsDBNull(4) ? null : r.GetString(4),
        r.GetInt64(5),
        r.IsDBNull(6) ? null : r.GetString(6),
        r.IsDBNull(7) ? null : r.GetString(7),
        r.GetString(8));
}
