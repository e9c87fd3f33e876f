namespace HopTac.Ingestion.Decoding;

/// <summary>Text decoded from bytes, already normalised, with the name of the encoding chosen.</summary>
public sealed record DecodedText(string Text, string EncodingName);
