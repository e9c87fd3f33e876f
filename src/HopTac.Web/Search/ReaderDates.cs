using System.Globalization;
using System.Text.RegularExpressions;

namespace HopTac.Web.Search;

/// <summary>
/// Date filters typed as Vietnamese readers write dates ("28/10/2021", "10/2021") turned into the ISO forms the
/// filters take ("2021-10-28", "2021-10"); anything else is passed on unchanged for the one validator to judge.
/// </summary>
internal static partial class ReaderDates
{
    [GeneratedRegex(@"^(?:(?<d>\d{1,2})/)?(?<m>\d{1,2})/(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    public static string? ToIso(string? typed)
    {
        var match = typed is null ? null : DayMonthYear().Match(typed.Trim());
        if (match is not { Success: true })
        {
            return typed;
        }

        var inv = CultureInfo.InvariantCulture;
        var month = int.Parse(match.Groups["m"].Value, inv);
        var iso = $"{match.Groups["y"].Value}-{month.ToString("00", inv)}";
        return match.Groups["d"].Success ? $"{iso}-{int.Parse(match.Groups["d"].Value, inv).ToString("00", inv)}" : iso;
    }
}
