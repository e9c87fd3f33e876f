using System.Text;
using HopTac.Ingestion.Decoding;

namespace HopTac.Ingestion.Tests.Decoding;

public sealed class TextDecoderTests
{
    private static readonly string Expected = SamplePage.Text;

    public static TheoryData<string, byte[], string> Encodings()
    {
        var text = Expected;
        var nfd = text.Normalize(NormalizationForm.FormD);
        return new TheoryData<string, byte[], string>
        {
            { "UTF-8", Encoding.UTF8.GetBytes(text), "utf-8" },
            { "UTF-8 with BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)], "utf-8" },
            { "UTF-8 NFD", Encoding.UTF8.GetBytes(nfd), "utf-8" },
            { "UTF-16LE with BOM", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)], "utf-16le" },
            { "UTF-16BE with BOM", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)], "utf-16be" },
            { "UTF-16LE without BOM", Encoding.Unicode.GetBytes(text), "utf-16le" },
            { "UTF-16BE without BOM", Encoding.BigEndianUnicode.GetBytes(text), "utf-16be" },
            { "Windows-1258", LegacyVietnameseEncoding.Encode(text, LegacyEncodingKind.Windows1258), "windows-1258" },
            { "TCVN3", LegacyVietnameseEncoding.Encode(text, LegacyEncodingKind.Tcvn3), "tcvn3" },
            { "VNI", LegacyVietnameseEncoding.Encode(text, LegacyEncodingKind.Vni), "vni" },
            { "VISCII", LegacyVietnameseEncoding.Encode(text, LegacyEncodingKind.Viscii), "viscii" },
        };
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void The_same_paragraph_decodes_to_the_same_NFC_text_in_every_encoding(string label, byte[] bytes, string encodingName)
    {
        var outcome = TextDecoder.Decode(bytes, declaredCharset: null);

        Assert.True(outcome.Error is null, $"{label}: {outcome.Error}");
        Assert.Equal(Expected, outcome.Text!.Text);
        Assert.Equal(encodingName, outcome.Text.EncodingName);
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void A_wrong_western_declaration_does_not_win_over_detection(string label, byte[] bytes, string encodingName)
    {
        var outcome = TextDecoder.Decode(bytes, "iso-8859-1");

        Assert.True(outcome.Text is not null, label);
        Assert.Equal(encodingName, outcome.Text.EncodingName);
        Assert.Equal(Expected, outcome.Text.Text);
    }

    [Fact]
    public void Empty_input_is_rejected_as_an_empty_page()
    {
        var outcome = TextDecoder.Decode([], null);

        Assert.Null(outcome.Text);
        Assert.Equal("the page is empty", outcome.Error);
    }

    [Fact]
    public void A_byte_order_mark_alone_is_an_empty_page()
    {
        Assert.Equal("the page is empty", TextDecoder.Decode([0xEF, 0xBB, 0xBF], null).Error);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void Random_bytes_are_rejected_as_binary(int seed)
    {
        var bytes = new byte[10_000];
        new Random(seed).NextBytes(bytes);

        var outcome = TextDecoder.Decode(bytes, "utf-8");

        Assert.Null(outcome.Text);
        Assert.Contains("binary", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_bytes_without_zeros_are_rejected_as_binary()
    {
        var bytes = new byte[10_000];
        new Random(3).NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = bytes[i] == 0 ? (byte)1 : bytes[i];
        }

        Assert.Contains("binary", TextDecoder.Decode(bytes, null).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_png_header_is_rejected_as_binary()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00];

        Assert.Equal("the page is binary data, not text", TextDecoder.Decode(png, null).Error);
    }

    [Fact]
    public void A_utf8_page_declared_as_latin1_decodes_as_utf8()
    {
        var html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>" + SamplePage.Prose + "</p></body></html>";
        var bytes = Encoding.UTF8.GetBytes(html);

        var outcome = TextDecoder.Decode(bytes, HtmlCharset.Sniff(bytes));

        Assert.Equal("utf-8", outcome.Text!.EncodingName);
        Assert.Contains("Bộ trưởng Bộ Y tế Việt Nam", outcome.Text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_with_a_few_bad_bytes_decodes_with_replacement_characters()
    {
        var good = Encoding.UTF8.GetBytes(SamplePage.Prose);
        byte[] bytes = [.. good[..40], 0xFF, .. good[40..200], 0xC3, 0x28, .. good[200..]];

        var outcome = TextDecoder.Decode(bytes, null);

        Assert.Equal("utf-8", outcome.Text!.EncodingName);
        Assert.Equal(2, outcome.Text.Text.Count(c => c == '\uFFFD'));
        Assert.Contains("nghiên cứu vắc xin", outcome.Text.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("iso-8859-1")]
    [InlineData("windows-1252")]
    public void A_tcvn3_page_is_not_mistaken_for_windows_1252(string? declared)
    {
        var bytes = LegacyVietnameseEncoding.Encode(SamplePage.Prose, LegacyEncodingKind.Tcvn3);

        var outcome = TextDecoder.Decode(bytes, declared);

        Assert.Equal("tcvn3", outcome.Text!.EncodingName);
        Assert.Equal(SamplePage.Prose, outcome.Text.Text);
    }

    [Theory]
    [InlineData(LegacyEncodingKind.Tcvn3)]
    [InlineData(LegacyEncodingKind.Vni)]
    [InlineData(LegacyEncodingKind.Viscii)]
    [InlineData(LegacyEncodingKind.Windows1258)]
    public void A_short_headline_in_a_legacy_encoding_is_detected(LegacyEncodingKind kind)
    {
        const string headline = "Việt Nam và Nhật Bản thúc đẩy hợp tác y tế";

        var outcome = TextDecoder.Decode(LegacyVietnameseEncoding.Encode(headline, kind), null);

        Assert.Equal(headline, outcome.Text!.Text);
    }

    [Fact]
    public void A_western_page_declared_as_windows_1252_keeps_its_declaration()
    {
        var bytes = CodePagesLatin.GetBytes("Le café de la gare a été fermé. Señor Müller a payé 5 €.");

        var outcome = TextDecoder.Decode(bytes, "windows-1252");

        Assert.Equal("windows-1252", outcome.Text!.EncodingName);
        Assert.Equal("Le café de la gare a été fermé. Señor Müller a payé 5 €.", outcome.Text.Text);
    }

    [Fact]
    public void A_western_page_without_declaration_falls_back_to_windows_1252()
    {
        var bytes = CodePagesLatin.GetBytes("Le café de la gare a été fermé pendant l'été.");

        Assert.Equal("windows-1252", TextDecoder.Decode(bytes, null).Text!.EncodingName);
    }

    [Theory]
    [InlineData("vni", LegacyEncodingKind.Vni)]
    [InlineData("VISCII", LegacyEncodingKind.Viscii)]
    [InlineData("x-viet-tcvn5712", LegacyEncodingKind.Tcvn3)]
    [InlineData("cp1258", LegacyEncodingKind.Windows1258)]
    public void A_declared_legacy_charset_is_used(string label, LegacyEncodingKind kind)
    {
        var outcome = TextDecoder.Decode(LegacyVietnameseEncoding.Encode(SamplePage.Prose, kind), label);

        Assert.Equal(LegacyVietnameseEncoding.Name(kind), outcome.Text!.EncodingName);
        Assert.Equal(SamplePage.Prose, outcome.Text.Text);
    }

    [Fact]
    public void An_unknown_declared_charset_is_ignored()
    {
        var outcome = TextDecoder.Decode(LegacyVietnameseEncoding.Encode(SamplePage.Prose, LegacyEncodingKind.Vni), "x-no-such-charset");

        Assert.Equal("vni", outcome.Text!.EncodingName);
    }

    [Fact]
    public void Decoded_text_is_normalised()
    {
        var bytes = Encoding.UTF8.GetBytes("\u00D0à\u00A0Nẵng\u200B\r\n");

        Assert.Equal("Đà Nẵng\n", TextDecoder.Decode(bytes, null).Text!.Text);
    }

    [Fact]
    public void A_big_legacy_page_is_decoded_whole_with_the_winner_of_the_sample()
    {
        var builder = new StringBuilder();
        while (builder.Length < 3 * TextDecoder.SampleBytes)
        {
            builder.Append(SamplePage.Prose).Append('\n');
        }

        var text = builder.ToString();
        var outcome = TextDecoder.Decode(LegacyVietnameseEncoding.Encode(text, LegacyEncodingKind.Viscii), null);

        Assert.Equal("viscii", outcome.Text!.EncodingName);
        Assert.Equal(text, outcome.Text.Text);
    }

    private static Encoding CodePagesLatin => CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
}
