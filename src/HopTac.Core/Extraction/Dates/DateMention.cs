namespace HopTac.Core.Extraction.Dates;

/// <summary>
/// A date found in text: <see cref="Iso"/> as facts.md writes it ("2024-10-08", "2021-09", "--09-12", "--09",
/// "2024-08-07/2024-08-10", "2021/2025", "/2030"), with where it was written (offsets into the searched text).
/// </summary>
public sealed record DateMention(string Iso, int Start, int Length, bool YearInferred)
{
    /// <summary>The date as a value (null only where <see cref="Iso"/> was not built from one).</summary>
    public PartialDate? Value => PartialDate.Parse(Iso);
}
