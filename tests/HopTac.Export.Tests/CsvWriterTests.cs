using HopTac.Export;

namespace HopTac.Export.Tests;

public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("Hợp tác y tế", "Hợp tác y tế")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("", "")]
    public void Escape_quotes_and_defuses_formulas(string cell, string expected) =>
        Assert.Equal(expected, CsvWriter.Escape(cell));

    [Fact]
    public void Rows_end_with_crlf_and_keep_cell_order()
    {
        using var writer = new StringWriter();
        var csv = new CsvWriter(writer);
        csv.WriteRow(["id", "title"]);
        csv.WriteRow(["1", null]);
        Assert.Equal("id,title\r\n1,\r\n", writer.ToString());
    }
}
