using System.Text;

namespace HopTac.Export;

/// <summary>
/// Writes RFC 4180 CSV. Cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) are
/// prefixed with an apostrophe: scraped text is untrusted and analysts open exports in spreadsheets.
/// </summary>
public sealed class CsvWriter(TextWriter writer)
{
    private readonly TextWriter _writer = writer ?? throw new ArgumentNullException(nameof(writer));

    public void WriteRow(IEnumerable<string?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                _writer.Write(',');
            }

            first = false;
            _writer.Write(Escape(cell));
        }

        _writer.Write("\r\n");
    }

    public static string Escape(string? cell)
    {
        if (string.IsNullOrEmpty(cell))
        {
            return string.Empty;
        }

        if (cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            cell = "'" + cell;
        }

        if (cell.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return cell;
        }

        var builder = new StringBuilder(cell.Length + 8);
        builder.Append('"');
        foreach (var c in cell)
        {
            if (c == '"')
            {
                builder.Append('"');
            }

            builder.Append(c);
        }

        builder.Append('"');
        return builder.ToString();
    }
}
