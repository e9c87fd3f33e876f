namespace HopTac.Ingestion.Decoding;

/// <summary>A decoded text or the one-sentence reason there is none; exactly one of the two is set.</summary>
public readonly record struct DecodeOutcome(DecodedText? Text, string? Error)
{
    public static DecodeOutcome Ok(DecodedText text) => new(text, null);

    public static DecodeOutcome Fail(string error) => new(null, error);
}
