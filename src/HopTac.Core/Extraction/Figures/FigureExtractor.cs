using HopTac.Core.Extraction.Sentences;
using HopTac.Core.Facts;

namespace HopTac.Core.Extraction.Figures;

/// <summary>Finds quantities (money, people, doses, scholarships, percentages, counts) in a page's sentences.</summary>
public static class FigureExtractor
{
    public static IReadOnlyList<Figure> Extract(IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return [];
    }
}
