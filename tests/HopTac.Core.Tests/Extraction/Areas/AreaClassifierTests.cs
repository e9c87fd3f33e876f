using HopTac.Core.Extraction.Areas;
using HopTac.Core.Extraction.Sentences;

namespace HopTac.Core.Tests.Extraction.Areas;

public sealed class AreaClassifierTests
{
    private static IReadOnlyList<string> Run(string text) => AreaClassifier.Classify(SentenceSplitter.Split(text));

    [Fact]
    public void Classify_lists_the_fields_named_as_cooperation_in_the_order_raised()
    {
        var areas = Run("Hai bên nhất trí đẩy mạnh hợp tác trong lĩnh vực vaccine, đào tạo nhân lực và điện hạt nhân.");

        Assert.Equal(["vaccines", "education_training", "nuclear_energy"], areas);
    }

    [Fact]
    public void Classify_skips_a_field_mentioned_in_passing()
    {
        Assert.Empty(Run("Sau buổi lễ, đoàn đi tham quan một trường đại học và thưởng thức ẩm thực địa phương."));
    }

    [Fact]
    public void Classify_reads_aid_as_cooperation()
    {
        Assert.Contains("medical_equipment", Run("Nhật Bản đã hỗ trợ Việt Nam 500 máy thở và nhiều trang thiết bị y tế."));
    }

    [Fact]
    public void Classify_returns_nothing_for_empty_input()
    {
        Assert.Empty(AreaClassifier.Classify([]));
        Assert.Empty(AreaClassifier.Classify(null!));
    }

    [Fact]
    public void Equipment_is_medical_on_a_health_page_and_not_in_a_defence_report()
    {
        Assert.Contains("medical_equipment", Run("Nhật Bản hỗ trợ Việt Nam vắc xin và trang thiết bị cho các bệnh viện tuyến tỉnh."));

        var defence = Run("Hoa Kỳ hỗ trợ Philippines tăng cường quốc phòng, cung cấp tàu tuần tra và trang thiết bị radar.");
        Assert.Contains("defense_security", defence);
        Assert.DoesNotContain("medical_equipment", defence);
        Assert.DoesNotContain(defence, a => a.StartsWith('~'));
    }
    [Fact]
    public void An_office_in_a_biography_gives_no_area()
    {
        var areas = Run(
            "Tổng thống Chile hội đàm với Chủ tịch nước về hợp tác thương mại và đầu tư giữa hai nước.\n" +
            "Bà từng là Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Giáo dục và Đào tạo, và được nhân dân hai nước quý mến.");

        Assert.Equal(["trade_investment"], areas);
    }

    [Fact]
    public void Aircraft_and_an_exchange_alone_name_no_area()
    {
        var areas = Run("Máy bay của Không quân Nga chở hàng cứu trợ bão lũ hạ cánh, hai bên giao lưu với người dân vùng lũ.");

        Assert.DoesNotContain("trade_investment", areas);
        Assert.DoesNotContain("culture_people", areas);
        Assert.DoesNotContain("defense_security", areas);
    }

    [Fact]
    public void A_nuclear_science_centre_built_together_is_nuclear_energy()
    {
        var areas = Run("Hai Thủ tướng hoan nghênh hợp tác triển khai dự án Trung tâm Khoa học Công nghệ hạt nhân tại Việt Nam và bảo đảm an toàn hạt nhân.");

        Assert.Contains("nuclear_energy", areas);
    }

    [Fact]
    public void One_weak_mention_beside_cooperation_named_elsewhere_in_the_sentence_is_not_enough()
    {
        var areas = Run("Sinh viên có kinh nghiệm ở châu Âu được săn đón trên thị trường lao động, Đại sứ nói tại hội chợ hợp tác giáo dục.");

        Assert.DoesNotContain("trade_investment", areas);
    }

    // Area words that say who someone is or what a setting is like, not what the page discusses (session-6 audit).

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

    // Session-9 audit: fields named on pages that never speak of cooperation, aid or a signing (world news, domestic
    // reports) are no cooperation areas; security reported on still counts.

    [Fact]
    public void A_page_without_cooperation_aid_or_a_signing_has_no_area_but_the_security_it_reports()
    {
        Assert.Empty(Run("Nga là đối tác thương mại lớn của Triều Tiên, nhưng kinh tế nước này vẫn khó khăn. Giới phân tích cho rằng thị trường sẽ còn biến động."));
        Assert.Equal(["defense_security"], Run("Triều Tiên thử tên lửa lần thứ ba. Vụ phóng tên lửa khiến khu vực lo ngại về an ninh. Đối tác thương mại của nước này im lặng."));
    }

    [Fact]
    public void A_page_that_reports_a_signing_keeps_the_field_it_signed_for() =>
        Assert.Contains("trade_investment", Run("Pháp và Việt Nam đã ký thoả thuận về xuất khẩu nông sản, mở rộng thương mại song phương."));

    [Fact]
    public void Energy_and_food_security_are_their_fields_not_defence()
    {
        var areas = Run("Hai bên nhất trí tăng cường hợp tác bảo đảm an ninh năng lượng và an ninh lương thực cho khu vực.");

        Assert.Contains("energy", areas);
        Assert.Contains("agriculture", areas);
        Assert.DoesNotContain("defense_security", areas);
    }
}
