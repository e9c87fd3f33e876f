using System.Globalization;

namespace HopTac.Core.Knowledge;

/// <summary>How two dates relate: compatible (one may be a coarser or overlapping form of the other), one day apart, or not.</summary>
internal enum DateRelation
{
    Different,
    OneDayApart,
    Compatible,
}

/// <summary>
/// A date of facts.md as a span of days: <c>2024-10-08</c>, <c>2021-09</c>, <c>2001</c>, yearless <c>--09-12</c> and
/// <c>--09</c>, ranges <c>start/end</c> with open ends. A yearless span is compared by month and day only.
/// Parsing never throws: anything else is <see langword="null"/>.
/// </summary>
internal sealed record IsoDate(DateOnly Start, DateOnly End, bool Yearless, bool DayPrecise)
{
    // Yearless dates live in a leap year so that 29 February exists.
    private const int YearlessYear = 2000;

    /// <summary>The width in days, with yearless dates ranked just after a dated one of the same width.</summary>
    public double Width => End.DayNumber - Start.DayNumber + 1 + (Yearless ? 0.5 : 0);

    public static IsoDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 64)
        {
            return null;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return Point(text.Trim()) is { } p ? new IsoDate(p.Start, p.End, p.Yearless, p.DayPrecise) : null;
        }

        var left = text[..slash].Trim();
        var right = text[(slash + 1)..].Trim();
        var a = left.Length == 0 ? null : Point(left);
        var b = right.Length == 0 ? null : Point(right);
        if ((left.Length > 0 && a is null) || (right.Length > 0 && b is null) || (a is null && b is null))
        {
            return null;
        }

        var yearless = (a?.Yearless ?? b!.Yearless) || (b?.Yearless ?? false);
        if (yearless && ((a is not null && !a.Yearless) || (b is not null && !b.Yearless)))
        {
            // A range mixing dated and yearless ends: keep the dated end's year for both.
            return Parse(a is { Yearless: false } ? left : right);
        }

        var start = a?.Start ?? (yearless ? new DateOnly(YearlessYear, 1, 1) : DateOnly.MinValue);
        var end = b?.End ?? (yearless ? new DateOnly(YearlessYear, 12, 31) : DateOnly.MaxValue);
        if (end < start)
        {
            // A yearless range across New Year ("--12-30/--01-02"), or a reversed one: keep what is certain.
            return yearless ? new IsoDate(new DateOnly(YearlessYear, 1, 1), new DateOnly(YearlessYear, 12, 31), true, false) : null;
        }

        return new IsoDate(start, end, yearless, false);
    }

    /// <summary>How two dates relate; a yearless date is compared with the month and day of the other.</summary>
    public static DateRelation Relate(IsoDate a, IsoDate b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!a.Yearless && !b.Yearless)
        {
            return Relate(a.Start, a.End, b.Start, b.End, a.DayPrecise && b.DayPrecise);
        }

        var (x0, x1) = a.Yearless ? (a.Start, a.End) : ToYearless(a);
        var (y0, y1) = b.Yearless ? (b.Start, b.End) : ToYearless(b);
        return Relate(x0, x1, y0, y1, a.DayPrecise && b.DayPrecise);
    }

    public static DateRelation Relate(string? a, string? b) =>
        Parse(a) is { } x && Parse(b) is { } y ? Relate(x, y) : DateRelation.Different;

    /// <summary>A yearless form of this dated span: a span of a year or more covers every day.</summary>
    private static (DateOnly, DateOnly) ToYearless(IsoDate d)
    {
        var all = (new DateOnly(YearlessYear, 1, 1), new DateOnly(YearlessYear, 12, 31));
        if (d.End.DayNumber - d.Start.DayNumber >= 365 || d.Start.Year != d.End.Year)
        {
            return all;
        }

        return (Yearless(d.Start), Yearless(d.End));

        static DateOnly Yearless(DateOnly x) => new(YearlessYear, x.Month, Math.Min(x.Day, DateTime.DaysInMonth(YearlessYear, x.Month)));
    }

    private static DateRelation Relate(DateOnly a0, DateOnly a1, DateOnly b0, DateOnly b1, bool bothDays)
    {
        if (a0 <= b1 && b0 <= a1)
        {
            return DateRelation.Compatible;
        }

        var gap = a1 < b0 ? (long)b0.DayNumber - a1.DayNumber : (long)a0.DayNumber - b1.DayNumber;
        return bothDays && gap == 1 ? DateRelation.OneDayApart : DateRelation.Different;
    }

    private static IsoDate? Point(string text)
    {
        var t = text.Length > 10 && text[10] == 'T' ? text[..10] : text;
        if (t.StartsWith("--", StringComparison.Ordinal))
        {
            var rest = t[2..];
            if (rest.Length == 2 && Int(rest) is { } month && month is >= 1 and <= 12)
            {
                var start = new DateOnly(YearlessYear, month, 1);
                return new IsoDate(start, start.AddMonths(1).AddDays(-1), true, false);
            }

            if (rest.Length == 5 && rest[2] == '-' && Int(rest[..2]) is { } m && Int(rest[3..]) is { } d
                && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(YearlessYear, m))
            {
                var day = new DateOnly(YearlessYear, m, d);
                return new IsoDate(day, day, true, true);
            }

            return null;
        }

        if (t.Length < 4 || Int(t[..4]) is not { } year || year < 1)
        {
            return null;
        }

        if (t.Length == 4)
        {
            return new IsoDate(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), false, false);
        }

        if (t.Length == 7 && t[4] == '-' && Int(t[5..]) is { } mm && mm is >= 1 and <= 12)
        {
            var start = new DateOnly(year, mm, 1);
            return new IsoDate(start, start.AddMonths(1).AddDays(-1), false, false);
        }

        if (t.Length == 10 && t[4] == '-' && t[7] == '-'
            && DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new IsoDate(date, date, false, true);
        }

        return null;
    }

    private static int? Int(string s) =>
        s.Length > 0 && s.All(char.IsAsciiDigit) && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
}
