using HopTac.Core.Extraction.Areas;
using HopTac.Core.Extraction.Sentences;

namespace HopTac.Core.Tests.Extraction.Areas;

/// <summary>A field's own words are no cue for it; a compound in another sense is not the field of its first words (session 15).</summary>
public sealed class AreaEvidenceOwnWordsTests
{
    private static IReadOnlyList<string> Run(string text) => AreaClassifier.Classify(SentenceSplitter.Split(text));

    [Fact]
    public void The_development_slogan_alone_is_no_environment_cooperation()
    {
        var areas = Run("Hai nước ký kết hiệp định thương mại.\nHai bên cam kết cùng nhau vì hoà bình, ổn định và phát triển bền vững của khu vực.");

        Assert.Contains("trade_investment", areas);
        Assert.DoesNotContain("environment", areas);
    }

    [Fact]
    public void Sustainable_development_beside_a_cooperation_word_is_environment()
    {
        Assert.Contains("environment", Run("Hai bên nhất trí hợp tác về phát triển bền vững và ứng phó biến đổi khí hậu."));
    }

    [Fact]
    public void Technology_transfer_named_in_an_accusation_is_no_research()
    {
        var areas = Run("Hai bên ký kết thoả thuận mua bán nông sản.\nMỹ cáo buộc các công ty nước ngoài bị ép chuyển giao công nghệ khi vào thị trường này.");

        Assert.DoesNotContain("research_science", areas);
    }

    [Fact]
    public void Technology_transfer_in_a_cooperation_is_research()
    {
        Assert.Contains("research_science", Run("Hai bên sẽ hợp tác chuyển giao công nghệ sản xuất linh kiện."));
    }

    [Fact]
    public void Health_named_after_cooperation_stays_cued_by_its_own_first_word()
    {
        Assert.Contains("vaccines", Run("Hai bộ trưởng đã trao đổi về hợp tác y tế, trong đó hỗ trợ vắc xin là ưu tiên."));
    }

    [Fact]
    public void Economic_security_is_the_economy_not_defence()
    {
        var areas = Run("Hai bên thúc đẩy hợp tác bảo đảm an ninh kinh tế của mỗi nước.");

        Assert.DoesNotContain("defense_security", areas);
        Assert.Contains("trade_investment", areas);
    }
}
