using HopTac.Core.Partners;

namespace HopTac.Web.Search;

/// <summary>
/// A partner as the search facet, the API and URLs accept it: a name in Vietnamese or English ("Nga", "Belarus",
/// "LB Nga") or a code in any case, turned into the actor code facts carry. One rule for every entry point.
/// </summary>
internal static class PartnerResolution
{
    /// <summary>The code <paramref name="text"/> names, or null when it is neither a known name nor a code.</summary>
    public static string? Resolve(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        // A code the directory lacks may still be on curated facts: it is passed on for the store to answer.
        return PartnerDirectory.Shared.Resolve(trimmed) ?? (SearchService.IsPartnerCode(trimmed) && PartnerDirectory.Shared.Suggest(trimmed, 1).Count == 0 ? trimmed.ToUpperInvariant() : null);
    }

    /// <summary>Names close to what was typed, for the message when it names nothing: "Nga (RU), Nigeria (NG)".</summary>
    public static IReadOnlyList<PartnerName> Suggest(string? text) => PartnerDirectory.Shared.Suggest(text, 6);
}
