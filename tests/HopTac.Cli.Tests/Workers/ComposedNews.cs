using System.Globalization;

namespace HopTac.Cli.Tests.Workers;

/// <summary>
/// News pages composed for the worker tests (none taken from a real site): several reports of each of a few
/// meetings between Việt Nam's foreign minister and an ambassador, each with a memorandum and a trade figure, so the
/// knowledge base has events, agreements, people and figures that several pages report and that must consolidate
/// the same whichever worker stores which page.
/// </summary>
internal static class ComposedNews
{
    private static readonly (string Country, string Envoy)[] Partners =
    [
        ("Nhật Bản", "Yamada Takio"), ("Hàn Quốc", "Choi Young Sam"), ("Australia", "Andrew Goledzinowski"), ("Pháp", "Olivier Brochet"),
        ("Ấn Độ", "Sandeep Arya"), ("Canada", "Shawn Steil"),
    ];

    private static readonly string[] Areas = ["y tế", "giáo dục", "nông nghiệp", "năng lượng"];

    // Each report words the story its own way: pages that only repeat another's text are syndicated copies, which
    // give no facts to the knowledge base.
    private static readonly string[] Openings =
    [
        "Theo tin từ Bộ Ngoại giao, ",
        "Phóng viên thường trú cho biết, trong không khí thân mật, ",
        "Chiều cùng ngày, sau phiên họp của Chính phủ, ",
        "Như báo chí hai nước đã đưa tin trước đó, ",
        "Trong khuôn khổ chuyến công tác dài ngày, ",
    ];

    private static readonly string[] Closings =
    [
        "Dịp này, hai bên cũng trao đổi về các chuyến thăm cấp cao sắp tới.",
        "Đại sứ khẳng định sẽ nỗ lực làm cầu nối giữa nhân dân hai nước trong nhiệm kỳ công tác.",
        "Bộ trưởng đề nghị hai bên sớm triển khai các dự án đã thỏa thuận tại các tỉnh miền Trung.",
        "Hai bên bày tỏ vui mừng trước những kết quả tích cực của quan hệ song phương thời gian qua.",
        "Cuối buổi tiếp, hai bên nhất trí duy trì trao đổi thường xuyên giữa các bộ, ngành và địa phương.",
    ];

    /// <summary><paramref name="stories"/> meetings, each told by <paramref name="reports"/> pages: (file name, text).</summary>
    public static IReadOnlyList<(string Name, string Text)> Pages(int stories, int reports)
    {
        var pages = new List<(string, string)>(stories * reports);
        for (var s = 0; s < stories; s++)
        {
            var (country, envoy) = Partners[s % Partners.Length];
            var area = Areas[s % Areas.Length];
            var day = 1 + (s * 3 % 27);
            var month = 1 + (s / Partners.Length % 12);
            var billions = (10 + (s * 7 % 40)).ToString(CultureInfo.InvariantCulture) + "," + (s % 10).ToString(CultureInfo.InvariantCulture);
            for (var r = 0; r < reports; r++)
            {
                var text = string.Create(CultureInfo.InvariantCulture, $"""
                    Bộ trưởng Bùi Thanh Sơn tiếp Đại sứ {country} (bài {r + 1})

                    {Openings[r % Openings.Length]}ngày {day}/{month}/2024, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã tiếp Đại sứ {country} {envoy}. Hai bên nhất trí thúc đẩy hợp tác trong lĩnh vực {area}.

                    Cũng trong dịp này, Việt Nam và {country} đã ký Bản ghi nhớ về hợp tác {area}. Kim ngạch thương mại song phương năm 2023 đạt {billions} tỷ USD.

                    {Closings[r % Closings.Length]}
                    """);
                pages.Add(($"tin-{s:D2}-{r:D2}.txt", text));
            }
        }

        return pages;
    }

    /// <summary>Writes the pages into <paramref name="folder"/>; returns the folder.</summary>
    public static string Write(string folder, int stories, int reports)
    {
        foreach (var (name, text) in Pages(stories, reports))
        {
            CliRunner.Write(folder, name, text);
        }

        return folder;
    }
}
