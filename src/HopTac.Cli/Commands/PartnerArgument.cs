using System.Text.RegularExpressions;
using HopTac.Core.Partners;

namespace HopTac.Cli.Commands;

/// <summary>
/// What `timeline` and `partner` were given, as the actor code facts carry: a name in Vietnamese or English ("Nga",
/// "Belarus", "LB Nga") or a code in any case. A word that is neither is refused with the nearest names, instead
/// of a silent "no facts" for a code nobody has.
/// </summary>
internal static partial class PartnerArgument
{
    [GeneratedRegex("^[A-Za-z0-9]{2,10}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    /// <summary>The code, or null after telling the user why (exit 2).</summary>
    public static string? Resolve(CliConsole console, string typed)
    {
        if (PartnerDirectory.Shared.Resolve(typed) is { } code)
        {
            return code;
        }

        // A code the gazetteer lacks may still be on facts a curator wrote: the store is asked about it.
        if (CodePattern().IsMatch(typed.Trim()) && PartnerDirectory.Shared.Suggest(typed, 1).Count == 0)
        {
            return typed.Trim().ToUpperInvariant();
        }

        var hints = PartnerDirectory.Shared.Suggest(typed, 5).Select(p => PartnerDirectory.Shared.Label(p.Code, english: false)).ToList();
        console.Fail(hints.Count > 0
            ? $"no partner is named '{typed}'; did you mean {string.Join(", ", hints)}?"
            : $"no partner is named '{typed}' (give a name such as Nga, Belarus, ASEAN or a code such as RU)");
        return null;
    }
}
