using HopTac.Storage.Facts;
using HopTac.Storage.Knowledge;
using MiniExcelLibs;

namespace HopTac.Export.Facts;

/// <summary>
/// Writes consolidated facts (after curation) as CSV, JSON Lines or XLSX. Every writer streams: it holds one fact at a
/// time (the reader one batch), whatever the export's size, and writes every fact it is given.
/// </summary>
public static class FactExporter
{
    /// <summary>The XLSX sheets, one per fact kind, in this order.</summary>
    public static readonly IReadOnlyList<string> Sheets = [FactIds.Event, FactIds.Agreement, FactIds.Figure, FactIds.Person];

    /// <summary>Writes CSV (with a header row) or JSON Lines; returns how many facts were written.</summary>
    public static async Task<long> WriteTextAsync(
        IAsyncEnumerable<ConsolidatedFact> facts, ExportFormat format, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(output);
        if (format == ExportFormat.Xlsx)
        {
            throw new ArgumentException("XLSX is written to a stream (WriteXlsxAsync)", nameof(format));
        }

        var csv = format == ExportFormat.Csv ? new CsvWriter(output) : null;
        csv?.WriteRow(FactColumns.All.Select(c => c.Name));
        long count = 0;
        await foreach (var fact in facts.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (csv is not null)
            {
                csv.WriteRow(FactColumns.All.Select(c => c.Value(fact)));
            }
            else
            {
                await output.WriteLineAsync(KnowledgeJson.Serialize(fact).AsMemory(), cancellationToken).ConfigureAwait(false);
            }

            count++;
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    /// <summary>
    /// Writes an XLSX workbook with one sheet per kind (<see cref="Sheets"/>), each read from
    /// <paramref name="factsOfKind"/> only when its sheet is written; returns how many facts were written.
    /// MiniExcel pulls rows synchronously, so each sheet's facts are awaited one at a time on this thread:
    /// call it off a request thread (a CLI, or Task.Run) and give it a seekable stream or a file.
    /// </summary>
    public static long WriteXlsx(Func<string, IAsyncEnumerable<ConsolidatedFact>> factsOfKind, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(factsOfKind);
        ArgumentNullException.ThrowIfNull(output);
        long count = 0;
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var kind in Sheets)
        {
            sheets[kind] = Rows(factsOfKind(kind), cancellationToken);
        }

        MiniExcel.SaveAs(output, sheets, printHeader: true, excelType: ExcelType.XLSX);
        return count;

        IEnumerable<IDictionary<string, object?>> Rows(IAsyncEnumerable<ConsolidatedFact> facts, CancellationToken ct)
        {
            var any = false;
            foreach (var fact in facts.ToBlockingEnumerable(ct))
            {
                any = true;
                count++;
                yield return Row(fact);
            }

            // An empty sheet still names its columns, so a reader finds the same header on every sheet.
            if (!any)
            {
                yield return FactColumns.All.ToDictionary(c => c.Name, _ => (object?)null, StringComparer.Ordinal);
            }
        }
    }

    private static Dictionary<string, object?> Row(ConsolidatedFact fact)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in FactColumns.All)
        {
            row[name] = value(fact);
        }

        return row;
    }
}
