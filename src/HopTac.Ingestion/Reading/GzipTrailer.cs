namespace HopTac.Ingestion.Reading;

/// <summary>
/// Checks a gzip file's trailer (CRC-32 and length of the data, RFC 1952) against what was decompressed.
/// .NET's GZipStream ends quietly on a truncated file, which would store half a page; this catches it.
/// Only the last member is checked, so a multi-member file passes when its last member is whole and holds all
/// the data — saved pages are single-member files.
/// </summary>
internal static class GzipTrailer
{
    private static readonly uint[] Table = BuildTable();

    /// <summary>Whether the compressed stream's last 8 bytes describe <paramref name="data"/>. The stream must be seekable.</summary>
    public static bool Matches(Stream compressed, ReadOnlySpan<byte> data)
    {
        if (!compressed.CanSeek || compressed.Length < 18)
        {
            return false;
        }

        Span<byte> trailer = stackalloc byte[8];
        compressed.Seek(-8, SeekOrigin.End);
        compressed.ReadExactly(trailer);
        var crc = BitConverter.ToUInt32(trailer[..4]);
        var size = BitConverter.ToUInt32(trailer[4..]);
        return size == unchecked((uint)data.Length) && crc == Crc32(data);
    }

    internal static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
