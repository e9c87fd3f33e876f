using System.Globalization;

namespace HopTac.Core.Extraction.Dates;

/// <summary>
/// A calendar point known to some precision: a year, a month of a year, a day of a month, with the year possibly
/// unknown ("--09-12"). Valid by construction through <see cref="TryCreate"/>: no day 32, no month 13, no 30 February.
/// </summary>
internal readonly record struct PartialDate(int? Year, int? Month, int? Day)
{
    public const int MinYear = 1800;
    public const int MaxYear = 2200;

    public static bool TryCreate(int? year, int? month, int? day, out PartialDate date)
    {
        date = default;
        if (year is { } y && y is < MinYear or > MaxYear)
        {
            return false;
        }

        if (month is { } m && m is < 1 or > 12)
        {
            return false;
        }

        if (day is { } d)
        {
            // A day needs its month; without a year, 29 February is allowed (some year has it).
            if (month is null || d < 1 || d > DateTime.DaysInMonth(year ?? 2000, month.Value))
            {
                return false;
            }
        }

        if (year is null && month is null)
        {
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    public PartialDate WithYear(int year) => this with { Year = year };

    /// <summary>A representative day for comparisons (the middle of a month when no day is known).</summary>
    public DateOnly Anchor(int year) => new(year, Month ?? 7, Math.Min(Day ?? 15, DateTime.DaysInMonth(year, Month ?? 7)));

    public string ToIso()
    {
        var inv = CultureInfo.InvariantCulture;
        var year = Year is { } y ? y.ToString("D4", inv) : "-";
        if (Month is not { } m)
        {
            return year;
        }

        var text = year + "-" + m.ToString("D2", inv);
        return Day is { } d ? text + "-" + d.ToString("D2", inv) : text;
    }
}
