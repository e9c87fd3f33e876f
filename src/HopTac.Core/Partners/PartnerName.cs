namespace HopTac.Core.Partners;

/// <summary>A partner's actor code (ISO 3166-1 alpha-2 for states, an acronym for organisations) and the names shown for it.</summary>
public sealed record PartnerName(string Code, string Vietnamese, string English)
{
    /// <summary>The name in the reader's language: Vietnamese unless <paramref name="english"/>.</summary>
    public string In(bool english) => english ? English : Vietnamese;
}
