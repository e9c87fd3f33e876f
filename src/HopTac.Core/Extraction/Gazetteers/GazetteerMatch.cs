namespace HopTac.Core.Extraction.Gazetteers;

/// <summary>
/// A gazetteer name found in a text: the entry, and where it is (UTF-16 offsets into the searched text; the text
/// there may differ from <see cref="GazetteerEntry.Name"/> in case and tone-mark placement).
/// </summary>
public sealed record GazetteerMatch(GazetteerEntry Entry, int Start, int Length)
{
    public int End => Start + Length;
}
