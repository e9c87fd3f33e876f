using System.Globalization;
using System.Text.RegularExpressions;
using HopTac.Core.Extraction.Dates;
using HopTac.Core.Text;

namespace HopTac.Ingestion.Articles.TextDumps;

/// <summary>How a line relates to a publication date line.</summary>
internal enum DatelineKind
{
    None,

    /// <summary>The whole line is a date (and time): "08/10/2024 | 17:06 PM", "Thứ Tư, ngày 12/11/2025 06:39".</summary>
    Pure,

    /// <summary>A date with time glued to a teaser, as headline listings print them: "Thứ Sáu, ngày 06/03/2026 03:35Chiều ...".</summary>
    Glued,
}

/// <summary>
/// Recognises the date lines news pages print under a headline and renders them as ISO 8601 at the precision shown.
/// Only dates with a four-digit year count: "Ngày 12/9, ..." opens a sentence, it is not a date line.
/// </summary>
internal static partial class Dateline
{
    public static DatelineKind Classify(string line, out string? iso)
    {
        iso = null;
        if (line.Length is 0 or > 400 || !char.IsAsciiDigit(FirstDigit(line)))
        {
            return DatelineKind.None;
        }

        Match match;
        try
        {
            match = Pattern().Match(line);
        }
        catch (RegexMatchTimeoutException)
        {
            return DatelineKind.None;
        }

        if (!match.Success || !TryRender(match, out iso))
        {
            iso = null;
            return DatelineKind.None;
        }

        var rest = line.AsSpan(match.Length).Trim(" |-–—·•");
        if (rest.IsEmpty)
        {
            return DatelineKind.Pure;
        }

        // A teaser glued to the date is a listing entry; without a clock time or weekday the date may be the first
        // words of a sentence, so it is no date line at all.
        var hasClock = match.Groups["h"].Success || match.Groups["h0"].Success;
        if ((hasClock || match.Groups["wd"].Success) && char.IsLetter(rest[0]))
        {
            return DatelineKind.Glued;
        }

        iso = null;
        return DatelineKind.None;
    }

    private static char FirstDigit(string line)
    {
        // Date lines open with at most a short label ("Cập nhật:", "Thứ Năm, ngày"): look for a digit early on.
        var limit = Math.Min(line.Length, 40);
        for (var i = 0; i < limit; i++)
        {
            if (char.IsAsciiDigit(line[i]))
            {
                return line[i];
            }
        }

        return ' ';
    }

    private static bool TryRender(Match match, out string? iso)
    {
        iso = null;
        int year, month, day;
        if (match.Groups["y"].Success)
        {
            year = Int(match.Groups["y"].Value);
            month = Int(match.Groups["mo"].Value);
            day = Int(match.Groups["d"].Value);
        }
        else
        {
            year = Int(match.Groups["y2"].Value);
            month = Int(match.Groups["mo2"].Value);
            day = Int(match.Groups["d2"].Value);
        }

        if (year < 1900 || !PartialDate.TryCreate(year, month, day, out var point))
        {
            return false;
        }

        var date = point.ToIso();
        var hourGroup = match.Groups["h"].Success ? match.Groups["h"] : match.Groups["h0"];
        var minuteGroup = match.Groups["h"].Success ? match.Groups["mi"] : match.Groups["mi0"];
        if (!hourGroup.Success)
        {
            iso = date;
            return true;
        }

        var hour = Int(hourGroup.Value);
        var minute = Int(minuteGroup.Value);
        var meridiem = (match.Groups["h"].Success ? match.Groups["ap"] : match.Groups["ap0"]).Value.ToUpperInvariant();
        // Many Vietnamese sites print a 24-hour clock and append "PM" anyway ("17:06 PM"); only a 12-hour reading
        // of an hour below 13 needs shifting.
        if (meridiem is "PM" or "CH" && hour is >= 1 and < 12)
        {
            hour += 12;
        }
        else if (meridiem is "AM" or "SA" && hour == 12)
        {
            hour = 0;
        }

        if (hour > 23 || minute > 59)
        {
            iso = date;
            return true;
        }

        iso = string.Create(CultureInfo.InvariantCulture, $"{date}T{hour:D2}:{minute:D2}");
        return true;
    }

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(
        """
        ^(?:(?:cập\s+nhật|ngày\s+đăng|đăng\s+ngày|đăng\s+lúc|đăng\s+tải|thời\s+gian|xuất\s+bản|published|updated|posted|gửi|đăng)\s*(?:lúc|ngày)?\s*:?\s*)?
        (?<wd>(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s+nhật|CN|T[2-7])\s*[,\-–]?\s*)?
        (?:(?<h0>[0-9]{1,2})[:h](?<mi0>[0-9]{2})(?::[0-9]{2})?\s*(?:(?<ap0>AM|PM|SA|CH)\b)?\s*(?:[|,\-–]\s*)?)?
        (?:ngày\s+)?
        (?:(?<d>[0-9]{1,2})\s*[/.\-]\s*(?<mo>[0-9]{1,2})\s*[/.\-]\s*(?<y>[0-9]{4})|(?<y2>[0-9]{4})-(?<mo2>[0-9]{2})-(?<d2>[0-9]{2})
          |(?<d>[0-9]{1,2})\s+tháng\s+(?<mo>[0-9]{1,2})(?:\s*,\s*|\s+năm\s+|\s+)(?<y>[0-9]{4}))
        (?:\s*(?:[|,\-–]|\s)\s*(?:lúc\s*)?(?<h>[0-9]{1,2})\s*[:h]\s*(?<mi>[0-9]{2})(?::[0-9]{2})?)?
        (?:\s*(?<ap>AM|PM|SA|CH)\b)?
        (?:\s*\(?\s*(?:GMT|UTC)\s*[+\-]\s*[0-9]{1,2}(?::?[0-9]{2})?\s*\)?)?
        """,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace,
        matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex Pattern();
}
