namespace HopTac.Ingestion.Decoding;

/// <summary>The 8-bit encodings Vietnamese pages were written in before UTF-8.</summary>
public enum LegacyEncodingKind
{
    /// <summary>Windows-1258: Latin letters with hats precomposed, tones as combining marks.</summary>
    Windows1258,

    /// <summary>TCVN 5712:1993 (TCVN3, the ABC fonts), with the VN1 upper-case letters.</summary>
    Tcvn3,

    /// <summary>VNI-Windows: ASCII base letter plus one mark byte.</summary>
    Vni,

    /// <summary>VISCII (RFC 1456).</summary>
    Viscii,
}
