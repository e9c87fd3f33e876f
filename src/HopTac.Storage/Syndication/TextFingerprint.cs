using System.Buffers.Binary;
using System.Text;
using HopTac.Core.Text;

namespace HopTac.Storage.Syndication;

/// <summary>
/// A MinHash signature (Broder, "On the resemblance and containment of documents", 1997) of a page's text over
/// shingles of three folded words. The share of equal minimums estimates the Jaccard resemblance of the two shingle
/// sets; at <see cref="MinResemblance"/> or more the texts are one text republished with small edits (a site's own
/// lead, byline or closing source line). Folding first makes a copy that lost its marks or changed case the same text.
/// Candidates are found by banding (locality-sensitive hashing): <see cref="Bands"/> bands of
/// <see cref="RowsPerBand"/> minimums, and two texts of resemblance 0.8 share a band with probability 0.9998.
/// No MinHash package is served; the shingle hash is XxHash64 from System.IO.Hashing and the permutations are
/// multiply-add hashes of it (odd multipliers, so each is a bijection of 64-bit values).
/// A 64-bit SimHash with Manku et al.'s 3-bit threshold was tried first: on a 170-word article a changed lead and
/// byline moved it by more than 3 bits, so it missed copies that MinHash's estimate (about 0.9) keeps.
/// </summary>
internal static class TextFingerprint
{
    /// <summary>Minimums in a signature.</summary>
    public const int Size = 64;

    /// <summary>Bands of the lookup index.</summary>
    public const int Bands = 16;

    /// <summary>Minimums per band.</summary>
    public const int RowsPerBand = Size / Bands;

    /// <summary>Estimated resemblance from which two texts are one: Broder's near-duplicates, with room for a new lead and byline.</summary>
    public const double MinResemblance = 0.8;

    /// <summary>
    /// Texts shorter than this (in words) have too few shingles for the estimate to say anything: two short notices on
    /// one template would look like copies. They get no signature.
    /// </summary>
    public const int MinWords = 60;

    private static readonly ulong[] Multipliers = Seeds(0x9E3779B97F4A7C15UL, odd: true);
    private static readonly ulong[] Increments = Seeds(0xD1B54A32D192ED03UL, odd: false);

    /// <summary>The signature of <paramref name="text"/>, or null when it is too short to have one.</summary>
    public static uint[]? Of(string? text)
    {
        var words = VietnameseText.FoldedWords(text).ToList();
        if (words.Count < MinWords)
        {
            return null;
        }

        var mins = new uint[Size];
        Array.Fill(mins, uint.MaxValue);

        // A shingle's bytes are its three words' UTF-8 bytes with a space between (words hold letters and digits, never
        // half a surrogate pair, so encoding word by word gives the bytes of the joined text): each word is encoded
        // once and the shingles are assembled in one buffer, instead of a string and an array per shingle.
        var encoded = words.ConvertAll(Encoding.UTF8.GetBytes);
        var buffer = new byte[(3 * encoded.Max(e => e.Length)) + 2];
        for (var i = 0; i + 2 < words.Count; i++)
        {
            var length = 0;
            for (var w = 0; w < 3; w++)
            {
                if (w > 0)
                {
                    buffer[length++] = (byte)' ';
                }

                encoded[i + w].CopyTo(buffer, length);
                length += encoded[i + w].Length;
            }

            var hash = System.IO.Hashing.XxHash64.HashToUInt64(buffer.AsSpan(0, length));
            for (var k = 0; k < Size; k++)
            {
                var value = (uint)(((hash * Multipliers[k]) + Increments[k]) >> 32);
                if (value < mins[k])
                {
                    mins[k] = value;
                }
            }
        }

        return mins;
    }

    /// <summary>The estimated resemblance of two signatures: the share of equal minimums.</summary>
    public static double Resemblance(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var same = 0;
        for (var k = 0; k < Size && k < a.Length && k < b.Length; k++)
        {
            same += a[k] == b[k] ? 1 : 0;
        }

        return (double)same / Size;
    }

    /// <summary>The lookup keys of a signature, one per band; the band's number is part of its key.</summary>
    public static long[] BandKeys(ReadOnlySpan<uint> signature)
    {
        var keys = new long[Bands];
        Span<byte> bytes = stackalloc byte[RowsPerBand * 4];
        for (var band = 0; band < Bands; band++)
        {
            for (var r = 0; r < RowsPerBand; r++)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes[(r * 4)..], signature[(band * RowsPerBand) + r]);
            }

            // 48 bits of the band's hash under the band's number: keys of different bands never meet.
            keys[band] = ((long)band << 48) | (long)(System.IO.Hashing.XxHash64.HashToUInt64(bytes) & 0xFFFF_FFFF_FFFFUL);
        }

        return keys;
    }

    public static byte[] ToBytes(ReadOnlySpan<uint> signature)
    {
        var bytes = new byte[signature.Length * 4];
        for (var k = 0; k < signature.Length; k++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(k * 4), signature[k]);
        }

        return bytes;
    }

    public static uint[] FromBytes(ReadOnlySpan<byte> bytes)
    {
        var signature = new uint[bytes.Length / 4];
        for (var k = 0; k < signature.Length; k++)
        {
            signature[k] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(k * 4)..]);
        }

        return signature;
    }

    /// <summary>Fixed seeds (splitmix64 from a constant), so a signature stored today compares with one made next year.</summary>
    private static ulong[] Seeds(ulong state, bool odd)
    {
        var seeds = new ulong[Size];
        for (var k = 0; k < Size; k++)
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            seeds[k] = odd ? z | 1UL : z;
        }

        return seeds;
    }
}
