using HopTac.Bench.Html;

namespace HopTac.Bench.Tests.Html;

public sealed class HtmlBenchOptionsTests
{
    [Fact]
    public void Parse_reads_the_documented_command()
    {
        var options = HtmlBenchOptions.Parse(
            ["--extractor", "smartreader", "--pages", "in", "--out", "out.jsonl", "--threads", "2"], out var error);

        Assert.Null(error);
        Assert.Equal(new HtmlBenchOptions("smartreader", "in", "out.jsonl", 2, 0), options);
    }

    [Theory]
    [InlineData("--extractor", "trafilatura")]
    [InlineData("--threads", "0")]
    [InlineData("--threads", "-1")]
    [InlineData("--limit", "x")]
    [InlineData("--colour", "red")]
    public void Parse_rejects_unusable_values_with_a_reason(string name, string value)
    {
        string[] args = ["--extractor", "hoptac", "--pages", "in", "--out", "out.jsonl", name, value];

        var options = HtmlBenchOptions.Parse(args, out var error);

        Assert.Null(options);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void Parse_requires_pages_and_out()
    {
        Assert.Null(HtmlBenchOptions.Parse(["--extractor", "hoptac", "--pages", "in"], out var error));
        Assert.Contains("--out", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_rejects_an_option_without_its_value()
    {
        Assert.Null(HtmlBenchOptions.Parse(["--extractor", "hoptac", "--pages"], out var error));
        Assert.Contains("--pages", error, StringComparison.Ordinal);
    }
}
