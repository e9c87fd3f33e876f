using System.Text;
using HopTac.Ingestion.Decoding.Legacy;

namespace HopTac.Ingestion.Decoding;

/// <summary>What a declared charset label means to the decoder.</summary>
internal enum CharsetKind
{
    Unknown,
    Utf8,
    Utf16,
    Legacy,
    Western,
    Other,
}

/// <summary>A declared charset resolved: its kind, the legacy encoding or the .NET encoding it names.</summary>
internal readonly record struct Charset(CharsetKind Kind, LegacyEncodingKind Legacy = default, Encoding? Encoding = null);

/// <summary>Maps charset labels seen on Vietnamese pages (meta tags, HTTP headers, font-era names) to decoders.</summary>
internal static class CharsetLabels
{
    public static Charset Resolve(string? label)
    {
        if (string.IsNullOrWhiteSpace(label) || label.Length > 64)
        {
            return default;
        }

        var key = label.Trim().Trim('"', '\'').ToLowerInvariant().Replace('_', '-');
        switch (key)
        {
            case "utf-8" or "utf8" or "unicode-1-1-utf-8" or "x-unicode20utf8":
                return new Charset(CharsetKind.Utf8);
            case "utf-16" or "utf-16le" or "utf-16be" or "unicode" or "ucs-2" or "unicodefffe":
                // As in the WHATWG encoding standard, a UTF-16 label inside the bytes cannot be true; the BOM
                // and the zero-byte check find real UTF-16.
                return new Charset(CharsetKind.Utf16);
            case "windows-1258" or "cp1258" or "x-cp1258" or "win-1258" or "1258":
                return new Charset(CharsetKind.Legacy, LegacyEncodingKind.Windows1258);
            case "tcvn" or "tcvn3" or "tcvn-3" or "tcvn5712" or "tcvn-5712" or "tcvn5712-1" or "tcvn5712-1:1993"
                or "tcvn-5712:1993" or "vn3" or "abc" or "x-viet-tcvn" or "x-viet-tcvn5712":
                return new Charset(CharsetKind.Legacy, LegacyEncodingKind.Tcvn3);
            case "vni" or "vni-windows" or "x-viet-vni" or "vni-win":
                return new Charset(CharsetKind.Legacy, LegacyEncodingKind.Vni);
            case "viscii" or "csviscii" or "x-viet-viscii" or "viscii1.1-1":
                return new Charset(CharsetKind.Legacy, LegacyEncodingKind.Viscii);
            case "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "l1" or "windows-1252" or "cp1252"
                or "x-cp1252" or "us-ascii" or "ascii" or "iso-8859-15" or "cp819" or "ibm819":
                // WHATWG decodes all of these as Windows-1252.
                return new Charset(CharsetKind.Western, Encoding: CodePages.Windows1252);
            default:
                return CodePages.TryGet(key) is { } encoding
                    ? encoding.CodePage switch
                    {
                        65001 => new Charset(CharsetKind.Utf8),
                        1200 or 1201 => new Charset(CharsetKind.Utf16),
                        1258 => new Charset(CharsetKind.Legacy, LegacyEncodingKind.Windows1258),
                        _ => new Charset(CharsetKind.Other, Encoding: encoding),
                    }
                    : default;
        }
    }
}
