using System.Globalization;

namespace HopTac.Web.Rendering;

/// <summary>A count in the reader's culture: "1.898" in Vietnamese, "1,898" in English.</summary>
internal static class Number
{
    public static string Of(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public static string Of(long value) => value.ToString("N0", CultureInfo.CurrentCulture);
}
