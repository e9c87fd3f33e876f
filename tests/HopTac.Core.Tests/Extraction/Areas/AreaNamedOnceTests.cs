using HopTac.Core.Extraction.Areas;
using HopTac.Core.Extraction.Sentences;

namespace HopTac.Core.Tests.Extraction.Areas;

/// <summary>
/// A field the page names only once counts where it stands in a list of fields or right after "hợp tác", "lĩnh vực",
/// "ngành"; named once anywhere else it is told in passing (composed sentences).
/// </summary>
public sealed class AreaNamedOnceTests
{
    private static IReadOnlyList<string> Run(string text) => AreaClassifier.Classify(SentenceSplitter.Split(text));

    [Fact]
    public void A_field_named_once_in_passing_is_not_discussed()
    {
        var areas = Run(
            "Hai bộ trưởng hội đàm về hợp tác quốc phòng và an ninh biển giữa hai nước.\n" +
            "Hải quân hai nước sẽ tổ chức tập trận chung vào năm tới.\n" +
            "Quân đội hai bên cũng trao đổi về tình hình khu vực, trong khi một số nước vẫn đổi lấy viện trợ và đầu tư từ bên ngoài.");

        Assert.Contains("defense_security", areas);
        Assert.DoesNotContain("trade_investment", areas);
    }

    [Fact]
    public void A_field_named_once_in_a_list_of_fields_is_discussed()
    {
        var areas = Run("Hai thủ tướng nhất trí thúc đẩy hợp tác song phương trong các lĩnh vực nông nghiệp, du lịch, giáo dục và môi trường.");

        Assert.Equal(["agriculture", "tourism", "education_training", "environment"], areas);
    }

    [Fact]
    public void A_field_named_once_right_after_cooperation_is_discussed() =>
        Assert.Contains("energy", Run("Hai bên khẳng định tầm quan trọng của hợp tác năng lượng giữa hai nước."));
}
