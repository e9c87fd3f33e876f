using System.Globalization;
using HopTac.Core.Partners;

namespace HopTac.Web.Rendering;

/// <summary>A partner code as the page's reader reads it: "Nga (RU)" in Vietnamese, "Russia (RU)" in English.</summary>
internal static class PartnerText
{
    private static bool English => !string.Equals(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, "vi", StringComparison.Ordinal);

    /// <summary>"Nga (RU)"; the code alone when the directory has no name for it.</summary>
    public static string Label(string? code) => PartnerDirectory.Shared.Label(code, English);

    /// <summary>"Nga"; the code alone when the directory has no name for it.</summary>
    public static string Name(string? code) => PartnerDirectory.Shared.Name(code, English);

    /// <summary>Several codes as labels, comma-separated ("Nga (RU), Lào (LA)").</summary>
    public static string Labels(IEnumerable<string> codes) => string.Join(", ", codes.Select(Label));
}
