using System.Globalization;
using FsCheck.Xunit;
using HopTac.Core.Extraction.Numbers;

namespace HopTac.Core.Tests.Extraction.Numbers;

public sealed class VietnameseNumberTests
{
    [Theory]
    [InlineData("1.000", "1000")]
    [InlineData("80.000", "80000")]
    [InlineData("1.000.000", "1000000")]
    [InlineData("4,7", "4.7")]
    [InlineData("8,771", "8.771")]
    [InlineData("2.431", "2431")]
    [InlineData("1.234,5", "1234.5")]
    [InlineData("1,000,000", "1000000")]
    [InlineData("3.5", "3.5")]
    [InlineData("600", "600")]
    public void TryParse_reads_dots_as_thousands_and_commas_as_decimals(string token, string expected)
    {
        Assert.True(VietnameseNumber.TryParse(token, out var value));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1.1.2016")]
    [InlineData("12/9")]
    [InlineData("1..0")]
    [InlineData("1.00.000")]
    [InlineData("99999999999999999999999999")]
    [InlineData(",5")]
    public void TryParse_refuses_dates_and_malformed_numbers(string token) =>
        Assert.False(VietnameseNumber.TryParse(token, out _));

    [Fact]
    public void Scale_words_multiply_and_print_without_trailing_zeros()
    {
        Assert.True(VietnameseNumber.TryParse("4,7", out var v));
        Assert.True(VietnameseNumber.TryScale(v, VietnameseNumber.ScaleOf("tỷ")!.Value, out var scaled));
        Assert.Equal("4700000000", scaled.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(1_000m, VietnameseNumber.ScaleOf("ngàn"));
        Assert.Equal(1_000_000_000m, VietnameseNumber.ScaleOf("tỉ"));
        Assert.Null(VietnameseNumber.ScaleOf("người"));
    }

    [Property(MaxTest = 500)]
    public bool Any_whole_number_written_with_thousand_dots_reads_back(long n)
    {
        var value = Math.Abs(n % 1_000_000_000_000_000L);
        var written = value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');
        return VietnameseNumber.TryParse(written, out var parsed) && parsed == value;
    }

    [Property(MaxTest = 500)]
    public bool Any_decimal_written_with_a_comma_reads_back(int whole, byte fraction)
    {
        var w = (int)((uint)whole % 1000);
        var f = 1 + (fraction % 99);
        var written = string.Create(CultureInfo.InvariantCulture, $"{w},{f}");
        var expected = decimal.Parse(string.Create(CultureInfo.InvariantCulture, $"{w}.{f}"), CultureInfo.InvariantCulture);
        return VietnameseNumber.TryParse(written, out var parsed) && parsed == expected;
    }

    [Property(MaxTest = 500)]
    public bool Random_tokens_never_throw(string? token)
    {
        var parsed = VietnameseNumber.TryParse(token ?? string.Empty, out var value);
        return !parsed || (value >= 0 && value <= VietnameseNumber.MaxValue);
    }
}
