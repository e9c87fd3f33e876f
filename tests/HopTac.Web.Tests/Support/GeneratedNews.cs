using System.Globalization;
using System.Text;
using HopTac.Core.Pages;
using HopTac.Ingestion;
using HopTac.Ingestion.Reading;

namespace HopTac.Web.Tests.Support;

/// <summary>
/// Many short news pages composed for these tests from sentence templates (partners, offices, areas, dates drawn by a
/// seeded generator), read through the real ingest path so that they carry the facts the extractor finds. For tests
/// that need a store of some size (load), not for tests of what the extractor finds.
/// </summary>
internal static class GeneratedNews
{
    private static readonly (string Country, string Minister)[] Partners =
    [
        ("Lào", "Bộ trưởng Bộ Ngoại giao Lào Saleumxay Kommasith"),
        ("Nhật Bản", "Bộ trưởng Ngoại giao Nhật Bản Kamikawa Yoko"),
        ("Liên bang Nga", "Bộ trưởng Ngoại giao Nga Sergey Lavrov"),
        ("Hàn Quốc", "Bộ trưởng Ngoại giao Hàn Quốc Park Jin"),
        ("Campuchia", "Phó Thủ tướng Campuchia Prak Sokhonn"),
        ("Australia", "Bộ trưởng Ngoại giao Australia Penny Wong"),
    ];

    private static readonly (string Area, string Detail)[] Areas =
    [
        ("y tế", "phòng chống dịch bệnh và đào tạo bác sĩ"),
        ("giáo dục", "học bổng và trao đổi sinh viên"),
        ("thương mại", "xuất khẩu nông sản và giảm rào cản thuế quan"),
        ("quốc phòng", "tìm kiếm cứu nạn trên biển"),
        ("năng lượng", "điện gió và lưới điện khu vực"),
    ];

    /// <summary><paramref name="count"/> pages, the same for the same <paramref name="seed"/>.</summary>
    public static IReadOnlyList<PageRecord> Pages(int count, int seed, string prefix = "generated")
    {
        var random = new Random(seed);
        var reader = new PageReader(IngestOptions.Default);
        var pages = new List<PageRecord>(count);
        for (var i = 0; i < count; i++)
        {
            var (country, minister) = Partners[random.Next(Partners.Length)];
            var (area, detail) = Areas[random.Next(Areas.Length)];
            var date = new DateOnly(2015, 1, 1).AddDays(random.Next(3_600));
            var text = new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $"Hợp tác {area} giữa Việt Nam và {country}\n\n")
                .Append(CultureInfo.InvariantCulture, $"Ngày {date.Day}/{date.Month}/{date.Year}, tại Hà Nội, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn đã hội đàm với {minister}.\n\n")
                .Append(CultureInfo.InvariantCulture, $"Hai bên nhất trí đẩy mạnh hợp tác {area}, nhất là {detail}, trong giai đoạn tới.\n\n")
                .Append(CultureInfo.InvariantCulture, $"Phía Việt Nam đề nghị {country} tiếp tục hỗ trợ {random.Next(50, 500)} suất học bổng mỗi năm.\n\n")
                .Append(CultureInfo.InvariantCulture, $"Bài số {i} của loạt tin thử nghiệm.\n")
                .ToString();
            var raw = new RawPage($"{prefix}/{i:D5}.txt", Encoding.UTF8.GetBytes(text), PageKind.Text);
            pages.Add(reader.Read(raw).ToRecord());
        }

        return pages;
    }
}
