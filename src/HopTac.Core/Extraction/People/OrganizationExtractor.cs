using HopTac.Core.Extraction.Sentences;
using HopTac.Core.Facts;

namespace HopTac.Core.Extraction.People;

/// <summary>Finds ministries, agencies, companies and funds with the state they belong to.</summary>
public static class OrganizationExtractor
{
    public static IReadOnlyList<Organization> Extract(IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return [];
    }
}
