using System.Globalization;
using System.Text.RegularExpressions;
using HopTac.Core.Extraction.Dates;
using HopTac.Core.Text;

namespace HopTac.Ingestion.Articles.Html;

/// <summary>
/// Reads one publication date out of a short string (a meta value, a dateline, a URL) and writes it as ISO 8601 at
/// the precision shown: "2023-11-02T19:20" or "2023-11-02". The day and clock are kept as written: a zone offset is
/// never applied, because the page's own day is what readers and the gold see.
/// </summary>
internal static partial class DateText
{
    private const int MaxInput = 400;

    /// <summary>
    /// Inputs are clipped to <see cref="MaxInput"/> characters, so a match is microseconds; the limit is the one
    /// extraction-wide budget (<see cref="RegexBudget"/>), wall-clock time that must leave room for JIT and GC pauses
    /// on a loaded machine (50 ms did not: a valid date then read as none).
    /// </summary>
    private const int MatchTimeoutMs = RegexBudget.Milliseconds;

    /// <summary>Machine formats: 2023-11-02, 2023-11-02T19:20:00+07:00, 2023/11/02 19:20.</summary>
    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d\d)[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})(?!\d)(?:(?:[T ]|,\s*)(?<h>\d{1,2}):(?<i>\d\d))?", RegexOptions.CultureInvariant, MatchTimeoutMs)]
    private static partial Regex YearFirst();

    /// <summary>Day first, as Vietnamese and European pages write it: 2/11/2023, 08/10/2024 | 17:06, 19:20 2/11/2023.</summary>
    [GeneratedRegex(@"(?:(?<h0>\d{1,2})[:h](?<i0>\d\d)\s*(?:\([^)]{0,12}\)\s*)?(?:ngày\s*)?[,|\-–]?\s*)?(?<!\d)(?<a>\d{1,2})[/.\-](?<b>\d{1,2})[/.\-](?<y>(?:19|20)\d\d)(?!\d)(?:\s*(?:[,|\-–]|lúc|at)?\s*(?<h>\d{1,2})[:h](?<i>\d\d))?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex NumericDate();

    /// <summary>
    /// Day first with a two-digit year, as some Vietnamese CMSs print their datelines: "05/12/26 02:30 chiều",
    /// "5/12/26 14:30". Only with a clock after it: a bare "5/12/26" is as likely a score or a fraction as a date.
    /// The part of the day is the Vietnamese (sáng, trưa, chiều, tối, đêm), the Windows "SA"/"CH", or AM/PM.
    /// </summary>
    [GeneratedRegex(@"(?<![\d/.\-])(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d\d)(?![\d/])\s*,?\s*(?<h>\d{1,2})[:h](?<i>\d\d)(?::\d\d)?(?:\s*(?<ap>sáng|trưa|chiều|tối|đêm|SA|CH|AM|PM)(?!\p{L}))?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex ShortYear();

    /// <summary>Vietnamese words: "ngày 2 tháng 11 năm 2023".</summary>
    [GeneratedRegex(@"(?<d>\d{1,2})\s*tháng\s*(?<m>\d{1,2})\s*(?:năm|,)\s*(?<y>(?:19|20)\d\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex VietnameseWords();

    /// <summary>English month first: "November 2, 2023", "Nov. 2nd 2023 at 7:20 pm".</summary>
    [GeneratedRegex(@"(?<mn>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d\d)(?:\s*(?:,|at|-|–|\|)?\s*(?<h>\d{1,2}):(?<i>\d\d)\s*(?<ap>[ap]\.?m\.?)?)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex MonthFirst();

    /// <summary>English day first: "2 November 2023", "02 Nov, 2023".</summary>
    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mn>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(?<y>(?:19|20)\d\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex DayFirst();

    /// <summary>Year, month name, day, as paper citation metadata writes it: "2023 Jan 7", "2024 Jun 30".</summary>
    [GeneratedRegex(@"(?<![\d/.\-])(?<y>(?:19|20)\d\d)\s+(?<mn>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?<d>\d{1,2})(?![\d:])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex YearMonthName();

    /// <summary>Dates in URL paths: /2023/11/02/, /2023-11-02-, /20231102.</summary>
    [GeneratedRegex(@"[/_\-](?<y>(?:19|20)\d\d)[/\-_]?(?<m>[01]\d)[/\-_]?(?<d>[0-3]\d)(?:[/\-_.+]|$)", RegexOptions.CultureInvariant, MatchTimeoutMs)]
    private static partial Regex UrlDate();

    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Parses a machine-written value (meta content, datetime attribute, JSON-LD). Null when none.</summary>
    public static string? ParseMachine(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var s = Clip(value);
        try
        {
            var m = YearFirst().Match(s);
            if (m.Success)
            {
                return Format(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, m.Groups["h"], m.Groups["i"], null);
            }

            // Citation metadata only: in visible text "Received 2022 Oct 12; Accepted …" would date the submission.
            var named = YearMonthName().Match(s);
            if (named.Success)
            {
                return Format(named.Groups["y"].Value, MonthNumber(named.Groups["mn"].Value), named.Groups["d"].Value, null, null, null);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        return ParseVisible(s, dayFirst: true);
    }

    /// <summary>Parses a date as a page shows it to readers. <paramref name="dayFirst"/> settles 02/11/2023.</summary>
    public static string? ParseVisible(string? value, bool dayFirst)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var s = Clip(value);
        try
        {
            // The first date written wins ("August 16, 2019 - Updated July 9, 2025" is the 16th), whatever its form.
            string? best = null;
            var bestAt = int.MaxValue;
            void Consider(Match m, Func<Match, string?> read)
            {
                if (m.Success && m.Index < bestAt && read(m) is { } d)
                {
                    best = d;
                    bestAt = m.Index;
                }
            }

            Consider(VietnameseWords().Match(s), m => Format(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, null, null, null));
            Consider(MonthFirst().Match(s), m => Format(m.Groups["y"].Value, MonthNumber(m.Groups["mn"].Value), m.Groups["d"].Value, m.Groups["h"], m.Groups["i"], m.Groups["ap"]));
            Consider(DayFirst().Match(s), m => Format(m.Groups["y"].Value, MonthNumber(m.Groups["mn"].Value), m.Groups["d"].Value, null, null, null));
            Consider(NumericDate().Match(s), m =>
            {
                var a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
                var b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
                var swap = dayFirst ? a <= 12 && b > 12 : !(a > 12 && b <= 12);
                var (day, month) = swap ? (m.Groups["b"].Value, m.Groups["a"].Value) : (m.Groups["a"].Value, m.Groups["b"].Value);
                var h = m.Groups["h"].Success ? m.Groups["h"] : m.Groups["h0"];
                var i = m.Groups["h"].Success ? m.Groups["i"] : m.Groups["i0"];
                return Format(m.Groups["y"].Value, month, day, h, i, null);
            });
            Consider(YearFirst().Match(s), m => Format(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, m.Groups["h"], m.Groups["i"], null));
            Consider(ShortYear().Match(s), ReadShortYear);
            return best;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static string? ReadShortYear(Match m)
    {
        // Two-digit years on news pages are this century's.
        var year = (2000 + int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture);
        var date = Format(year, m.Groups["m"].Value, m.Groups["d"].Value, null, null, null);
        if (date is null || !int.TryParse(m.Groups["h"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            || !int.TryParse(m.Groups["i"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var i))
        {
            return date;
        }

        var part = m.Groups["ap"].Value.ToLowerInvariant();

        // "02:30 chiều" is 14:30, "11:00 tối" 23:00, "12:15 trưa" 12:15, "1:00 trưa" 13:00; the morning and AM leave the hour, but 12 AM is 0.
        h = part switch
        {
            "chiều" or "tối" or "ch" or "pm" when h < 12 => h + 12,
            "đêm" when h is >= 6 and < 12 => h + 12,
            "trưa" when h < 6 => h + 12,
            "sáng" or "sa" or "am" when h == 12 => 0,
            _ => h,
        };
        return h is < 0 or > 23 || i is < 0 or > 59 ? date : string.Create(CultureInfo.InvariantCulture, $"{date}T{h:00}:{i:00}");
    }

    /// <summary>Reads a full day from a URL path, or null.</summary>
    public static string? ParseUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        try
        {
            // Some sites percent-encode the path in og:url ("%2F2025-12-15%2B").
            var path = url.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(Clip(url)) : Clip(url);
            var m = UrlDate().Match(path);
            return m.Success ? Format(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, null, null, null) : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static string Clip(string value) => value.Length > MaxInput ? value[..MaxInput] : value;

    private static string MonthNumber(string name)
    {
        var prefix = name.Length >= 3 ? name[..3].ToLowerInvariant() : name;
        var index = Array.IndexOf(MonthNames, prefix);
        return (index + 1).ToString(CultureInfo.InvariantCulture);
    }

    private static string? Format(string year, string month, string day, Group? hour, Group? minute, Group? ampm)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var mo)
            || !int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || y < 1990 || y > 2100 || !PartialDate.TryCreate(y, mo, d, out var point))
        {
            return null;
        }

        var date = point.ToIso();
        if (hour is not { Success: true } || minute is not { Success: true }
            || !int.TryParse(hour.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            || !int.TryParse(minute.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var i))
        {
            return date;
        }

        if (ampm is { Success: true })
        {
            var pm = ampm.Value.StartsWith('p') || ampm.Value.StartsWith('P');
            h = h % 12 + (pm ? 12 : 0);
        }

        return h is < 0 or > 23 || i is < 0 or > 59 ? date : string.Create(CultureInfo.InvariantCulture, $"{date}T{h:00}:{i:00}");
    }
}
