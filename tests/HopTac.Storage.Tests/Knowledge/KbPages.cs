using HopTac.Core.Facts;
using HopTac.Core.Pages;

namespace HopTac.Storage.Tests.Knowledge;

/// <summary>
/// Pages written for these tests in the manner of Vietnamese news (none is taken from a real site): three reports of
/// one visit by a Lao delegation, one report of a signing with Cuba, and their facts as the extractor would give them.
/// </summary>
internal static class KbPages
{
    public const string VisitSentence = "Chiều 10/4, tại Hà Nội, Chủ tịch Quốc hội Trần Thanh Mẫn đã hội đàm với Chủ tịch Quốc hội Lào Xaysomphone Phomvihane.";

    public static PageRecord Visit(int n, string? extra = null, string? date = "2024-04-10", string? evidence = null)
    {
        var sentence = evidence ?? VisitSentence;
        var text = $"{sentence}\nHai bên nhất trí tăng cường hợp tác giáo dục và y tế.{(extra is null ? "" : "\n" + extra)}";
        return new PageRecord
        {
            Source = $"tin/lao-{n}.txt",
            Relevant = true,
            Title = $"Tăng cường quan hệ Việt Nam - Lào ({n})",
            Published = "2024-04-10T18:00",
            Text = text,
            People =
            [
                new Person(n == 2 ? "Tran Thanh Man" : "Trần Thanh Mẫn", "Chủ tịch Quốc hội", "VN", sentence, 0),
                new Person("Xaysomphone Phomvihane", "Chủ tịch Quốc hội Lào", "LA", sentence, 0),
            ],
            Events = [new EventFact("talks", date, ["VN", "LA"], ["Trần Thanh Mẫn", "Xaysomphone Phomvihane"], "Hà Nội", sentence, 0)],
            Figures = [new Figure(1_000_000m, "USD", null, "1 triệu USD", "Phía Việt Nam hỗ trợ 1 triệu USD.", 10)],
            Areas = n == 3 ? ["health"] : ["education_training"],
        };
    }

    public static PageRecord CubaSigning() => new()
    {
        Source = "tin/cuba.txt",
        Relevant = true,
        Title = "Việt Nam - Cuba ký bản ghi nhớ về nông nghiệp",
        Published = "2024-05-02T08:00",
        Text = "Ngày 2/5, Bộ Nông nghiệp Việt Nam và Bộ Nông nghiệp Cuba đã ký Bản ghi nhớ hợp tác về sản xuất lúa gạo.",
        Events = [new EventFact("signing", "2024-05-02", ["VN", "CU"], [], null, "Ngày 2/5, Bộ Nông nghiệp Việt Nam và Bộ Nông nghiệp Cuba đã ký Bản ghi nhớ hợp tác về sản xuất lúa gạo.", 0)],
        Agreements = [new AgreementFact("memorandum", "Bản ghi nhớ hợp tác về sản xuất lúa gạo", ["VN", "CU"], "2024-05-02", null, "Ngày 2/5, Bộ Nông nghiệp Việt Nam và Bộ Nông nghiệp Cuba đã ký Bản ghi nhớ hợp tác về sản xuất lúa gạo.", 0)],
        Figures = [new Figure(1_000_000m, "USD", null, "1 triệu USD", "Dự án trị giá 1 triệu USD.", 50)],
        Areas = ["agriculture"],
    };
}
