using HopTac.Core.Extraction.Areas;
using HopTac.Core.Extraction.Sentences;

namespace HopTac.Core.Tests.Extraction.Areas;

/// <summary>Area words that say who someone is or what a setting is like, not what the page discusses (session-6 audit).</summary>
public sealed class AreaIncidentalWordsTests
{
    private static IReadOnlyList<string> Run(string text) => AreaClassifier.Classify(SentenceSplitter.Split(text));

    [Fact]
    public void A_bloc_named_after_the_economy_is_not_trade() =>
        Assert.DoesNotContain("trade_investment", Run(
            "Thủ tướng sẽ dự Hội nghị cấp cao Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương và hội đàm song phương với người đồng cấp."));

    [Fact]
    public void A_research_centre_in_lower_case_is_a_body_not_research() =>
        Assert.DoesNotContain("research_science", Run(
            "Cố vấn của trung tâm Nghiên cứu Chiến lược và Phát triển cho rằng hai bên sẽ hợp tác chặt chẽ hơn."));

    [Fact]
    public void A_peaceful_setting_is_not_the_environment() =>
        Assert.DoesNotContain("environment", Run(
            "Hai bên nhất trí hợp tác duy trì môi trường hòa bình và tăng cường môi trường đầu tư thuận lợi."));

    [Fact]
    public void A_subject_named_throughout_counts_only_once_it_is_discussed_as_cooperation()
    {
        Assert.DoesNotContain("health", Run(
            "Tình báo theo dõi sức khỏe của nhà lãnh đạo. Các bác sĩ lo ngại về sức khỏe của ông. Sức khỏe của ông được giữ bí mật."));
        Assert.Contains("defense_security", Run(
            "Triều Tiên thử tên lửa lần thứ ba. Vụ phóng tên lửa khiến khu vực lo ngại. Hai nước tăng cường hợp tác chống tên lửa."));
    }
}
