using System.Globalization;

namespace HopTac.Core.Extraction.Dates;

/// <summary>
/// A <see cref="PartialDate"/> as a person reads it, in Vietnamese ("25/5/2016", "tháng 5/2016", "25/5, năm chưa
/// rõ") or English ("25 May 2016", "May 2016", "25 May, year unknown"), never the ISO "--05-25". A year taken from
/// another page says which ("(năm suy ra từ trang X)", "(year inferred from X)").
/// </summary>
public static class DateWording
{
    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Whether <paramref name="culture"/> reads Vietnamese; every other culture reads English.</summary>
    public static bool IsVietnamese(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return string.Equals(culture.TwoLetterISOLanguageName, "vi", StringComparison.Ordinal);
    }

    /// <summary>
    /// The ISO date <paramref name="iso"/> in words; text that is no date comes back as given, no date as "".
    /// <paramref name="yearFrom"/> names the page an inferred year came from.
    /// </summary>
    public static string Write(string? iso, bool vietnamese, string? yearFrom = null)
    {
        if (string.IsNullOrWhiteSpace(iso))
        {
            return string.Empty;
        }

        return PartialDate.Parse(iso) is { } date ? Write(date, vietnamese, yearFrom) : iso;
    }

    /// <summary>The date in words (see <see cref="Write(string?, bool, string?)"/>).</summary>
    public static string Write(PartialDate date, bool vietnamese, string? yearFrom = null)
    {
        string text;
        if (!date.IsRange)
        {
            text = Point(date, vietnamese);
        }
        else if (date.Start is not { } start)
        {
            text = (vietnamese ? "đến " : "until ") + Point(date.End!.Value, vietnamese);
        }
        else if (date.End is not { } end)
        {
            text = (vietnamese ? "từ " : "from ") + Point(start, vietnamese);
        }
        else
        {
            text = Point(start, vietnamese) + " – " + Point(end, vietnamese);
        }

        if (!date.HasYear)
        {
            text += vietnamese ? ", năm chưa rõ" : ", year unknown";
        }
        else if (!string.IsNullOrWhiteSpace(yearFrom))
        {
            text += vietnamese ? $" (năm suy ra từ trang {yearFrom})" : $" (year inferred from {yearFrom})";
        }

        return text;
    }

    private static string Point(PartialDate p, bool vietnamese)
    {
        var inv = CultureInfo.InvariantCulture;
        var year = p.Year?.ToString(inv);
        if (p.Month is not { } month)
        {
            return year ?? string.Empty;
        }

        if (vietnamese)
        {
            var dayMonth = p.Day is { } d ? string.Create(inv, $"{d}/{month}") : string.Create(inv, $"tháng {month}");
            return year is null ? dayMonth : dayMonth + "/" + year;
        }

        var words = p.Day is { } day ? string.Create(inv, $"{day} {EnglishMonths[month - 1]}") : EnglishMonths[month - 1];
        return year is null ? words : words + " " + year;
    }
}
