using System.Text;
using HopTac.Core.Text;
using HopTac.Ingestion.Decoding.Legacy;

namespace HopTac.Ingestion.Decoding;

/// <summary>
/// Both directions of the legacy 8-bit Vietnamese encodings. <see cref="Decode"/> returns normalised (NFC) text;
/// <see cref="Encode"/> writes every Vietnamese letter the encoding can hold and <c>?</c> for what it cannot, so
/// <c>Decode(Encode(t, k), k) == Normalize(t)</c> for Vietnamese text. Neither direction throws.
/// </summary>
public static class LegacyVietnameseEncoding
{
    private const byte Unmappable = (byte)'?';

    private static readonly Lazy<string[]> VniDecode = new(BuildVniDecode);
    private static readonly Lazy<Dictionary<char, byte>> VniPlain = new(BuildVniPlain);
    private static readonly Lazy<Dictionary<char, byte>> TcvnEncode = new(() => Reverse(TcvnTable.ToUnicode));
    private static readonly Lazy<Dictionary<char, byte>> VisciiEncode = new(() => Reverse(VisciiTable.ToUnicode));

    /// <summary>The label <see cref="TextDecoder"/> reports for text decoded with <paramref name="kind"/>.</summary>
    public static string Name(LegacyEncodingKind kind) => kind switch
    {
        LegacyEncodingKind.Windows1258 => "windows-1258",
        LegacyEncodingKind.Tcvn3 => "tcvn3",
        LegacyEncodingKind.Vni => "vni",
        LegacyEncodingKind.Viscii => "viscii",
        _ => "unknown",
    };

    /// <summary>Decodes <paramref name="bytes"/> and normalises the result.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, LegacyEncodingKind kind) =>
        VietnameseText.Normalize(DecodeRaw(bytes, kind));

    /// <summary>Encodes <paramref name="text"/> (normalised first); characters the encoding lacks become <c>?</c>.</summary>
    public static byte[] Encode(string? text, LegacyEncodingKind kind)
    {
        var normalized = VietnameseText.Normalize(text);
        return kind switch
        {
            LegacyEncodingKind.Windows1258 => EncodeWindows1258(normalized),
            LegacyEncodingKind.Tcvn3 => EncodeByTable(normalized, TcvnEncode.Value, tcvnTones: true),
            LegacyEncodingKind.Viscii => EncodeByTable(normalized, VisciiEncode.Value, tcvnTones: false),
            LegacyEncodingKind.Vni => EncodeVni(normalized),
            _ => [],
        };
    }

    /// <summary>Decodes without normalising: tone marks may still be combining characters.</summary>
    internal static string DecodeRaw(ReadOnlySpan<byte> bytes, LegacyEncodingKind kind)
    {
        switch (kind)
        {
            case LegacyEncodingKind.Windows1258:
                return CodePages.Windows1258.GetString(bytes);
            case LegacyEncodingKind.Tcvn3:
                return DecodeByTable(bytes, TcvnTable.ToUnicode);
            case LegacyEncodingKind.Viscii:
                return DecodeByTable(bytes, VisciiTable.ToUnicode);
            case LegacyEncodingKind.Vni:
                var table = VniDecode.Value;
                var builder = new StringBuilder(bytes.Length);
                foreach (var b in bytes)
                {
                    builder.Append(table[b]);
                }

                return builder.ToString();
            default:
                return string.Empty;
        }
    }

    private static string DecodeByTable(ReadOnlySpan<byte> bytes, ushort[] table)
    {
        return string.Create(bytes.Length, (bytes.ToArray(), table), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)state.Item2[state.Item1[i]];
            }
        });
    }

    private static Dictionary<char, byte> Reverse(ushort[] table)
    {
        var map = new Dictionary<char, byte>();
        for (var b = 0; b < table.Length; b++)
        {
            map.TryAdd((char)table[b], (byte)b);
        }

        return map;
    }

    private static byte[] EncodeByTable(string text, Dictionary<char, byte> map, bool tcvnTones)
    {
        var bytes = new List<byte>(text.Length);
        foreach (var c in text)
        {
            if (map.TryGetValue(c, out var b))
            {
                bytes.Add(b);
            }
            else if (tcvnTones && VietnameseLetters.TryGet(c, out var parts) && parts.Tone > 0
                && map.TryGetValue(parts.Hatted, out var hatted)
                && map.TryGetValue(VietnameseLetters.ToneMarks[parts.Tone - 1], out var tone))
            {
                // TCVN has the five tones as spacing-free marks, so a letter its table lacks is base plus mark.
                bytes.Add(hatted);
                bytes.Add(tone);
            }
            else
            {
                bytes.Add(Unmappable);
            }
        }

        return [.. bytes];
    }

    private static byte[] EncodeWindows1258(string text)
    {
        // Windows-1258 holds the hatted letters but most tones only as combining marks: split every toned letter.
        var builder = new StringBuilder(text.Length + (text.Length / 4));
        foreach (var c in text)
        {
            if (VietnameseLetters.TryGet(c, out var parts) && parts.Tone > 0)
            {
                builder.Append(parts.Hatted).Append(VietnameseLetters.ToneMarks[parts.Tone - 1]);
            }
            else
            {
                builder.Append(c);
            }
        }

        return CodePages.Windows1258.GetBytes(builder.ToString());
    }

    private static byte[] EncodeVni(string text)
    {
        var plain = VniPlain.Value;
        var bytes = new List<byte>(text.Length + (text.Length / 3));
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                bytes.Add((byte)c);
            }
            else if (c is 'đ' or 'Đ')
            {
                bytes.Add(c == 'đ' ? VniTable.DStrokeLower : VniTable.DStrokeUpper);
            }
            else if (VietnameseLetters.TryGet(c, out var parts))
            {
                AppendVni(bytes, parts);
            }
            else
            {
                bytes.Add(plain.TryGetValue(c, out var b) ? b : Unmappable);
            }
        }

        return [.. bytes];
    }

    private static void AppendVni(List<byte> bytes, LetterParts parts)
    {
        var upper = parts.Upper;
        var baseByte = (byte)(upper ? char.ToUpperInvariant(parts.Base) : parts.Base);
        var tone = parts.Tone;
        switch (parts.Hat)
        {
            case Hat.Circumflex:
                bytes.Add(baseByte);
                bytes.Add((upper ? VniTable.CircumflexUpper : VniTable.CircumflexLower)[tone]);
                return;
            case Hat.Breve:
                bytes.Add(baseByte);
                bytes.Add((upper ? VniTable.BreveUpper : VniTable.BreveLower)[tone]);
                return;
            case Hat.Horn:
                bytes.Add(parts.Base == 'o'
                    ? (upper ? VniTable.OHornUpper : VniTable.OHornLower)
                    : (upper ? VniTable.UHornUpper : VniTable.UHornLower));
                break;
            default:
                if (parts.Base == 'i')
                {
                    bytes.Add((upper ? VniTable.IUpper : VniTable.ILower)[tone - 1]);
                    return;
                }

                if (parts.Base == 'y' && tone == 5)
                {
                    bytes.Add(upper ? VniTable.YDotUpper : VniTable.YDotLower);
                    return;
                }

                bytes.Add(baseByte);
                break;
        }

        if (tone > 0)
        {
            bytes.Add((upper ? VniTable.ToneUpper : VniTable.ToneLower)[tone - 1]);
        }
    }

    /// <summary>The bytes VNI uses for letters and marks; every other high byte keeps its Windows-1252 meaning.</summary>
    private static Dictionary<byte, string> VniSpecial()
    {
        var special = new Dictionary<byte, string>();
        for (var t = 0; t < 5; t++)
        {
            special[VniTable.ToneLower[t]] = VietnameseLetters.ToneMarks[t].ToString();
            special[VniTable.ToneUpper[t]] = VietnameseLetters.ToneMarks[t].ToString();
            special[VniTable.ILower[t]] = VietnameseLetters.Compose('i', Hat.None, t + 1, upper: false).ToString();
            special[VniTable.IUpper[t]] = VietnameseLetters.Compose('i', Hat.None, t + 1, upper: true).ToString();
        }

        for (var t = 0; t < 6; t++)
        {
            var toneMark = t == 0 ? string.Empty : VietnameseLetters.ToneMarks[t - 1].ToString();
            special[VniTable.CircumflexLower[t]] = "\u0302" + toneMark;
            special[VniTable.CircumflexUpper[t]] = "\u0302" + toneMark;
            special[VniTable.BreveLower[t]] = "\u0306" + toneMark;
            special[VniTable.BreveUpper[t]] = "\u0306" + toneMark;
        }

        special[VniTable.OHornLower] = "ơ";
        special[VniTable.OHornUpper] = "Ơ";
        special[VniTable.UHornLower] = "ư";
        special[VniTable.UHornUpper] = "Ư";
        special[VniTable.DStrokeLower] = "đ";
        special[VniTable.DStrokeUpper] = "Đ";
        special[VniTable.YDotLower] = "ỵ";
        special[VniTable.YDotUpper] = "Ỵ";
        return special;
    }

    private static string[] BuildVniDecode()
    {
        var special = VniSpecial();
        var table = new string[256];
        Span<byte> one = stackalloc byte[1];
        for (var b = 0; b < 256; b++)
        {
            one[0] = (byte)b;
            table[b] = special.TryGetValue((byte)b, out var s) ? s : CodePages.Windows1252.GetString(one);
        }

        return table;
    }

    private static Dictionary<char, byte> BuildVniPlain()
    {
        var special = VniSpecial();
        var map = new Dictionary<char, byte>();
        Span<byte> one = stackalloc byte[1];
        for (var b = 0x80; b < 256; b++)
        {
            if (special.ContainsKey((byte)b))
            {
                continue;
            }

            one[0] = (byte)b;
            var s = CodePages.Windows1252.GetString(one);
            if (s.Length == 1 && s[0] != '\uFFFD')
            {
                map.TryAdd(s[0], (byte)b);
            }
        }

        return map;
    }
}
