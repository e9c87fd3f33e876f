namespace HopTac.Core.Extraction.Relevance;

/// <summary>Tells pages about international cooperation or diplomacy from the rest (sport, crime, domestic news...).</summary>
public static class RelevanceClassifier
{
    public static bool IsRelevant(string? title, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return false;
    }
}
