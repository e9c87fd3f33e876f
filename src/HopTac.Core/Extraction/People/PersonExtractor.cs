using HopTac.Core.Extraction.Sentences;
using HopTac.Core.Facts;

namespace HopTac.Core.Extraction.People;

/// <summary>Finds people with their office and state; one record per person per page, in the fullest form named.</summary>
public static class PersonExtractor
{
    public static IReadOnlyList<Person> Extract(IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return [];
    }
}
