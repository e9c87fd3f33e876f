using System.Text;
using HopTac.Ingestion.Decoding;

namespace HopTac.Ingestion.Tests.Decoding;

public sealed class HtmlCharsetTests
{
    [Theory]
    [InlineData("<meta charset=\"UTF-8\">", "utf-8")]
    [InlineData("<META http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\">", "windows-1258")]
    [InlineData("<meta charset=x-viet-tcvn5712 />", "x-viet-tcvn5712")]
    [InlineData("<p>charset=utf-8 is only text here</p>", null)]
    public void Sniff_reads_the_declared_charset(string head, string? expected)
    {
        Assert.Equal(expected, HtmlCharset.Sniff(Encoding.ASCII.GetBytes("<html><head>" + head + "</head></html>")));
    }

    [Fact]
    public void Sniff_reads_an_xml_declaration()
    {
        Assert.Equal("viscii", HtmlCharset.Sniff("<?xml version=\"1.0\" encoding=\"VISCII\"?><html></html>"u8));
    }

    [Fact]
    public void Sniff_finds_nothing_in_empty_bytes() => Assert.Null(HtmlCharset.Sniff([]));
}
