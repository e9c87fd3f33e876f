namespace HopTac.Core.Extraction.Dates;

/// <summary>Finds Vietnamese date expressions in a sentence and writes them as ISO 8601 at the precision given.</summary>
public static class DateFinder
{
    /// <summary>All dates in <paramref name="text"/>, left to right. Never throws; nonsense gives nothing.</summary>
    public static IReadOnlyList<DateMention> FindAll(string text, DateContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        return [];
    }
}
