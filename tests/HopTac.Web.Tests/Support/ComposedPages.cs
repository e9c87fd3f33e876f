using HopTac.Core.Facts;
using HopTac.Core.Pages;

namespace HopTac.Web.Tests.Support;

/// <summary>
/// Pages written for these tests in the style of Vietnamese news (no text from ../shared), with facts whose
/// evidence offsets are computed from the text, as the extractor records them.
/// </summary>
internal static class ComposedPages
{
    public const string HostileScript = "<script>alert('x')</script>";
    public const string HostileImage = "\"><img src=x onerror=alert(1)>";

    public static PageRecord LaosHealth()
    {
        const string Text = """
            Sáng 12/3/2024, tại Hà Nội, Bộ trưởng Bộ Y tế Đào Hồng Lan đã hội đàm với Bộ trưởng Bộ Y tế Lào Bounfeng Phommalaysith.
            Hai bên nhất trí tăng cường hợp tác y tế, trọng tâm là đào tạo nhân lực và phòng chống bệnh truyền nhiễm.
            Sau hội đàm, hai Bộ trưởng đã ký Bản ghi nhớ hợp tác trong lĩnh vực y tế giai đoạn 2024-2028.
            Phía Việt Nam sẽ hỗ trợ 300 suất học bổng đào tạo bác sĩ cho Lào.
            """;
        var talks = Sentence(Text, "Sáng 12/3/2024");
        var signing = Sentence(Text, "Sau hội đàm");
        var figure = Sentence(Text, "Phía Việt Nam");
        return new PageRecord
        {
            Source = "composed/lao-y-te.txt",
            Relevant = true,
            Title = "Việt Nam và Lào tăng cường hợp tác y tế",
            Published = "2024-03-12",
            Authors = ["Minh Anh"],
            Text = Text,
            People =
            [
                new Person("Đào Hồng Lan", "Bộ trưởng Bộ Y tế", "VN", talks.Evidence, talks.Start),
                new Person("Bounfeng Phommalaysith", "Bộ trưởng Bộ Y tế Lào", "LA", talks.Evidence, talks.Start),
            ],
            Events =
            [
                new EventFact("talks", "2024-03-12", ["VN", "LA"], ["Đào Hồng Lan", "Bounfeng Phommalaysith"], "Hà Nội", talks.Evidence, talks.Start),
                new EventFact("signing", "2024-03-12", ["VN", "LA"], [], "Hà Nội", signing.Evidence, signing.Start),
            ],
            Agreements = [new AgreementFact("memorandum", "Bản ghi nhớ hợp tác trong lĩnh vực y tế", ["VN", "LA"], "2024-03-12", "2024/2028", signing.Evidence, signing.Start)],
            Figures = [new Figure(300, "suất học bổng", null, "300 suất học bổng", figure.Evidence, figure.Start)],
            Areas = ["health", "education_training", "infectious_diseases"],
        };
    }

    /// <summary>Another outlet's report of the same talks, a day later: consolidation makes one event of both.</summary>
    public static PageRecord LaosHealthSecondReport()
    {
        const string Text = """
            Hà Nội, 13/3 - Ngày 12/3/2024, Bộ trưởng Bộ Y tế Đào Hồng Lan đã có cuộc hội đàm với Bộ trưởng Bộ Y tế Lào Bounfeng Phommalaysith nhân chuyến thăm làm việc tại Việt Nam của đoàn Lào.
            Tại hội đàm, hai Bộ trưởng đánh giá cao kết quả hợp tác y tế giữa hai nước trong những năm qua, nhất là trong phòng chống dịch bệnh.
            """;
        var talks = Sentence(Text, "Hà Nội, 13/3");
        return new PageRecord
        {
            Source = "composed/lao-y-te-ban-tin-2.txt",
            Relevant = true,
            Title = "Bộ trưởng Y tế Việt Nam và Lào hội đàm tại Hà Nội",
            Published = "2024-03-13",
            Text = Text,
            People = [new Person("Đào Hồng Lan", "Bộ trưởng Bộ Y tế", "VN", talks.Evidence, talks.Start)],
            Events = [new EventFact("talks", "2024-03-12", ["VN", "LA"], ["Đào Hồng Lan"], "Hà Nội", talks.Evidence, talks.Start)],
            Areas = ["health"],
        };
    }

    /// <summary>The pages a test site starts with.</summary>
    public static IReadOnlyList<PageRecord> All() => [LaosHealth(), LaosHealthSecondReport(), JapanVaccines(), Hostile()];

    public static PageRecord JapanVaccines()
    {
        const string Text = """
            Ngày 5/8/2021, Chính phủ Nhật Bản đã trao tặng Việt Nam thêm 1 triệu liều vắc-xin phòng Covid-19.
            Đại sứ Nhật Bản khẳng định Nhật Bản sẽ tiếp tục hỗ trợ Việt Nam trong công tác phòng chống dịch.
            """;
        var aid = Sentence(Text, "Ngày 5/8/2021");
        return new PageRecord
        {
            Source = "composed/nhat-ban-vac-xin.txt",
            Relevant = true,
            Title = "Nhật Bản trao tặng thêm vắc-xin cho Việt Nam",
            Published = "2021-08-05",
            Text = Text,
            Events = [new EventFact("aid", "2021-08-05", ["JP", "VN"], [], null, aid.Evidence, aid.Start)],
            Figures = [new Figure(1_000_000, "liều", null, "1 triệu liều", aid.Evidence, aid.Start)],
            Areas = ["vaccines"],
        };
    }

    /// <summary>Pages naming partners by the names people type for them (Russia, Belarus), with one person seen in two offices.</summary>
    public static IReadOnlyList<PageRecord> Partners() => [RussiaVisit(), RussiaCall(), BelarusHealth()];

    public static PageRecord RussiaVisit()
    {
        const string Text = """
            Ngày 5/7/2022, Bộ trưởng Ngoại giao Liên bang Nga Sergei Lavrov đã hội đàm với Bộ trưởng Ngoại giao Bùi Thanh Sơn tại Hà Nội.
            Hai bên nhất trí thúc đẩy hợp tác năng lượng và giáo dục giữa hai nước.
            """;
        var talks = Sentence(Text, "Ngày 5/7/2022");
        return new PageRecord
        {
            Source = "composed/nga-ngoai-giao.txt",
            Relevant = true,
            Title = "Bộ trưởng Ngoại giao Nga thăm chính thức Việt Nam",
            Published = "2022-07-06T08:15:00+07:00",
            Text = Text,
            People =
            [
                new Person("Sergei Lavrov", "Bộ trưởng Ngoại giao", "RU", talks.Evidence, talks.Start),
                new Person("Bùi Thanh Sơn", "Bộ trưởng Ngoại giao", "VN", talks.Evidence, talks.Start),
            ],
            Events = [new EventFact("talks", "2022-07-05", ["VN", "RU"], ["Sergei Lavrov", "Bùi Thanh Sơn"], "Hà Nội", talks.Evidence, talks.Start)],
            Areas = ["energy", "education_training"],
        };
    }

    public static PageRecord RussiaCall()
    {
        const string Text = """
            Ngày 14/2/2025, Phó Thủ tướng Bùi Thanh Sơn đã điện đàm với Bộ trưởng Ngoại giao Nga Sergei Lavrov.
            Hai bên trao đổi về hợp tác y tế và đào tạo nhân lực.
            """;
        var call = Sentence(Text, "Ngày 14/2/2025");
        return new PageRecord
        {
            Source = "composed/nga-dien-dam.txt",
            Relevant = true,
            Title = "Phó Thủ tướng Bùi Thanh Sơn điện đàm với Bộ trưởng Ngoại giao Nga",
            Published = "2025-02-14",
            Text = Text,
            People =
            [
                new Person("Bùi Thanh Sơn", "Phó Thủ tướng", "VN", call.Evidence, call.Start),
                new Person("Sergei Lavrov", "Bộ trưởng Ngoại giao", "RU", call.Evidence, call.Start),
            ],
            Events = [new EventFact("call", "2025-02-14", ["VN", "RU"], ["Bùi Thanh Sơn", "Sergei Lavrov"], null, call.Evidence, call.Start)],
            Areas = ["health"],
        };
    }

    public static PageRecord BelarusHealth()
    {
        const string Text = """
            Sáng 20/10/2024, tại Hà Nội, Bộ trưởng Bộ Y tế Đào Hồng Lan đã hội đàm với Bộ trưởng Bộ Y tế Belarus Dmitry Pinevich.
            Hai bên ký Bản ghi nhớ hợp tác đào tạo bác sĩ giai đoạn 2025-2027.
            """;
        var talks = Sentence(Text, "Sáng 20/10/2024");
        var signing = Sentence(Text, "Hai bên ký");
        return new PageRecord
        {
            Source = "composed/belarus-y-te.txt",
            Relevant = true,
            Title = "Việt Nam và Belarus thúc đẩy hợp tác y tế",
            Published = "2024-10-20",
            Text = Text,
            People = [new Person("Dmitry Pinevich", "Bộ trưởng Bộ Y tế Belarus", "BY", talks.Evidence, talks.Start)],
            Events = [new EventFact("talks", "2024-10-20", ["VN", "BY"], ["Đào Hồng Lan", "Dmitry Pinevich"], "Hà Nội", talks.Evidence, talks.Start)],
            Agreements = [new AgreementFact("memorandum", "Bản ghi nhớ hợp tác đào tạo bác sĩ", ["VN", "BY"], "2024-10-20", "2025/2027", signing.Evidence, signing.Start)],
            Areas = ["health", "education_training"],
        };
    }

    /// <summary>A page whose scraped text carries markup that must be shown as text, never run.</summary>
    public static PageRecord Hostile()
    {
        var text = $"Bài viết thử {HostileScript} về hợp tác quốc tế với Hàn Quốc.\nChú thích ảnh {HostileImage} hợp tác đầu tư.";
        var first = Sentence(text, "Bài viết thử");
        return new PageRecord
        {
            Source = "composed/doc-hai.html",
            Relevant = true,
            Title = $"Tiêu đề {HostileImage}",
            Published = "2023-06-01",
            Text = text,
            Events = [new EventFact("meeting", "2023-06-01", ["VN", "KR"], [], null, first.Evidence, first.Start)],
            Areas = ["trade_investment"],
        };
    }

    private static (string Evidence, int Start) Sentence(string text, string opening)
    {
        var start = text.IndexOf(opening, StringComparison.Ordinal);
        var end = text.IndexOf('\n', start);
        var evidence = end < 0 ? text[start..] : text[start..end];
        return (evidence, start);
    }
}
