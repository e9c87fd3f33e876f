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
}
