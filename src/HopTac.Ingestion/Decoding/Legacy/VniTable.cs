namespace HopTac.Ingestion.Decoding.Legacy;

/// <summary>
/// VNI-Windows (the VNI Software Company's 8-bit font encoding, as published with its VNI-Times fonts): a letter is
/// an ASCII base followed by one mark byte that carries the hat (circumflex or breve) and the tone together.
/// Only ơ ư đ and the toned i and ỵ are single bytes. Every byte not listed here is Windows-1252.
/// Tone order in each row: acute, grave, hook, tilde, dot below.
/// </summary>
internal static class VniTable
{
    /// <summary>Tone alone, lower-case row then upper-case row.</summary>
    public static readonly byte[] ToneLower = [0xF9, 0xF8, 0xFB, 0xF5, 0xEF];
    public static readonly byte[] ToneUpper = [0xD9, 0xD8, 0xDB, 0xD5, 0xCF];

    /// <summary>Circumflex (â ê ô): the bare hat, then hat plus each tone.</summary>
    public static readonly byte[] CircumflexLower = [0xE2, 0xE1, 0xE0, 0xE5, 0xE3, 0xE4];
    public static readonly byte[] CircumflexUpper = [0xC2, 0xC1, 0xC0, 0xC5, 0xC3, 0xC4];

    /// <summary>Breve (ă): the bare hat, then hat plus each tone.</summary>
    public static readonly byte[] BreveLower = [0xEA, 0xE9, 0xE8, 0xFA, 0xFC, 0xEB];
    public static readonly byte[] BreveUpper = [0xCA, 0xC9, 0xC8, 0xDA, 0xDC, 0xCB];

    /// <summary>Single-byte letters.</summary>
    public const byte OHornLower = 0xF4;
    public const byte OHornUpper = 0xD4;
    public const byte UHornLower = 0xF6;
    public const byte UHornUpper = 0xD6;
    public const byte DStrokeLower = 0xF1;
    public const byte DStrokeUpper = 0xD1;
    public const byte YDotLower = 0xEE;
    public const byte YDotUpper = 0xCE;

    /// <summary>Toned i in tone order (í ì ỉ ĩ ị).</summary>
    public static readonly byte[] ILower = [0xED, 0xEC, 0xE6, 0xF3, 0xF2];
    public static readonly byte[] IUpper = [0xCD, 0xCC, 0xC6, 0xD3, 0xD2];
}
