using System.Globalization;
using System.Text.RegularExpressions;
using HopTac.Core.Text;

namespace HopTac.Core.Extraction.Dates;

/// <summary>
/// Finds Vietnamese date expressions in a sentence and writes them as ISO 8601 at the precision given.
/// Forms: "08/10/2024", "1.1.2016", "12/9", "24-2", "ngày 5 tháng 3 năm 2024", "tháng 5/2019", "tháng 5 vừa qua",
/// "tháng Ba", "năm 2001", "quý I/2024", ranges ("từ ngày 07/8/2024 đến 10/8/2024", "29/11-2/12", "25-28/9",
/// "giai đoạn 2021-2025", "từ 5 đến 6-2"), open ends ("đến năm 2030" is "/2030") and, given the page's date, "hôm nay",
/// "chiều qua", "năm ngoái". A missing year is taken from <see cref="DateContext.NearbyYear"/>, else from
/// <see cref="DateContext.PageDate"/> (the year that puts the date nearest the page date, later dates weighed as
/// less likely, "vừa qua"/"tới" respected), else from the one year the text itself names (birth years aside);
/// otherwise the date stays "--MM-DD" / "--MM". <see cref="DateMention.YearInferred"/> marks a borrowed year.
/// </summary>
public static partial class DateFinder
{
    /// <summary>Longer texts are cut: dates are looked for in sentences and paragraphs, not whole books.</summary>
    public const int MaxTextLength = 20_000;

    private enum Lean
    {
        None,
        Past,
        Future,

        /// <summary>"tháng 11 năm ngoái" on a page of unknown date: the year is told relative to a day nobody knows.</summary>
        Anchored,
    }

    private sealed record Candidate(int Start, int End, PartialDate? From, PartialDate To, bool IsRange, Lean Lean, bool Inferred);

    /// <summary>All dates in <paramref name="text"/>, left to right. Never throws; nonsense gives nothing.</summary>
    public static IReadOnlyList<DateMention> FindAll(string text, DateContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var scanned = text.Length > MaxTextLength ? text[..MaxTextLength] : text;
        try
        {
            return Resolve(Collect(scanned, context), context);
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }
    }

    /// <summary>
    /// The one year <paramref name="text"/> names (in a full date, a month of a year, "năm 2016", a range), or null
    /// when it names none or several: what a caller passes as <see cref="DateContext.NearbyYear"/> for the
    /// sentences of a paragraph.
    /// </summary>
    public static int? NamedYear(string text) => OneYear(text, frameOnly: false);

    /// <summary>
    /// The one year <paramref name="text"/> sets as the time of its story, which the next sentence's yearless dates
    /// may take (<see cref="NamedYear"/> less two kinds of year that set no time for what follows). A bare year right
    /// after a noun modifies it ("cuộc bầu cử tổng thống Mỹ năm 2016", "bị loại khỏi nhóm năm 2014"); one that opens
    /// the sentence ("Năm 2016, ...") or that a time preposition introduces ("trong năm 2018", "hồi đầu năm 2016") is
    /// the sentence's time adverbial and frames what follows.
    /// A date after "từ", "kể từ", "từ khi" starts a duration running up to the story ("hoạt động từ tháng 5/2017", "từ
    /// khi giải phóng ... vào 7/1/1979"), not the story's time (grammar: the adverbial belongs to its own clause).
    /// </summary>
    public static int? FrameYear(string text) => OneYear(text, frameOnly: true);

    private static int? OneYear(string text, bool frameOnly)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scanned = text.Length > MaxTextLength ? text[..MaxTextLength] : text;
        try
        {
            // An open end ("đến năm 2050", "tầm nhìn 2030") bounds a plan: its year is no event's, and lending it to
            // "hôm 25/10" of the same sentence would date a speech in 2050.
            var years = Collect(scanned, DateContext.None)
                .Where(c => !c.IsRange || c.From is not null)
                .Where(c => !frameOnly || c.IsRange || ((c.To.Month is not null || SentenceOpening().IsMatch(scanned.AsSpan(0, c.Start)))
                    && !SinceClause().IsMatch(scanned.AsSpan(0, c.Start))))
                .SelectMany(c => new[] { c.From?.Year, c.To.Year })
                .OfType<int>()
                .Distinct()
                .ToList();
            return years.Count == 1 ? years[0] : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static List<Candidate> Collect(string text, DateContext context)
    {
        var found = new List<Candidate>();

        void Add(Candidate candidate)
        {
            if (!found.Any(f => f.Start < candidate.End && candidate.Start < f.End))
            {
                found.Add(candidate);
            }
        }

        foreach (Match m in PointRange().Matches(text))
        {
            var sep1 = m.Groups["s1"].Value;
            var sep2 = m.Groups["s2"].Value;
            var dashJoin = m.Groups["join"].Value.Trim() is "-" or "–" or "—";
            // "24-2-26-2" cannot be read; a dotted day without its year is a decimal ("1.7"), not a date.
            if ((dashJoin && (sep1 == "-" || sep2 == "-"))
                || (sep1 == "." && !m.Groups["y1"].Success) || (sep2 == "." && !m.Groups["y2"].Success))
            {
                continue;
            }

            if (Point(m, "1") is { } a && Point(m, "2") is { } b)
            {
                Add(new Candidate(m.Index, m.Index + m.Length, a, b, true, Lean.None, false));
            }
        }

        foreach (Match m in DayRange().Matches(text))
        {
            AddDaySpan(m);
        }

        // "trong hai ngày 16 và 17/1", "vào ngày 27 và 28-2": two consecutive days joined by "và" are the span of one
        // occasion, as "từ 16 đến 17/1" is (corpus: 11 such in folders 000-029); "các ngày 3 và 28/7" (not consecutive)
        // are two separate days and stay the second one's.
        foreach (Match m in ConsecutiveDays().Matches(text))
        {
            var year = Int(m.Groups["y"]);
            var month = Int(m.Groups["m"]);
            if (Int(m.Groups["d1"]) is { } d1 && Int(m.Groups["d2"]) is { } d2 && d2 == d1 + 1
                && PartialDate.TryCreate(year, month, d1, out var a) && PartialDate.TryCreate(year, month, d2, out var b))
            {
                var start = m.Groups["d1"].Index;
                Add(new Candidate(start, m.Index + m.Length, a, b, true, Lean.None, false));
            }
        }

        // "trong hai ngày 22/6 và 23/6", "ngày 30/9 và 1/10": the same span with each day's month written out (27 such
        // pairs of consecutive days in study folders 300-349 and 500-649); the month may turn between the two days.
        // Days further apart ("ngày 4/5 và 9/5") are two occasions and stay two dates.
        foreach (Match m in ConsecutiveDayMonths().Matches(text))
        {
            var year = Int(m.Groups["y"]);
            if (PartialDate.TryCreate(year, Int(m.Groups["m1"]), Int(m.Groups["d1"]), out var a)
                && PartialDate.TryCreate(year, Int(m.Groups["m2"]), Int(m.Groups["d2"]), out var b)
                && a.NextDay() is { } next && string.Equals(next.ToIso(), b.ToIso(), StringComparison.Ordinal))
            {
                var start = m.Groups["d1"].Index;
                Add(new Candidate(start, m.Index + m.Length, a, b, true, Lean.None, false));
            }
        }

        // "từ 5 đến 6-2": a day range whose month is joined by a dash; the "từ ... đến" frame makes it a date, not a count.
        foreach (Match m in DashDayRange().Matches(text))
        {
            AddDaySpan(m);
        }

        // "từ ngày 9-12 tháng 9": two days joined by a dash before "tháng M" are a span of that month (the month named
        // in words after its days, as in "ngày 9 tháng 9"), not the day 9 of December (17 such in vietnews-train).
        foreach (Match m in DaysOfNamedMonth().Matches(text))
        {
            AddDaySpan(m);
        }

        foreach (Match m in YearRange().Matches(text))
        {
            if (Int(m.Groups["y1"]) is { } y1 && Int(m.Groups["y2"]) is { } y2 && y1 < y2
                && PartialDate.TryCreate(y1, null, null, out var a) && PartialDate.TryCreate(y2, null, null, out var b))
            {
                var start = m.Groups["y1"].Index;
                Add(new Candidate(start, m.Index + m.Length, a, b, true, Lean.None, false));
            }
        }

        foreach (Match m in FullDate().Matches(text))
        {
            AddPoint(m, Int(m.Groups["y"]), Int(m.Groups["m"]), Int(m.Groups["d"]), Lean.None);
        }

        foreach (Match m in WordDate().Matches(text))
        {
            var (wordYear, wordLean) = YearOf(m.Groups["rel"].Value, Int(m.Groups["y"]), context);
            AddPoint(m, wordYear, Int(m.Groups["m"]), Int(m.Groups["d"]), wordLean, inferred: wordYear is not null && !m.Groups["y"].Success);
        }

        foreach (Match m in Quarter().Matches(text))
        {
            var q = m.Groups["q"].Value.ToUpperInvariant() switch
            {
                "I" or "1" => 1,
                "II" or "2" => 2,
                "III" or "3" => 3,
                "IV" or "4" => 4,
                _ => 0,
            };
            var year = Int(m.Groups["y"]);
            if (q > 0 && PartialDate.TryCreate(year, (3 * q) - 2, null, out var a) && PartialDate.TryCreate(year, 3 * q, null, out var b))
            {
                Add(new Candidate(m.Index, m.Index + m.Length, a, b, true, Lean.None, false));
            }
        }

        foreach (Match m in MonthYear().Matches(text))
        {
            AddPoint(m, Int(m.Groups["y"]), Int(m.Groups["m"]), null, Lean.None);
        }

        foreach (Match m in OpenEnd().Matches(text))
        {
            if (PartialDate.TryCreate(Int(m.Groups["y"]), null, null, out var end))
            {
                Add(new Candidate(m.Index, m.Index + m.Length, null, end, true, Lean.None, false));
            }
        }

        foreach (Match m in DayMonth().Matches(text))
        {
            var sep = m.Groups["s"].Value;
            // "từ 3-5 người" is a range of counts, "24/7" a figure of speech; "ngày 3-5" is a date.
            var cue = m.Groups["cue"].Success
                && m.Groups["cue"].Value.Trim().ToLowerInvariant() is not ("từ" or "đến" or "vào");
            if ((sep == "." && !cue) || (!cue && m.Groups["span"].Value == "24/7"))
            {
                continue;
            }

            if (sep == "-" && !cue && !StandsAloneAfter(text, m.Index + m.Length))
            {
                continue;
            }

            var (dayYear, dayLean) = YearOf(m.Groups["rel"].Value, null, context);
            AddPoint(m, dayYear, Int(m.Groups["m"]), Int(m.Groups["d"]), dayLean, inferred: dayYear is not null);
        }

        foreach (Match m in MonthOnly().Matches(text))
        {
            var month = Int(m.Groups["m"]) ?? MonthWord(m.Groups["w"].Value);
            if (month is null)
            {
                continue;
            }

            var rel = m.Groups["rel"].Value;
            var lean = LeanOf(rel);
            if (IsThisYear(rel) && context.PageDate is { } page)
            {
                AddPoint(m, page.Year, month, null, Lean.None, inferred: true);
            }
            else if (IsLastYear(rel) && context.PageDate is { } page2)
            {
                AddPoint(m, page2.Year - 1, month, null, Lean.None, inferred: true);
            }
            else
            {
                AddPoint(m, null, month, null, IsThisYear(rel) || IsLastYear(rel) ? Lean.Anchored : lean);
            }
        }

        foreach (Match m in YearOnly().Matches(text))
        {
            // A birth year ("sinh năm 1984", "SN 1984") says nothing about when the news happened.
            var before = text.AsSpan(Math.Max(0, m.Index - 6), Math.Min(6, m.Index)).Trim();
            if (before.EndsWith("sinh", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // "những năm 1990", "thập niên 1990": a decade.
            var lead = text.AsSpan(Math.Max(0, m.Index - 10), Math.Min(10, m.Index)).Trim();
            if (Int(m.Groups["y"]) is { } decade && decade % 10 == 0
                && (lead.EndsWith("những", StringComparison.OrdinalIgnoreCase) || lead.EndsWith("các", StringComparison.OrdinalIgnoreCase)
                    || !m.Value.StartsWith("năm", StringComparison.OrdinalIgnoreCase))
                && PartialDate.TryCreate(decade, null, null, out var first) && PartialDate.TryCreate(decade + 9, null, null, out var last))
            {
                var span = m.Groups["span"];
                Add(new Candidate(span.Index, span.Index + span.Length, first, last, true, Lean.None, false));
                continue;
            }

            AddPoint(m, Int(m.Groups["y"]), null, null, Lean.None);
        }

        // The day of writing: the page's date, else the day its text names as today ("Sáng nay (17/3)"), which may
        // lack its year; without either, "hôm qua" cannot be known and stays undated.
        var today = context.PageDate is { } pageDate && PartialDate.TryCreate(pageDate.Year, pageDate.Month, pageDate.Day, out var published)
            ? published
            : context.Today is { DayPrecise: true } named ? named : (PartialDate?)null;
        if (today is { } now)
        {
            foreach (Match m in Relative().Matches(text))
            {
                var word = m.Value.ToLowerInvariant();
                if (word.StartsWith("năm", StringComparison.Ordinal))
                {
                    if (now.Year is { } thisYear)
                    {
                        AddPoint(m, IsLastYear(word) ? thisYear - 1 : thisYear, null, null, Lean.None, inferred: true);
                    }

                    continue;
                }

                var offset = word.EndsWith("kia", StringComparison.Ordinal) ? -2
                    : word.EndsWith("qua", StringComparison.Ordinal) ? -1
                    : word.EndsWith("mai", StringComparison.Ordinal) ? 1
                    : 0;
                if (now.AddDays(offset) is { } day)
                {
                    AddPoint(m, day.Year, day.Month, day.Day, Lean.None, inferred: true);
                }
            }

            foreach (Match m in RelativeMonth().Matches(text))
            {
                // "tháng trước", "cuối tháng này", "tháng tới": the month before, of or after the day of writing.
                var shift = m.Groups["dir"].Value.ToLowerInvariant() switch
                {
                    "trước" => -1,
                    "này" => 0,
                    _ => 1,
                };
                var month = now.Month!.Value - 1 + shift;
                var year = now.Year is { } y ? y + (int)Math.Floor(month / 12.0) : (int?)null;
                AddPoint(m, year, ((month % 12) + 12) % 12 + 1, null, Lean.None, inferred: true);
            }
        }

        // "hôm thứ Hai", "tối Chủ nhật", "sáng thứ Năm tuần trước": a day of the week told from the day of writing, which
        // only a page date with its year can place (the text's own today may lack its year, and so its weekday).
        if (context.PageDate is { } written)
        {
            foreach (Match m in Weekday().Matches(text))
            {
                // The latest such day on or before the page's; "tuần trước" names that day of the week before (the
                // Vietnamese week runs Monday to Sunday).
                var weekday = WeekdayOf(m.Groups["w"].Value);
                var day = m.Groups["prev"].Success
                    ? written.AddDays(-((int)written.DayOfWeek + 6) % 7 - 7 + ((int)weekday + 6) % 7)
                    : written.AddDays(-(((int)written.DayOfWeek - (int)weekday + 7) % 7));
                AddPoint(m, day.Year, day.Month, day.Day, Lean.None, inferred: true);
            }
        }

        found.Sort((x, y) => x.Start.CompareTo(y.Start));
        return MergeRanges(text, found);

        // Groups d1, d2, m and y: days d1 to d2 of one month.
        void AddDaySpan(Match m)
        {
            var year = Int(m.Groups["y"]);
            var month = Int(m.Groups["m"]);
            if (Int(m.Groups["d1"]) is { } d1 && Int(m.Groups["d2"]) is { } d2 && d1 < d2
                && PartialDate.TryCreate(year, month, d1, out var a) && PartialDate.TryCreate(year, month, d2, out var b))
            {
                Add(new Candidate(m.Index, m.Index + m.Length, a, b, true, Lean.None, false));
            }
        }

        void AddPoint(Match m, int? year, int? month, int? day, Lean lean, bool inferred = false)
        {
            if (PartialDate.TryCreate(year, month, day, out var point))
            {
                var span = m.Groups["span"].Success ? m.Groups["span"] : (Group)m;
                Add(new Candidate(span.Index, span.Index + span.Length, null, point, false, lean, inferred));
            }
        }
    }

    // "từ tháng 5 đến tháng 7/2024", "từ ngày 3/5 đến hết ngày 10/6": two points of the same precision joined by
    // "đến", "tới" or a dash are one range.
    private static List<Candidate> MergeRanges(string text, List<Candidate> found)
    {
        var merged = new List<Candidate>(found.Count);
        for (var k = 0; k < found.Count; k++)
        {
            var a = found[k];
            if (k + 1 < found.Count && !a.IsRange && !found[k + 1].IsRange && !a.Inferred && !found[k + 1].Inferred)
            {
                var b = found[k + 1];
                var samePrecision = (a.To.Day is null) == (b.To.Day is null) && (a.To.Month is null) == (b.To.Month is null);
                if (samePrecision && !Backwards(a.To, b.To) && b.Start - a.End <= 24 && RangeJoin().IsMatch(text.AsSpan(a.End, b.Start - a.End)))
                {
                    merged.Add(new Candidate(a.Start, b.End, a.To, b.To, true, Lean.None, false));
                    k++;
                    continue;
                }
            }

            merged.Add(a);
        }

        return merged;
    }

    // "Hà Nội, 13/3 - Ngày 12/3/2024": a dateline and the day it reports, not a range. A day that comes after the
    // end within the same month (or a date after a dated end) cannot start a range; across months without a year it
    // may ("29/12 - 2/1/2025").
    private static bool Backwards(PartialDate from, PartialDate to)
    {
        if (from.Year is { } fy && to.Year is { } ty && fy != ty)
        {
            return fy > ty;
        }

        if (from.Month is { } fm && to.Month is { } tm && fm != tm)
        {
            return from.Year is not null && to.Year is not null && fm > tm;
        }

        return from.Day is { } fd && to.Day is { } td && fd > td;
    }

    private static List<DateMention> Resolve(List<Candidate> candidates, DateContext context)
    {
        // A year the text names itself ("tháng 5/2019 ... ngày 12/9") anchors the dates that lack one.
        var namedYears = candidates
            .Where(c => !c.Inferred && (!c.IsRange || c.From is not null))
            .SelectMany(c => new[] { c.From?.Year, c.To.Year })
            .OfType<int>()
            .Distinct()
            .ToList();
        // The page's date is the better anchor when there is one: a sentence's other year is often a birth year
        // or history ("sinh năm 1984", "từ năm 1945").
        var textYear = context.NearbyYear ?? (context.PageDate is null && namedYears.Count == 1 ? namedYears[0] : null);

        var result = new List<DateMention>();
        foreach (var c in candidates)
        {
            var inferred = c.Inferred;
            var to = c.To;
            var from = c.From;
            if (c.IsRange && from is { } f)
            {
                if (f.Year is null && to.Year is { } ty)
                {
                    from = f.WithYear(f.Month > to.Month ? ty - 1 : ty);
                    inferred = true;
                }
                else if (f.Year is { } fy && to.Year is null)
                {
                    to = to.WithYear(to.Month < f.Month ? fy + 1 : fy);
                    inferred = true;
                }
                else if (f.Year is null && to.Year is null && InferYear(f, c.Lean, context, textYear) is { } y)
                {
                    from = f.WithYear(y);
                    to = to.WithYear(to.Month < f.Month ? y + 1 : y);
                    inferred = true;
                }
            }
            else if (to.Year is null && InferYear(to, c.Lean, context, textYear) is { } y)
            {
                to = to.WithYear(y);
                inferred = true;
            }

            if ((c.IsRange ? PartialDate.Range(from, to) : to) is { } date)
            {
                result.Add(new DateMention(date.ToIso(), c.Start, c.End - c.Start, inferred));
            }
        }

        return result;
    }

    private static int? InferYear(PartialDate date, Lean lean, DateContext context, int? textYear)
    {
        if (lean == Lean.Anchored)
        {
            // "tháng 11 năm ngoái" names its own year relative to the page's date: no other year may stand in for it.
            return null;
        }

        if (textYear is { } named)
        {
            return date.Month == 2 && date.Day == 29 && !DateTime.IsLeapYear(named) ? null : named;
        }

        return context.PageDate is { } page ? date.YearNear(page, lean == Lean.Past, lean == Lean.Future) : null;
    }

    private static PartialDate? Point(Match m, string suffix)
    {
        return PartialDate.TryCreate(Int(m.Groups["y" + suffix]), Int(m.Groups["m" + suffix]), Int(m.Groups["d" + suffix]), out var p)
            ? p
            : null;
    }

    private static int? Int(Group group) =>
        group.Success && group.Length <= 4 && int.TryParse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var v)
            ? v
            : null;

    private static bool StandsAloneAfter(string text, int end)
    {
        var k = end;
        while (k < text.Length && text[k] == ' ')
        {
            k++;
        }

        return k >= text.Length || !char.IsLetterOrDigit(text[k]) || char.IsUpper(text[k]);
    }

    private static Lean LeanOf(string rel)
    {
        var r = rel.Trim().ToLowerInvariant();
        if (r.Length == 0)
        {
            return Lean.None;
        }

        return r.Contains("qua", StringComparison.Ordinal) || r.Contains("rồi", StringComparison.Ordinal)
            || r.Contains("trước", StringComparison.Ordinal)
            ? Lean.Past
            : r.Contains("tới", StringComparison.Ordinal) || r.Contains("sau", StringComparison.Ordinal) ? Lean.Future : Lean.None;
    }

    /// <summary>
    /// The year of a day written with "năm nay" or "năm ngoái" after it ("ngày 12/5 năm ngoái"): the page's year or the one
    /// before; without the page's date none, and no other year may stand in (<see cref="Lean.Anchored"/>). Other
    /// words only lean the year's choice (<see cref="LeanOf"/>).
    /// </summary>
    private static (int? Year, Lean Lean) YearOf(string rel, int? written, DateContext context)
    {
        if (written is not null || !(IsThisYear(rel) || IsLastYear(rel)))
        {
            return (written, LeanOf(rel));
        }

        return context.PageDate is { } page ? (IsLastYear(rel) ? page.Year - 1 : page.Year, Lean.None) : (null, Lean.Anchored);
    }

    private static DayOfWeek WeekdayOf(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant() switch
    {
        "hai" => DayOfWeek.Monday,
        "ba" => DayOfWeek.Tuesday,
        "tư" => DayOfWeek.Wednesday,
        "năm" => DayOfWeek.Thursday,
        "sáu" => DayOfWeek.Friday,
        "bảy" => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    private static bool IsThisYear(string rel) => rel.Trim().Equals("năm nay", StringComparison.OrdinalIgnoreCase);

    private static bool IsLastYear(string rel) =>
        rel.Trim().ToLowerInvariant() is "năm ngoái" or "năm trước" or "năm rồi";

    private static int? MonthWord(string word)
    {
        var w = string.Join(' ', word.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var capital = w.Length > 0 && char.IsUpper(w[0]);
        return w.ToLowerInvariant() switch
        {
            // "tháng năm" and "tháng một" are too often other words ("9 tháng năm nay"): only capitalised.
            "một" => capital ? 1 : null,
            "hai" => 2,
            "ba" => 3,
            "tư" or "bốn" => 4,
            "năm" => capital ? 5 : null,
            "sáu" => 6,
            "bảy" or "bẩy" => 7,
            "tám" => 8,
            "chín" => 9,
            "mười" => 10,
            "mười một" => 11,
            "mười hai" => 12,
            _ => null,
        };
    }

    private const string NumberBefore = @"(?<![\p{L}\p{N}.,/\-–])";
    private const string NumberAfter = @"(?![\p{L}\p{N}]|[/.,\-–]\p{N})";
    private const string WordAfter = @"(?![\p{L}\p{N}])";
    private const string Rel = @"(?<rel>\s+(?:vừa\s+qua|vừa\s+rồi|qua|trước|tới\s+đây|sắp\s+tới|tới|này|năm\s+nay|năm\s+ngoái|năm\s+trước)" + WordAfter + ")?";

    // A bare year that is a time adverbial: it opens the sentence ("Năm 2016, ...") or a time preposition introduces
    // it ("trong năm 2018", "vào năm 2018", "hồi đầu năm 2016"); not one right after a noun ("bầu cử năm 2016").
    [GeneratedRegex(@"(?:^[\s""“'(\-–]*|(?<![\p{L}])(?:trong|vào|hồi|đầu|cuối|giữa|suốt)\s+)(?:năm|thập\s+niên|thập\s+kỷ)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex SentenceOpening();

    // A since-adverbial: "kể từ", "từ khi" in the date's clause (no comma or semicolon between), or "từ" right before
    // the date ("từ tháng 5/2017", "từ năm 2014").
    [GeneratedRegex(@"(?<![\p{L}])(?:(?:kể\s+từ|từ\s+khi)(?![\p{L}])[^,;]{0,120}|từ\s+(?:(?:năm|tháng|ngày|đầu|cuối|giữa)\s+)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex SinceClause();

    [GeneratedRegex(@"^\s*(?:[-–—]|đến|tới|cho\s+đến)\s*(?:hết\s+)?(?:ngày|tháng|năm)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex RangeJoin();

    [GeneratedRegex(NumberBefore + @"(?:ngày\s+)?(?<d1>\d{1,2})(?<s1>[/.\-])(?<m1>\d{1,2})(?:\k<s1>(?<y1>\d{4}))?(?<join>\s*[-–—]\s*|\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?)(?<d2>\d{1,2})(?<s2>[/.\-])(?<m2>\d{1,2})(?:\k<s2>(?<y2>\d{4}))?" + NumberAfter, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex PointRange();

    [GeneratedRegex(NumberBefore + @"(?<d1>\d{1,2})(?:\s*[-–]\s*|\s+(?:đến|tới)\s+(?:ngày\s+)?)(?<d2>\d{1,2})/(?<m>\d{1,2})(?:/(?<y>\d{4}))?" + NumberAfter, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex DayRange();

    [GeneratedRegex(@"(?<![\p{L}])ngày\s+(?<d1>\d{1,2})\s+và\s+(?:ngày\s+)?(?<d2>\d{1,2})[/-](?<m>\d{1,2})(?:[/-](?<y>\d{4}))?" + NumberAfter, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex ConsecutiveDays();

    [GeneratedRegex(@"(?<![\p{L}])ngày\s+(?<d1>\d{1,2})(?<s>[/-])(?<m1>\d{1,2})\s+và\s+(?:ngày\s+)?(?<d2>\d{1,2})\k<s>(?<m2>\d{1,2})(?:\k<s>(?<y>\d{4}))?" + NumberAfter, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex ConsecutiveDayMonths();

    [GeneratedRegex(NumberBefore + @"(?<d1>\d{1,2})\s*[-–]\s*(?<d2>\d{1,2})\s+tháng\s+(?<m>\d{1,2})(?:\s*(?:năm|,|/)\s*(?<y>\d{4}))?" + NumberAfter, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex DaysOfNamedMonth();

    [GeneratedRegex(@"(?<![\p{L}])từ\s+(?:ngày\s+)?(?<d1>\d{1,2})\s+(?:đến|tới)\s+(?:ngày\s+)?(?<d2>\d{1,2})-(?<m>\d{1,2})(?:-(?<y>\d{4}))?" + NumberAfter, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex DashDayRange();

    [GeneratedRegex(@"(?<![\p{L}])(?:giai\s+đoạn|thời\s+kỳ|thời\s+kì|nhiệm\s+kỳ|nhiệm\s+kì|niên\s+khóa|niên\s+khoá|từ\s+năm|từ|năm|mùa\s+giải|\()\s*(?<y1>\d{4})\s*(?:[-–—]|đến|tới)\s*(?:năm\s+)?(?<y2>\d{4})" + NumberAfter, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex YearRange();

    [GeneratedRegex(NumberBefore + @"(?<d>\d{1,2})(?<s>[/.\-])(?<m>\d{1,2})\k<s>(?<y>\d{4})" + NumberAfter, RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex FullDate();

    [GeneratedRegex(@"(?<![\p{L}])(?:(?:ngày|mùng|mồng)\s+(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})(?:\s*(?:năm|,)\s*(?<y>\d{4}))?|(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4}))" + NumberAfter + Rel, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex WordDate();

    [GeneratedRegex(@"(?<![\p{L}])quý\s+(?<q>IV|III|II|I|[1-4])(?![\p{L}\p{N}])(?:\s*(?:/|-|năm|,)\s*(?<y>\d{4}))?" + NumberAfter, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"(?<![\p{L}])tháng\s+(?<m>\d{1,2})\s*(?:[/.\-]|\s+năm\s+|,\s*)\s*(?<y>\d{4})" + NumberAfter, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"(?<![\p{L}])(?:(?:đến|tới|cho\s+đến)\s+(?:hết\s+)?năm|tầm\s+nhìn(?:\s+đến)?(?:\s+năm)?)\s+(?<y>\d{4})" + NumberAfter, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex OpenEnd();

    [GeneratedRegex(@"(?:(?<cue>(?<![\p{L}])(?:ngày|mùng|mồng|hôm|sáng|trưa|chiều|tối|đêm|khuya|từ|đến|vào)\s+)|" + NumberBefore + @")(?<span>(?<d>\d{1,2})(?<s>[/.\-])(?<m>\d{1,2}))" + NumberAfter + Rel, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"(?<![\p{L}])tháng\s+(?:(?<m>\d{1,2})" + NumberAfter + @"|(?<w>mười\s+một|mười\s+hai|mười|một|hai|ba|tư|bốn|năm|sáu|bảy|bẩy|tám|chín)" + WordAfter + ")" + Rel, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex MonthOnly();

    [GeneratedRegex(@"(?<![\p{L}])(?:năm|thập\s+niên|thập\s+kỷ)\s+(?<span>(?<y>\d{4}))" + NumberAfter, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex YearOnly();

    // "tháng trước", "đầu tháng này", "tháng tới": not "ba tháng trước" (a duration back), "các tháng tới", "tháng
    // trước đó" (the month before another, anaphoric), nor "tháng này năm ngoái".
    [GeneratedRegex(@"(?<![\p{L}])(?<!\p{N}\s)(?<!(?:vài|nhiều|mấy|các|những|mỗi|hàng|từng|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s)tháng\s+(?<dir>trước|này|tới|sau)(?!\s+(?:đó|nữa|năm|nay))(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex RelativeMonth();

    // A part of the day before a weekday written with its capital ("hôm thứ Hai", "chiều thứ Năm", "tối Chủ nhật"), as
    // Vietnamese news names the days of the week (175 such in study folders 300-449 and 500-649); "lần thứ hai",
    // "ngày thứ hai của hội nghị" are ordinals (lower case, or after "ngày"). Not a weekday still to come ("thứ Hai tới",
    // "thứ Hai tuần sau") nor one an appositive date restates ("thứ Hai (12/3)": the date itself is read).
    [GeneratedRegex(@"(?<![\p{L}])(?i:hôm|sáng|trưa|chiều|tối|đêm)\s+(?:thứ\s+(?<w>Hai|Ba|Tư|Năm|Sáu|Bảy)|(?<w>Chủ\s+[Nn]hật|chủ\s+nhật))(?![\p{L}])(?<prev>\s+tuần\s+trước)?(?!\s+(?:tới|sau|tuần\s+(?:sau|tới|này)))(?!\s*[,(]?\s*(?:ngày\s+)?\d)", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"(?<![\p{L}])(?<!\p{N}\s)(?:hôm\s+nay|sáng\s+nay|trưa\s+nay|chiều\s+nay|tối\s+nay|đêm\s+nay|hôm\s+qua|sáng\s+qua|trưa\s+qua|chiều\s+qua|tối\s+qua|đêm\s+qua|ngày\s+mai|sáng\s+mai|chiều\s+mai|tối\s+mai|hôm\s+kia|năm\s+nay|năm\s+ngoái)" + WordAfter, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Relative();
}
