using System.Globalization;
using HopTac.Core.Extraction.Dates;

namespace HopTac.Web.Rendering;

/// <summary>
/// Dates as the page's reader writes them, in the UI's language: a full day as dd/MM/yyyy ("08/10/2024"), partial
/// dates in words ("tháng 5/2016", "25/5, năm chưa rõ" or "25 May, year unknown", never "--05-25"); an inferred
/// year names the page it came from. Instants are shown in Viet Nam's time (Asia/Ho_Chi_Minh), never as UTC "…Z".
/// </summary>
internal static class ReadableDate
{
    /// <summary>Viet Nam's time zone (UTC+7, no daylight saving): where the readers and the newsrooms are.</summary>
    public static readonly TimeZoneInfo VietNam = FindVietNam();

    private static bool Vietnamese => DateWording.IsVietnamese(CultureInfo.CurrentUICulture);

    /// <summary>A fact's ISO date ("2024-10-08", "2016-05", "--05-25"); "—" when there is none.</summary>
    public static string Of(string? iso, string? yearFrom = null)
    {
        if (iso is null)
        {
            return "—";
        }

        if (PartialDate.Parse(iso) is { IsRange: false, HasYear: true, Year: { } y, Month: { } m, Day: { } d })
        {
            var day = new DateOnly(y, m, d).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            return string.IsNullOrWhiteSpace(yearFrom) ? day : DateWording.Write(iso, Vietnamese, yearFrom).Replace(DateWording.Write(iso, Vietnamese), day, StringComparison.Ordinal);
        }

        return DateWording.Write(iso, Vietnamese, yearFrom);
    }

    /// <summary>
    /// A page's publication stamp as stored ("2024-10-08", "2024-10-08T17:06", "2024-10-08T10:06:00Z"): the day as
    /// dd/MM/yyyy, the time when known, converted to Viet Nam's time when the stamp carries an offset; "—" when none.
    /// </summary>
    public static string Published(string? stamp)
    {
        if (string.IsNullOrWhiteSpace(stamp))
        {
            return "—";
        }

        if (stamp.Length > 10 && stamp[10] == 'T')
        {
            var hasOffset = stamp.EndsWith('Z') || stamp.LastIndexOfAny(['+', '-']) > 10;
            if (hasOffset && DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
            {
                return Instant(instant);
            }

            if (DateTime.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                return local.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
            }
        }

        return Of(stamp);
    }

    /// <summary>An instant (audit entry, revision, token use) in Viet Nam's time: "08/10/2024 17:06".</summary>
    public static string Instant(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, VietNam).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>An optional instant; "—" when there is none.</summary>
    public static string Instant(DateTimeOffset? instant) => instant is { } i ? Instant(i) : "—";

    // The IANA name is on every Linux and on Windows with ICU; a fixed UTC+7 is the same clock (no daylight saving since 1975).
    private static TimeZoneInfo FindVietNam()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Ho_Chi_Minh", TimeSpan.FromHours(7), "Viet Nam", "Viet Nam");
        }
    }
}
