using System.Globalization;
using System.Net;

namespace HopTac.Crawling.Tests.Fixtures;

/// <summary>
/// Article pages composed from sentences written for these tests: every page differs (its number is in the text)
/// and reads like a Vietnamese cooperation news item, so the whole ingest path runs on it.
/// </summary>
internal static class ArticleText
{
    private static readonly string[] Partners = ["Nhật Bản", "Hàn Quốc", "Ấn Độ", "Australia", "Pháp", "Đức", "Lào", "Campuchia", "Singapore", "Canada"];
    private static readonly string[] Areas = ["năng lượng tái tạo", "giáo dục đại học", "y tế cơ sở", "nông nghiệp công nghệ cao", "chuyển đổi số", "giao thông đô thị", "phòng chống thiên tai"];
    private static readonly string[] Cities = ["Hà Nội", "Thành phố Hồ Chí Minh", "Đà Nẵng", "Cần Thơ", "Hải Phòng"];

    public static string Title(int i) =>
        $"Việt Nam và {Partners[i % Partners.Length]} thúc đẩy hợp tác {Areas[i % Areas.Length]}, bản tin số {i}";

    public static string Slug(int i) => $"viet-nam-thuc-day-hop-tac-ban-tin-so-{100000 + i}";

    public static string Published(int i) => new DateOnly(2024, 1 + (i % 12), 1 + (i % 28)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static IReadOnlyList<string> Paragraphs(int i, int version)
    {
        var partner = Partners[i % Partners.Length];
        var area = Areas[i % Areas.Length];
        var city = Cities[i % Cities.Length];
        var date = DateOnly.ParseExact(Published(i), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var paragraphs = new List<string>
        {
            $"Ngày {date.Day}/{date.Month}/2024, tại {city}, Thứ trưởng Bộ Ngoại giao đã tiếp Đại sứ {partner} tại Việt Nam nhân dịp hai bên kỷ niệm {i % 50 + 1} năm hợp tác trong lĩnh vực {area}.",
            $"Hai bên nhất trí tăng cường trao đổi đoàn các cấp, chia sẻ kinh nghiệm về {area} và thúc đẩy các dự án chung tại {Cities[(i + 2) % Cities.Length]}.",
            $"Phía {partner} cho biết sẽ tiếp tục hỗ trợ Việt Nam đào tạo nguồn nhân lực, đồng thời mở rộng đầu tư vào các địa phương có nhiều tiềm năng.",
            $"Theo kế hoạch, đoàn công tác số {i} sẽ làm việc với các bộ, ngành liên quan trong tuần tới để cụ thể hóa những nội dung đã thống nhất.",
        };
        if (version > 1)
        {
            paragraphs.Add($"Bài viết được cập nhật lần thứ {version}: hai bên đã ký biên bản ghi nhớ về hợp tác {area} giai đoạn mới.");
        }

        return paragraphs;
    }

    /// <summary>The whole page, with the site's header, menu and footer around the article.</summary>
    public static string Html(int i, int version, string charset, string? canonical = null)
    {
        var body = string.Concat(Paragraphs(i, version).Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>\n"));
        var meta = charset == "utf-8" ? "<meta charset=\"utf-8\">" : $"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">";
        var link = canonical is null ? string.Empty : $"<link rel=\"canonical\" href=\"{canonical}\">";
        return $"""
            <!DOCTYPE html>
            <html lang="vi"><head>{meta}<title>{WebUtility.HtmlEncode(Title(i))} | Báo Thử Nghiệm</title>{link}
            <meta property="article:published_time" content="{Published(i)}T08:00:00+07:00"></head>
            <body><header><nav><a href="/">Trang chủ</a> <a href="/chuyen-muc/the-gioi">Thế giới</a></nav></header>
            <main><article><h1>{WebUtility.HtmlEncode(Title(i))}</h1>
            <div class="date">{Published(i)}</div>
            {body}</article></main>
            <footer><p>Báo Thử Nghiệm - cơ quan của những bài kiểm thử.</p></footer></body></html>
            """;
    }
}
