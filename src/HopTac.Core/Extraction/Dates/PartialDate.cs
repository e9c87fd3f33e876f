using System.Globalization;

namespace HopTac.Core.Extraction.Dates;

/// <summary>
/// The one date value of the product, as facts.md writes it: a point known to some precision (a year, a month of a
/// year, a day of a month; the year possibly unknown, "--09-12", "--09") or a range of two such points
/// ("2024-08-07/2024-08-10", "2021/2025") whose start or end may be open ("/2030"). Valid by construction: no day 32,
/// no month 13, no 30 February; a range's two ends both have a year or both lack it, and a dated range never runs
/// backwards (a yearless one may cross New Year: "--12-29/--01-02"). <see cref="TryParse"/> reads exactly what
/// <see cref="ToIso"/> writes. Dates compare by the days they cover (<see cref="Relate"/>), a yearless date by month
/// and day alone. <c>default</c> is no date: use <see cref="Nullable{T}"/> for "no date".
/// </summary>
public readonly record struct PartialDate
{
    /// <summary>Years a news text plausibly names (<see cref="TryCreate"/>); stored dates may be any four-digit year.</summary>
    public const int MinYear = 1800;
    public const int MaxYear = 2200;

    // Yearless dates are laid out in a leap year so that 29 February exists.
    private const int YearlessYear = 2000;
    private const int MaxText = 32;

    private readonly Point? start;
    private readonly Point? end;

    private PartialDate(Point? start, Point? end, bool isRange)
    {
        this.start = start;
        this.end = end;
        IsRange = isRange;
    }

    /// <summary>Whether this is a range ("A/B", "/B", "A/"), not a point.</summary>
    public bool IsRange { get; }

    /// <summary>A point's year; null when unknown, and for a range (see <see cref="Start"/> and <see cref="End"/>).</summary>
    public int? Year => IsRange ? null : end?.Year;

    /// <summary>A point's month; null when not given, and for a range.</summary>
    public int? Month => IsRange ? null : end?.Month;

    /// <summary>A point's day; null when not given, and for a range.</summary>
    public int? Day => IsRange ? null : end?.Day;

    /// <summary>A range's start as a point (null when open); a point's is itself.</summary>
    public PartialDate? Start => IsRange ? (start is { } s ? new PartialDate(null, s, false) : null) : this;

    /// <summary>A range's end as a point (null when open); a point's is itself.</summary>
    public PartialDate? End => IsRange ? (end is { } e ? new PartialDate(null, e, false) : null) : this;

    /// <summary>Whether every end given names its year: "2024-05-23", "/2030" do; "--05-23" does not.</summary>
    public bool HasYear => start?.Year is not null || end?.Year is not null;

    /// <summary>A single day: the only precision at which two dates can be one day apart.</summary>
    public bool DayPrecise => !IsRange && end?.Day is not null;

    /// <summary>
    /// A point no finer than a year alone or a month without its year ("2019", "--09"): a date that says when only
    /// vaguely, which a day or a month of a known year in the same clause replaces.
    /// </summary>
    public bool Coarse => !IsRange && end is { Day: null } p && (p.Month is null || p.Year is null);

    /// <summary>
    /// The day after a single day ("ngày hôm sau" after "chiều 2/11" is 3/11); null for anything coarser or a range.
    /// A yearless day is counted in a common year: 28 February is followed by 1 March, as in three years of four.
    /// </summary>
    public PartialDate? NextDay() => AddDays(1);

    /// <summary>
    /// The single day <paramref name="days"/> from this one ("hôm qua" is -1 from the day the text calls "hôm nay");
    /// null for anything coarser or a range. A yearless day is counted in a common year, as <see cref="NextDay"/>.
    /// </summary>
    public PartialDate? AddDays(int days)
    {
        if (!DayPrecise || end is not { Month: { } month, Day: { } day } p)
        {
            return null;
        }

        var moved = new DateOnly(p.Year ?? 2001, month, Math.Min(day, DateTime.DaysInMonth(p.Year ?? 2001, month))).AddDays(days);
        return TryCreate(p.Year is null ? null : moved.Year, moved.Month, moved.Day, out var date) ? date : null;
    }

    /// <summary>How many days the date covers; a yearless date ranks just after a dated one of the same width.</summary>
    public double Width => Segments().Sum(s => s.Last.DayNumber - (double)s.First.DayNumber + 1) + (HasYear ? 0 : 0.5);

    /// <summary>The first day of a dated date; null for a yearless date or an open start.</summary>
    public DateOnly? FirstDay => HasYear && (IsRange ? start : end) is { } p ? First(p) : null;

    /// <summary>The last day of a dated date; null for a yearless date or an open end.</summary>
    public DateOnly? LastDay => HasYear && end is { } p ? Last(p) : null;

    /// <summary>The one year every day of a dated date lies in ("2021-10/2021-12" is 2021); null otherwise.</summary>
    public int? SingleYear => FirstDay is { } first && LastDay is { } last && first.Year == last.Year ? first.Year : null;

    /// <summary>
    /// A point at the precision given, checked: a year between <see cref="MinYear"/> and <see cref="MaxYear"/>, a
    /// month, a day of that month (29 February only in a leap year or without a year), a day only with its month,
    /// and a year or a month at least.
    /// </summary>
    public static bool TryCreate(int? year, int? month, int? day, out PartialDate date)
    {
        date = default;
        if (year is { } y && y is < MinYear or > MaxYear)
        {
            return false;
        }

        if (!Valid(year, month, day))
        {
            return false;
        }

        date = new PartialDate(null, new Point(year, month, day), false);
        return true;
    }

    /// <summary>
    /// A range of two points (either may be null for an open end, not both). Null where the ends are not points, one
    /// has a year and the other not, or a dated range would end before it starts.
    /// </summary>
    public static PartialDate? Range(PartialDate? from, PartialDate? to)
    {
        if (from is { IsRange: true } || to is { IsRange: true } || (from is null && to is null))
        {
            return null;
        }

        var a = from?.end;
        var b = to?.end;
        if (a is { } x && b is { } y && ((x.Year is null) != (y.Year is null) || (x.Year is not null && First(x) > Last(y))))
        {
            return null;
        }

        return new PartialDate(a, b, true);
    }

    /// <summary>
    /// Reads the ISO forms of facts.md: <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c>, <c>--MM</c>, <c>--MM-DD</c> and
    /// ranges <c>A/B</c>, <c>/B</c>, <c>A/</c> of them. Surrounding spaces aside, nothing else; never throws.
    /// </summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        var t = text.AsSpan().Trim();
        if (t.IsEmpty || t.Length > MaxText)
        {
            return false;
        }

        var slash = t.IndexOf('/');
        if (slash < 0)
        {
            if (ParsePoint(t) is not { } p)
            {
                return false;
            }

            date = new PartialDate(null, p, false);
            return true;
        }

        var left = t[..slash];
        var right = t[(slash + 1)..];
        PartialDate? a = null;
        PartialDate? b = null;
        if ((left.Length > 0 && (a = Wrap(ParsePoint(left))) is null) || (right.Length > 0 && (b = Wrap(ParsePoint(right))) is null))
        {
            return false;
        }

        if (Range(a, b) is not { } range)
        {
            return false;
        }

        date = range;
        return true;

        static PartialDate? Wrap(Point? p) => p is { } x ? new PartialDate(null, x, false) : null;
    }

    /// <summary>The date <paramref name="text"/> writes in an ISO form of facts.md, or null (see <see cref="TryParse"/>).</summary>
    public static PartialDate? Parse(string? text) => TryParse(text, out var date) ? date : null;

    /// <summary>The day of a page's publication timestamp ("2024-10-08T17:06" is 2024-10-08), or its date as given.</summary>
    public static PartialDate? DayOf(string? timestamp) =>
        timestamp is { Length: > 10 } t && t[10] == 'T' ? Parse(t[..10]) : Parse(timestamp);

    /// <summary>
    /// How two dates relate: compatible when some day may be both (a coarser date fits a finer one; a yearless date is
    /// compared with the month and day of the other, and any dated span of a year or more fits it), one day apart when
    /// both are single days, else different. Symmetric.
    /// </summary>
    public static DateRelation Relate(PartialDate a, PartialDate b)
    {
        var (x, y) = a.HasYear && b.HasYear ? (a.Segments(), b.Segments()) : (a.MonthDays(), b.MonthDays());
        if (x.Any(s => y.Any(t => s.First <= t.Last && t.First <= s.Last)))
        {
            return DateRelation.Compatible;
        }

        var gap = x.SelectMany(_ => y, (s, t) => s.Last < t.First ? t.First.DayNumber - s.Last.DayNumber : s.First.DayNumber - t.Last.DayNumber).Min();
        return a.DayPrecise && b.DayPrecise && gap == 1 ? DateRelation.OneDayApart : DateRelation.Different;
    }

    /// <summary>Whether the two ISO dates are compatible (<see cref="Relate"/>); false where either is no date.</summary>
    public static bool Compatible(string? a, string? b) =>
        Parse(a) is { } x && Parse(b) is { } y && Relate(x, y) == DateRelation.Compatible;

    /// <summary>
    /// Whether every day this date may be lies within <paramref name="outer"/>: "2024-08-07" within "2024-08" and
    /// "2024"; yearless dates only within yearless ones, dated within dated.
    /// </summary>
    public bool Within(PartialDate outer)
    {
        if (HasYear != outer.HasYear)
        {
            return false;
        }

        var mine = HasYear ? Segments() : MonthDays();
        var theirs = HasYear ? outer.Segments() : outer.MonthDays();
        return mine.All(s => theirs.Any(t => t.First <= s.First && s.Last <= t.Last));
    }

    /// <summary>Whether the ISO date <paramref name="inner"/> lies within <paramref name="outer"/> (see <see cref="Within(PartialDate)"/>).</summary>
    public static bool Within(string? inner, string? outer) => Parse(inner) is { } i && Parse(outer) is { } o && i.Within(o);

    /// <summary>Whether <paramref name="finer"/> says more than <paramref name="coarser"/> and fits inside it (ISO texts).</summary>
    public static bool Refines(string? finer, string? coarser) =>
        Parse(finer) is { } f && Parse(coarser) is { } c && f.Width < c.Width && f.Within(c);

    /// <summary>
    /// Where a date falls for a filter from <paramref name="from"/> to <paramref name="to"/> (inclusive; either may be
    /// null): <see cref="DatePlacement.Inside"/> when dated and overlapping, <see cref="DatePlacement.YearUnknown"/>
    /// when no year is known (no date, or a yearless one whose month and day may fall in the window), else outside.
    /// Without a window every dated date is inside.
    /// </summary>
    public static DatePlacement Place(PartialDate? date, PartialDate? from, PartialDate? to)
    {
        if (date is not { } d || d == default)
        {
            return DatePlacement.YearUnknown;
        }

        if (from is null && to is null)
        {
            return d.HasYear ? DatePlacement.Inside : DatePlacement.YearUnknown;
        }

        if (Range(from?.Start, to?.End) is not { } window)
        {
            return DatePlacement.Outside;
        }

        return Relate(d, window) != DateRelation.Compatible ? DatePlacement.Outside
            : d.HasYear ? DatePlacement.Inside
            : DatePlacement.YearUnknown;
    }

    /// <summary>
    /// The year that puts this yearless point nearest a page dated <paramref name="page"/> (the year before, of, or
    /// after it); a later date is weighed as three times further away, since news mostly reports what happened.
    /// <paramref name="past"/> ("vừa qua") or <paramref name="future"/> ("tới") rule out the other side, except that a
    /// month alone may be the page's own month. Null where no year fits (29 February).
    /// </summary>
    public int? YearNear(DateOnly page, bool past, bool future)
    {
        int? best = null;
        var bestCost = double.MaxValue;
        for (var y = page.Year - 1; y <= page.Year + 1; y++)
        {
            if (Month == 2 && Day == 29 && !DateTime.IsLeapYear(y))
            {
                continue;
            }

            var days = Anchor(y).DayNumber - page.DayNumber;
            var sameMonth = Day is null && Month == page.Month && y == page.Year;
            if ((past && days > 0 && !sameMonth) || (future && days < 0 && !sameMonth))
            {
                continue;
            }

            double cost = sameMonth ? 0 : days < 0 ? -days : days * 3.0;
            if (cost < bestCost)
            {
                bestCost = cost;
                best = y;
            }
        }

        return best;
    }

    /// <summary>
    /// This date with <paramref name="year"/> for every end that lacks one; a range's end that comes before its start
    /// in the calendar falls in the next year. 29 February in a common year keeps only its month ("2023-02"): that year
    /// has no such day, and the 28th would be a day no page wrote and no longer compatible with the yearless date.
    /// </summary>
    public PartialDate WithYear(int year)
    {
        if (!IsRange)
        {
            return end is { } p ? new PartialDate(null, Dated(p, year), false) : this;
        }

        var s = start is { Year: null } a ? Dated(a, year) : start;
        // An end that comes before the start in the calendar ("--12-20/--01-05", "--11-16/--11-01") is in the next year.
        var e = end is { Year: null } b ? Dated(b, start is { } f && EndsEarlier(f, b) ? year + 1 : year) : end;
        return new PartialDate(s, e, true);
    }

    private static bool EndsEarlier(Point start, Point end) =>
        end.Month < start.Month || (end.Month == start.Month && end.Day is { } e && start.Day is { } s && e < s);

    /// <summary>A representative day of a point in <paramref name="year"/>: the middle of a month when no day is known.</summary>
    public DateOnly Anchor(int year)
    {
        var month = Month ?? 7;
        return new DateOnly(year, month, Math.Min(Day ?? 15, DateTime.DaysInMonth(year, month)));
    }

    /// <summary>The ISO form of facts.md: "2024-10-08", "2021-09", "2001", "--09-12", "--09", "A/B", "/2030".</summary>
    public string ToIso() => IsRange ? Iso(start) + "/" + Iso(end) : Iso(end);

    public override string ToString() => ToIso();

    private static string Iso(Point? point)
    {
        if (point is not { } p)
        {
            return string.Empty;
        }

        var inv = CultureInfo.InvariantCulture;
        var year = p.Year is { } y ? y.ToString("D4", inv) : "-";
        if (p.Month is not { } m)
        {
            return year;
        }

        var text = year + "-" + m.ToString("D2", inv);
        return p.Day is { } d ? text + "-" + d.ToString("D2", inv) : text;
    }

    private static bool Valid(int? year, int? month, int? day)
    {
        if ((year is { } y && y is < 1 or > 9999) || (month is { } m && m is < 1 or > 12) || (year is null && month is null))
        {
            return false;
        }

        // A day needs its month; without a year, 29 February is allowed (some year has it).
        return day is not { } d || (month is { } mm && d >= 1 && d <= DateTime.DaysInMonth(year ?? YearlessYear, mm));
    }

    private static Point? ParsePoint(ReadOnlySpan<char> t)
    {
        int? year = null;
        if (t.StartsWith("--"))
        {
            t = t[2..];
        }
        else if (t.Length >= 4 && Digits(t[..4]) is { } y && (t.Length == 4 || t[4] == '-'))
        {
            year = y;
            t = t.Length == 4 ? [] : t[5..];
            if (t.IsEmpty)
            {
                return Valid(year, null, null) ? new Point(year, null, null) : null;
            }
        }
        else
        {
            return null;
        }

        if (t.Length is not (2 or 5) || Digits(t[..2]) is not { } month)
        {
            return null;
        }

        int? day = null;
        if (t.Length == 5 && (t[2] != '-' || (day = Digits(t[3..])) is null))
        {
            return null;
        }

        return Valid(year, month, day) ? new Point(year, month, day) : null;
    }

    private static int? Digits(ReadOnlySpan<char> s)
    {
        var value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return null;
            }

            value = (value * 10) + (c - '0');
        }

        return s.IsEmpty ? null : value;
    }

    private static Point Dated(Point p, int year) =>
        p.Month == 2 && p.Day == 29 && !DateTime.IsLeapYear(year) ? new Point(year, 2, null) : p with { Year = year };

    private static DateOnly First(Point p) => new(p.Year ?? YearlessYear, p.Month ?? 1, p.Day ?? 1);

    private static DateOnly Last(Point p)
    {
        var year = p.Year ?? YearlessYear;
        var month = p.Month ?? 12;
        return new DateOnly(year, month, p.Day ?? DateTime.DaysInMonth(year, month));
    }

    // The days covered, open ends reaching to the ends of the calendar; a yearless range across New Year is two spans.
    private List<(DateOnly First, DateOnly Last)> Segments()
    {
        if (!IsRange)
        {
            return end is { } p ? [(First(p), Last(p))] : [];
        }

        var lo = HasYear ? DateOnly.MinValue : new DateOnly(YearlessYear, 1, 1);
        var hi = HasYear ? DateOnly.MaxValue : new DateOnly(YearlessYear, 12, 31);
        var a = start is { } s ? First(s) : lo;
        var b = end is { } e ? Last(e) : hi;
        return a <= b ? [(a, b)] : [(lo, b), (a, hi)];
    }

    // The days covered as month and day in the yearless calendar: a dated span of a year or more, or one across New
    // Year, may be any day.
    private List<(DateOnly First, DateOnly Last)> MonthDays()
    {
        var all = (new DateOnly(YearlessYear, 1, 1), new DateOnly(YearlessYear, 12, 31));
        if (!HasYear)
        {
            return IsRange && (start is null || end is null) ? [all] : Segments();
        }

        if (FirstDay is not { } first || LastDay is not { } last || last.DayNumber - first.DayNumber >= 365 || first.Year != last.Year)
        {
            return [all];
        }

        // A month or year ends on its last day in every year: "2023-02" covers the 29th of a yearless February too.
        var lastDay = end is { Day: null } ? new DateOnly(YearlessYear, last.Month, DateTime.DaysInMonth(YearlessYear, last.Month)) : ToYearless(last);
        return [(ToYearless(first), lastDay)];

        static DateOnly ToYearless(DateOnly x) => new(YearlessYear, x.Month, x.Day);
    }

    private readonly record struct Point(int? Year, int? Month, int? Day);
}
