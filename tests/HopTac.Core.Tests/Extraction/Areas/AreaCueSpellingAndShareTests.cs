using HopTac.Core.Extraction.Areas;
using HopTac.Core.Extraction.Sentences;

namespace HopTac.Core.Tests.Extraction.Areas;

/// <summary>
/// Cue words are read with their marks, a page names cooperation in at least one sentence in ten, and AI or digital
/// transformation is digital health only on a health page (session 17). Composed sentences.
/// </summary>
public sealed class AreaCueSpellingAndShareTests
{
    private static IReadOnlyList<string> Run(string text) => AreaClassifier.Classify(SentenceSplitter.Split(text));

    [Fact]
    public void A_season_is_no_purchase()
    {
        // "vụ mùa" folds like "vụ mua" (to buy): the season is no cue for the field beside it.
        var areas = Run("Hai ngân hàng hợp tác phát hành trái phiếu.\nNgân hàng chia sẻ kế hoạch giải ngân vốn vụ mùa nông nghiệp.");

        Assert.DoesNotContain("agriculture", areas);
    }

    [Fact]
    public void Buying_produce_still_cues_the_field()
    {
        Assert.Contains("agriculture", Run("Hai bên hợp tác chặt chẽ, phía Nhật Bản cam kết mua nông sản của Việt Nam."));
    }

    [Fact]
    public void The_last_syllable_of_a_state_name_is_no_signing()
    {
        // "Hoa Kỳ", "Thổ Nhĩ Kỳ" and "cùng kỳ" fold to "ky", the folded "ký" (to sign).
        var areas = Run("Xuất khẩu của Thổ Nhĩ Kỳ sang Hoa Kỳ tăng 5% so với cùng kỳ năm ngoái.");

        Assert.Empty(areas);
    }

    [Fact]
    public void A_signing_written_with_its_marks_still_counts()
    {
        Assert.Contains("trade_investment", Run("Hai nước đã ký hiệp định thương mại tự do."));
    }

    [Fact]
    public void Cooperation_named_once_in_a_long_report_on_something_else_gives_no_field()
    {
        var text = string.Join("\n",
            "Tổng thống Mỹ và Tổng thống Thổ Nhĩ Kỳ bất đồng về thương vụ tên lửa.",
            "Washington phản đối việc Ankara nhận hệ thống phòng không.",
            "Các quan chức cảnh báo về hậu quả của thương vụ.",
            "Ankara khẳng định quyết định là không thể đảo ngược.",
            "Giới phân tích cho rằng căng thẳng sẽ còn kéo dài.",
            "Quốc hội Mỹ kêu gọi áp lệnh trừng phạt.",
            "Nhiều chuyên gia lo ngại về tương lai của liên minh.",
            "Thổ Nhĩ Kỳ vẫn giữ lập trường của mình.",
            "Các cuộc đàm phán chưa đi đến kết quả.",
            "Hai nhà lãnh đạo dự kiến gặp nhau vào tháng tới.",
            "Các nhà lãnh đạo cũng sẽ nói về hợp tác kinh tế.");

        Assert.DoesNotContain("trade_investment", Run(text));
    }

    [Fact]
    public void The_same_cooperation_on_a_short_report_gives_the_field()
    {
        var text = string.Join("\n",
            "Hai nhà lãnh đạo dự kiến gặp nhau vào tháng tới.",
            "Các nhà lãnh đạo sẽ nói về hợp tác kinh tế.");

        Assert.Contains("trade_investment", Run(text));
    }

    [Fact]
    public void Artificial_intelligence_is_digital_health_only_on_a_health_page()
    {
        Assert.DoesNotContain("digital_health", Run("Các bộ trưởng thống nhất hợp tác ứng dụng trí tuệ nhân tạo trong thương mại."));
        Assert.Contains("digital_health", Run("Hai bên hợp tác về vắc xin và ứng dụng trí tuệ nhân tạo trong khám chữa bệnh."));
    }
}
