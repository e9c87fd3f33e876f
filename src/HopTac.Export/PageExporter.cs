using System.Globalization;
using HopTac.Core.Pages;

namespace HopTac.Export;

/// <summary>Writes page records as JSON Lines (the facts.md record, one per line) or as a CSV table of pages.</summary>
public static class PageExporter
{
    private static readonly string[] CsvHeader =
        ["id", "source", "title", "published", "authors", "relevant", "people", "organizations", "figures", "events", "agreements", "areas", "text"];

    /// <summary>Writes the records; returns how many were written.</summary>
    public static async Task<long> WriteAsync(
        IAsyncEnumerable<(long Id, PageRecord Record)> pages,
        ExportFormat format,
        TextWriter output,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(output);
        long count = 0;
        var csv = format == ExportFormat.Csv ? new CsvWriter(output) : null;
        csv?.WriteRow(CsvHeader);
        await foreach (var (id, record) in pages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (csv is not null)
            {
                csv.WriteRow(CsvRow(id, record));
            }
            else
            {
                await output.WriteLineAsync(PageRecordJson.Serialize(record).AsMemory(), cancellationToken).ConfigureAwait(false);
            }

            count++;
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    private static string?[] CsvRow(long id, PageRecord r) =>
    [
        id.ToString(CultureInfo.InvariantCulture),
        r.Source,
        r.Title,
        r.Published,
        string.Join("; ", r.Authors),
        r.Relevant ? "true" : "false",
        string.Join("; ", r.People.Select(p => p.Title is null ? p.Name : $"{p.Name} ({p.Title})")),
        string.Join("; ", r.Organizations.Select(o => o.Name)),
        string.Join("; ", r.Figures.Select(f => f.Text)),
        string.Join("; ", r.Events.Select(e => $"{e.Type} {e.Date}".Trim())),
        string.Join("; ", r.Agreements.Select(a => a.Title)),
        string.Join("; ", r.Areas),
        r.Text,
    ];
}
