using System.Text;
using System.Text.Unicode;
using HopTac.Core.Text;

namespace HopTac.Ingestion.Decoding;

/// <summary>
/// Turns a page's bytes into normalised text. Order: byte-order mark, then a declared charset (HTML meta / HTTP),
/// then detection; a declared charset only loses to a decoding whose text is clearly better Vietnamese.
/// Detection scores a sample of each candidate decoding with <see cref="VietnameseSyllables"/> and decodes the
/// whole page with the winner. Never throws: bytes that are not text give a failed outcome with a one-sentence reason.
/// </summary>
public static class TextDecoder
{
    /// <summary>Detection looks at this many bytes at most; the winner then decodes the whole page.</summary>
    public const int SampleBytes = 64 * 1024;

    /// <summary>A lossy UTF-8 decoding is accepted while at most this share of its characters are replacements.</summary>
    private const double MaxReplacementShare = 0.02;

    /// <summary>How much better (share of valid syllables) detection must be to override a declared charset.</summary>
    private const double DeclaredMargin = 0.05;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, false);

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="declaredCharset"/> is a charset label the page declared, if any.</summary>
    public static DecodeOutcome Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null) =>
        Decode(bytes, declaredCharset, IngestOptions.Default.MinVietnameseSyllableShare);

    /// <summary>
    /// Decodes <paramref name="bytes"/>, refusing a detected decoding that looks like mojibake: fewer than
    /// <paramref name="minSyllableShare"/> of its words Vietnamese syllables although it is meant as Vietnamese.
    /// </summary>
    public static DecodeOutcome Decode(ReadOnlySpan<byte> bytes, string? declaredCharset, double minSyllableShare)
    {
        if (bytes.IsEmpty)
        {
            return DecodeOutcome.Fail("the page is empty");
        }

        try
        {
            return DecodeCore(bytes, declaredCharset, minSyllableShare);
        }
        catch (Exception e) when (e is ArgumentException or DecoderFallbackException or InvalidOperationException)
        {
            return DecodeOutcome.Fail("the page's bytes could not be decoded as text");
        }
    }

    private static DecodeOutcome DecodeCore(ReadOnlySpan<byte> bytes, string? declaredCharset, double minSyllableShare)
    {
        if (FromByteOrderMark(bytes) is { } bom)
        {
            return bom;
        }

        var sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        var stats = ByteStats.Of(sample);
        if (stats.Nuls > 0)
        {
            return FromUtf16WithoutBom(bytes, stats) ?? DecodeOutcome.Fail("the page is binary data, not text");
        }

        if (stats.LooksBinary)
        {
            return DecodeOutcome.Fail("the page is binary data, not text");
        }

        if (Utf8.IsValid(bytes))
        {
            // Valid multi-byte UTF-8 is almost never an accident, so it beats any declared charset.
            return Ok(StrictUtf8.GetString(bytes), "utf-8");
        }

        var declared = CharsetLabels.Resolve(declaredCharset);
        var candidates = Candidates(declared);
        var utf8Sample = TrimToUtf8Boundary(sample, bytes.Length);
        Candidate? best = null;
        Candidate? declaredWinner = null;
        SyllableScore bestScore = default;
        SyllableScore declaredScore = default;
        foreach (var candidate in candidates)
        {
            var raw = candidate.Decode(candidate.IsUtf8 ? utf8Sample : sample);
            if (candidate.IsUtf8 && ReplacementShare(raw) > MaxReplacementShare)
            {
                continue;
            }

            var score = VietnameseSyllables.Score(VietnameseText.Normalize(raw));
            if (best is null || score.Share > bestScore.Share || (score.Share == bestScore.Share && score.Common > bestScore.Common))
            {
                best = candidate;
                bestScore = score;
            }

            if (candidate.Declared && declaredWinner is null)
            {
                declaredWinner = candidate;
                declaredScore = score;
            }
        }

        var winner = best!;
        var winnerScore = bestScore;
        if (declaredWinner is not null && !(bestScore.Share > declaredScore.Share + DeclaredMargin && bestScore.Valid > declaredScore.Valid))
        {
            winner = declaredWinner;
            winnerScore = declaredScore;
        }

        return Mojibake(sample, utf8Sample, winner, winnerScore, minSyllableShare) is { } reason ? DecodeOutcome.Fail(reason) : Ok(winner.Decode(bytes), winner.Name);
    }

    /// <summary>
    /// Why the chosen decoding is mojibake, or null. Two shapes: Vietnamese UTF-8 with too many invalid bytes to be
    /// read as UTF-8 (corruption, or a page pasted together from two encodings), which every single-byte decoding turns
    /// into "Viá»‡t"; and a decoding with Vietnamese letters in which too few words are Vietnamese syllables (mixed
    /// encodings). Western pages pass: their decodings have no Vietnamese letters, and their UTF-8 reading is no better.
    /// </summary>
    private static string? Mojibake(ReadOnlySpan<byte> sample, ReadOnlySpan<byte> utf8Sample, Candidate winner, SyllableScore winnerScore, double minShare)
    {
        if (winner.IsUtf8)
        {
            return null;
        }

        var lossy = Encoding.UTF8.GetString(utf8Sample);
        var replaced = ReplacementShare(lossy);
        // Past MaxCorruptionShare the invalid bytes are a legacy encoding's letters, not damage: detection decides.
        if (replaced > MaxReplacementShare && replaced <= MaxCorruptionShare)
        {
            var utf8Score = VietnameseSyllables.Score(VietnameseText.Normalize(lossy));
            if (utf8Score.Words >= MinWordsJudged && utf8Score.Share >= minShare && utf8Score.Share > winnerScore.Share + DeclaredMargin)
            {
                return $"the page is Vietnamese UTF-8 with {replaced:P1} of its characters invalid (corrupted, or mixed encodings); not stored as mojibake";
            }
        }

        var text = winner.Decode(sample);
        // Real articles full of names and foreign words score below the UTF-8 bar; a decoding this low is broken.
        if (winnerScore.Words >= MinWordsJudged && winnerScore.Share < minShare * 2 / 3 && VietnameseLetterShare(text) >= MinVietnameseLetterShare)
        {
            return $"only {winnerScore.Share:P0} of the words decoded as {winner.Name} are Vietnamese syllables (mixed or broken encodings); not stored as mojibake";
        }

        return null;
    }

    /// <summary>
    /// Most invalid characters a Vietnamese UTF-8 page can have and still be judged corrupted UTF-8: a page in a legacy
    /// encoding read as UTF-8 has far more (every accented letter), half a page pasted in one has about a tenth.
    /// </summary>
    private const double MaxCorruptionShare = 0.12;

    /// <summary>Pages shorter than this many words are not judged: a title and a name can be anything.</summary>
    private const int MinWordsJudged = 40;

    /// <summary>Share of letters that only Vietnamese uses (ơ, ư, đ, ă, tone-marked vowels) above which a text is meant as Vietnamese.</summary>
    private const double MinVietnameseLetterShare = 0.02;

    private static double VietnameseLetterShare(string text)
    {
        var letters = 0;
        var vietnamese = 0;
        foreach (var c in VietnameseText.Normalize(text))
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            if (c is 'ơ' or 'Ơ' or 'ư' or 'Ư' or 'đ' or 'Đ' or 'ă' or 'Ă' || (c >= '\u1EA0' && c <= '\u1EF9'))
            {
                vietnamese++;
            }
        }

        return letters == 0 ? 0 : (double)vietnamese / letters;
    }

    private static DecodeOutcome? FromByteOrderMark(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Ok(StrictUtf8.GetString(bytes[3..]), "utf-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return Ok(new UTF32Encoding(false, false).GetString(bytes[4..]), "utf-32le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Ok(Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Ok(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");
        }

        return null;
    }

    private static DecodeOutcome? FromUtf16WithoutBom(ReadOnlySpan<byte> bytes, ByteStats stats)
    {
        // Text in UTF-16 has a zero in the high byte of every ASCII character and almost never in the low byte.
        var pairs = stats.Length / 2;
        Encoding encoding;
        string name;
        if (stats.NulsAtOdd >= pairs / 5 && stats.NulsAtEven <= stats.NulsAtOdd / 10)
        {
            (encoding, name) = (Encoding.Unicode, "utf-16le");
        }
        else if (stats.NulsAtEven >= pairs / 5 && stats.NulsAtOdd <= stats.NulsAtEven / 10)
        {
            (encoding, name) = (Encoding.BigEndianUnicode, "utf-16be");
        }
        else
        {
            return null;
        }

        var text = encoding.GetString(bytes[..(bytes.Length & ~1)]);
        var controls = 0;
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, SampleBytes)))
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'))
            {
                controls++;
            }
        }

        var checkedLength = Math.Max(1, Math.Min(text.Length, SampleBytes));
        return ReplacementShare(text) > MaxReplacementShare || (double)controls / checkedLength > 0.02 ? null : Ok(text, name);
    }

    private static List<Candidate> Candidates(Charset declared)
    {
        // Order breaks ties: UTF-8 first, then the Western page a tie means, then the Vietnamese code pages in
        // the order they were common on the web (TCVN3 through the ABC fonts far ahead of VNI and VISCII).
        var list = new List<Candidate>
        {
            new("utf-8", static b => Encoding.UTF8.GetString(b), declared.Kind == CharsetKind.Utf8, IsUtf8: true),
            new("windows-1252", static b => Legacy.CodePages.Windows1252.GetString(b), declared.Kind == CharsetKind.Western),
        };
        foreach (var kind in new[] { LegacyEncodingKind.Windows1258, LegacyEncodingKind.Tcvn3, LegacyEncodingKind.Vni, LegacyEncodingKind.Viscii })
        {
            list.Add(new(
                LegacyVietnameseEncoding.Name(kind),
                b => LegacyVietnameseEncoding.DecodeRaw(b, kind),
                declared.Kind == CharsetKind.Legacy && declared.Legacy == kind));
        }

        if (declared is { Kind: CharsetKind.Other, Encoding: { } other })
        {
            list.Add(new(other.WebName, b => other.GetString(b), Declared: true));
        }

        return list;
    }

    private static ReadOnlySpan<byte> TrimToUtf8Boundary(ReadOnlySpan<byte> sample, int totalLength)
    {
        if (sample.Length == totalLength)
        {
            return sample;
        }

        // Do not let the cut through a multi-byte sequence count as a bad byte.
        for (var k = 1; k <= 3 && k <= sample.Length; k++)
        {
            var b = sample[^k];
            if ((b & 0xC0) == 0xC0)
            {
                return sample[..^k];
            }

            if ((b & 0x80) == 0)
            {
                break;
            }
        }

        return sample;
    }

    private static double ReplacementShare(string text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var count = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD')
            {
                count++;
            }
        }

        return (double)count / text.Length;
    }

    private static DecodeOutcome Ok(string text, string encodingName)
    {
        var normalized = VietnameseText.Normalize(text);
        return normalized.Length == 0
            ? DecodeOutcome.Fail("the page is empty")
            : DecodeOutcome.Ok(new DecodedText(normalized, encodingName));
    }

    private sealed record Candidate(string Name, DecodeBytes Decode, bool Declared, bool IsUtf8 = false);

    private delegate string DecodeBytes(ReadOnlySpan<byte> bytes);

    /// <summary>Counts of the bytes that tell text from binary data in a sample.</summary>
    private readonly record struct ByteStats(int Length, int NulsAtEven, int NulsAtOdd, int Controls, int LetterControls)
    {
        public int Nuls => NulsAtEven + NulsAtOdd;

        /// <summary>
        /// Control bytes no text encoding uses. VISCII and TCVN put letters on some C0 positions, so those count
        /// only towards a much higher limit.
        /// </summary>
        public bool LooksBinary => Controls > Length / 50 || Controls + LetterControls > Length * 15 / 100;

        public static ByteStats Of(ReadOnlySpan<byte> sample)
        {
            int even = 0, odd = 0, controls = 0, letters = 0;
            for (var i = 0; i < sample.Length; i++)
            {
                var b = sample[i];
                if (b == 0)
                {
                    if ((i & 1) == 0)
                    {
                        even++;
                    }
                    else
                    {
                        odd++;
                    }
                }
                else if (b is 0x01 or 0x02 or 0x04 or 0x05 or 0x06 or (>= 0x11 and <= 0x17) or 0x19 or 0x1E)
                {
                    letters++;
                }
                else if (b is < 0x20 and not (0x09 or 0x0A or 0x0B or 0x0C or 0x0D) or 0x7F)
                {
                    controls++;
                }
            }

            return new ByteStats(sample.Length, even, odd, controls, letters);
        }
    }
}
