using FsCheck.Xunit;
using HopTac.Core.Extraction.Dates;

namespace HopTac.Core.Tests.Extraction.Dates;

public sealed class DateFinderProperties
{
    private static (int Year, int Month, int Day) ValidDate(int a, int b, int c)
    {
        var year = 1950 + (int)((uint)a % 120);
        var month = 1 + (int)((uint)b % 12);
        var day = 1 + (int)((uint)c % (uint)DateTime.DaysInMonth(year, month));
        return (year, month, day);
    }

    [Property(MaxTest = 300)]
    public bool Every_written_form_of_a_full_date_reads_back(int a, int b, int c, byte form)
    {
        var (y, m, d) = ValidDate(a, b, c);
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var written = (form % 6) switch
        {
            0 => string.Create(inv, $"Ngày {d:D2}/{m:D2}/{y}, hai bên hội đàm."),
            1 => string.Create(inv, $"Chiều ngày {d}/{m}/{y} đã diễn ra lễ ký."),
            2 => string.Create(inv, $"Giao dịch hoàn tất vào ngày {d}.{m}.{y}."),
            3 => string.Create(inv, $"Sáng {d}-{m}-{y}, đoàn tới Hà Nội."),
            4 => string.Create(inv, $"Hiệp định được ký ngày {d} tháng {m} năm {y}."),
            _ => string.Create(inv, $"Văn kiện ký ngày {d} tháng {m} năm {y} tại Hà Nội."),
        };
        var expected = string.Create(inv, $"{y:D4}-{m:D2}-{d:D2}");
        var found = DateFinder.FindAll(written, DateContext.None);
        return found.Count == 1 && found[0].Iso == expected && !found[0].YearInferred;
    }

    [Property(MaxTest = 300)]
    public bool A_day_and_month_read_back_without_a_year_and_with_the_page_year(int a, int b, int c)
    {
        var (_, m, d) = ValidDate(a, b, c);
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var written = string.Create(inv, $"Ngày {d}/{m}, hai bộ trưởng hội đàm.");
        var bare = DateFinder.FindAll(written, DateContext.None);
        var page = new DateOnly(2024, m, d);
        var dated = DateFinder.FindAll(written, new DateContext(page, null));
        return bare.Count == 1 && bare[0].Iso == string.Create(inv, $"--{m:D2}-{d:D2}")
            && dated.Count == 1 && dated[0].Iso == string.Create(inv, $"2024-{m:D2}-{d:D2}") && dated[0].YearInferred;
    }

    [Property(MaxTest = 200)]
    public bool Month_year_quarter_and_year_ranges_read_back(int a, int b, int c)
    {
        var (y, m, _) = ValidDate(a, b, c);
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var end = y + 1 + (int)((uint)c % 20);
        var q = 1 + ((m - 1) / 3);
        var roman = new[] { "I", "II", "III", "IV" }[q - 1];
        return Single(string.Create(inv, $"Chuyến thăm tháng {m}/{y} thành công.")) == string.Create(inv, $"{y}-{m:D2}")
            && Single(string.Create(inv, $"Kế hoạch giai đoạn {y}-{end} được thông qua.")) == string.Create(inv, $"{y}/{end}")
            && Single(string.Create(inv, $"Tầm nhìn đến năm {end} đã rõ.")) == string.Create(inv, $"/{end}")
            && Single(string.Create(inv, $"Kim ngạch quý {roman}/{y} tăng.")) == string.Create(inv, $"{y}-{(3 * q) - 2:D2}/{y}-{3 * q:D2}");
    }

    private static readonly string[] MonthWords =
        ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười một", "Mười hai"];

    [Property(MaxTest = 200)]
    public bool Month_words_and_day_ranges_read_back(int a, int b, int c)
    {
        var (y, m, d) = ValidDate(a, b, c);
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var last = DateTime.DaysInMonth(y, m);
        var d2 = Math.Min(last, d + 1 + (int)((uint)c % 5));
        var month = Single($"Hội nghị dự kiến diễn ra vào tháng {MonthWords[m - 1]} tại Hà Nội.") == string.Create(inv, $"--{m:D2}");
        var range = d2 == d
            || Single(string.Create(inv, $"Triển lãm diễn ra từ {d}-{d2}/{m}/{y} tại Hà Nội.")) == string.Create(inv, $"{y}-{m:D2}-{d:D2}/{y}-{m:D2}-{d2:D2}");
        return month && range;
    }

    [Property(MaxTest = 300)]
    public bool Impossible_days_and_months_give_nothing(byte day, byte month)
    {
        var d = 32 + (day % 68);
        var m = 13 + (month % 87);
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        return DateFinder.FindAll(string.Create(inv, $"Ngày {d}/{m} và ngày 0/{month % 12} và ngày {d}/{m}/2024."), DateContext.None).Count == 0;
    }

    [Property(MaxTest = 500)]
    public bool Random_text_never_throws_and_offsets_stay_inside(string? text, int pageDay)
    {
        var input = text ?? string.Empty;
        var page = new DateOnly(2000, 1, 1).AddDays((int)((uint)pageDay % 20_000));
        var found = DateFinder.FindAll(input, new DateContext(page, null));
        return found.All(f => f.Start >= 0 && f.Length > 0 && f.Start + f.Length <= input.Length && f.Iso.Length > 0);
    }

    private static readonly string[] Pieces =
    [
        "ngày", "tháng", "năm", "quý", "đến", "từ", "giai đoạn", "hôm nay", "chiều qua", "vừa qua", "tới", "/", "-", ".",
        ",", " ", "0", "1", "2", "9", "12", "29", "31", "32", "13", "2024", "1999", "0000", "99999", "I", "IV", "Ba",
    ];

    [Property(MaxTest = 1000)]
    public bool Date_like_noise_never_throws_and_every_iso_is_well_formed(int[]? picks, int pageDay)
    {
        var input = string.Concat((picks ?? []).Take(60).Select(p => Pieces[(int)((uint)p % (uint)Pieces.Length)]));
        var page = new DateOnly(2000, 1, 1).AddDays((int)((uint)pageDay % 20_000));
        foreach (var context in new[] { DateContext.None, new DateContext(page, null) })
        {
            foreach (var f in DateFinder.FindAll(input, context))
            {
                if (f.Start < 0 || f.Start + f.Length > input.Length || !f.Iso.Split('/').All(WellFormed))
                {
                    return false;
                }
            }
        }

        return true;
    }

    // Each side of a range is empty (open) or yyyy, yyyy-MM, yyyy-MM-dd, --MM, --MM-dd with a real calendar day.
    private static bool WellFormed(string point)
    {
        if (point.Length == 0)
        {
            return true;
        }

        var parts = point.StartsWith("--", StringComparison.Ordinal) ? ["2000", .. point[2..].Split('-')] : point.Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || !int.TryParse(parts[0], out var y) || y < 1800)
        {
            return false;
        }

        var m = parts.Length > 1 && int.TryParse(parts[1], out var mm) ? mm : 1;
        var d = parts.Length > 2 && int.TryParse(parts[2], out var dd) ? dd : 1;
        return m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);
    }

    private static string? Single(string text)
    {
        var found = DateFinder.FindAll(text, DateContext.None);
        return found.Count == 1 ? found[0].Iso : null;
    }
}
