using FsCheck.Xunit;
using HopTac.Core.Extraction.Dates;

namespace HopTac.Core.Tests.Extraction.Dates;

public sealed class PartialDateProperties
{
    // Any date the type can hold: a point at year, month or day precision, with or without its year, or a range of
    // two such points (the same year-knownness on both ends) with either end possibly open.
    private static PartialDate Make(int seed, int a, int b, byte shape)
    {
        var yearless = shape % 3 == 0;
        var start = Point(seed, a, yearless, shape / 3 % 3);
        if (shape % 2 == 0)
        {
            return start;
        }

        var end = Point(seed + 7919, b, yearless, shape / 9 % 3);
        if (!yearless && end.FirstDay < start.FirstDay)
        {
            (start, end) = (end, start);
        }

        // Two points of the same year-knownness and in order always make a range; open ends for every fifth shape.
        return (shape / 2 % 5) switch
        {
            0 => PartialDate.Range(null, end)!.Value,
            1 => PartialDate.Range(start, null)!.Value,
            _ => PartialDate.Range(start, end) ?? start,
        };
    }

    private static PartialDate Point(int seed, int a, bool yearless, int precision)
    {
        var year = 1900 + (int)((uint)seed % 200);
        var month = 1 + (int)((uint)a % 12);
        var day = 1 + (int)((uint)(a / 12) % (uint)DateTime.DaysInMonth(yearless ? 2000 : year, month));
        var (y, m, d) = (yearless ? (int?)null : year, yearless || precision > 0 ? month : (int?)null, precision == 2 ? day : (int?)null);
        return PartialDate.TryCreate(y, m, d, out var p) ? p : throw new InvalidOperationException($"{y}-{m}-{d}");
    }

    [Property(MaxTest = 500)]
    public bool Every_date_reads_back_from_its_iso_form(int seed, int a, int b, byte shape)
    {
        var date = Make(seed, a, b, shape);
        return PartialDate.Parse(date.ToIso()) == date && PartialDate.Parse(date.ToIso())!.Value.ToIso() == date.ToIso();
    }

    [Property(MaxTest = 500)]
    public bool Compatibility_is_symmetric_and_reflexive(int s1, int a1, int b1, byte shape1, int s2, int a2, int b2, byte shape2)
    {
        var x = Make(s1, a1, b1, shape1);
        var y = Make(s2, a2, b2, shape2);
        return PartialDate.Relate(x, y) == PartialDate.Relate(y, x) && PartialDate.Relate(x, x) == DateRelation.Compatible;
    }

    [Property(MaxTest = 500)]
    public bool A_date_within_another_is_compatible_with_it(int s1, int a1, int b1, byte shape1, int s2, int a2, int b2, byte shape2)
    {
        var x = Make(s1, a1, b1, shape1);
        var y = Make(s2, a2, b2, shape2);
        return !x.Within(y) || PartialDate.Relate(x, y) == DateRelation.Compatible;
    }

    [Property(MaxTest = 300)]
    public bool A_yearless_date_given_a_year_stays_compatible_with_itself(int seed, int a, int b, byte shape, int year)
    {
        var date = Make(seed, a, b, (byte)(shape - (shape % 3)));
        var dated = date.WithYear(1950 + (int)((uint)year % 100));
        return !date.HasYear && dated.HasYear && PartialDate.Relate(date, dated) == DateRelation.Compatible;
    }

    [Property(MaxTest = 300)]
    public bool A_filter_keeps_a_dated_fact_in_its_year_and_a_yearless_fact_in_the_year_unknown_group(int seed, int a, int b, byte shape)
    {
        var date = Make(seed, a, b, shape);
        if (!date.HasYear)
        {
            return PartialDate.Place(date, PartialDate.Parse("1800"), PartialDate.Parse("2300")) == DatePlacement.YearUnknown;
        }

        return date.FirstDay is not { } first
            || PartialDate.Place(date, PartialDate.Parse(first.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)), null) == DatePlacement.Inside;
    }

    [Property(MaxTest = 300)]
    public bool Parsing_any_text_never_throws_and_accepts_only_what_it_writes(string? text) =>
        PartialDate.Parse(text) is not { } date || date.ToIso() == text!.Trim();
}
