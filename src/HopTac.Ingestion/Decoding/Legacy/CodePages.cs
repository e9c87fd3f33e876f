using System.Text;

namespace HopTac.Ingestion.Decoding.Legacy;

/// <summary>The Windows code pages .NET leaves out by default, registered once for the whole process.</summary>
internal static class CodePages
{
    private static readonly Lazy<bool> Registered = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    private static readonly Lazy<Encoding> Cp1258 = new(() => Get(1258));
    private static readonly Lazy<Encoding> Cp1252 = new(() => Get(1252));

    public static Encoding Windows1258 => Cp1258.Value;

    public static Encoding Windows1252 => Cp1252.Value;

    /// <summary>The encoding a charset label names, or null when .NET knows no such label.</summary>
    public static Encoding? TryGet(string label)
    {
        _ = Registered.Value;
        try
        {
            return Encoding.GetEncoding(label, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding Get(int codePage)
    {
        _ = Registered.Value;
        return Encoding.GetEncoding(codePage, new EncoderReplacementFallback("?"), DecoderFallback.ReplacementFallback);
    }
}
