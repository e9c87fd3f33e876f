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
}
