using HopTac.Core.Facts;

namespace HopTac.Core.Tests.Extraction.Agreements;

/// <summary>
/// A count of documents told in common words, one side's plan, a meeting's name and contracts with a class of
/// counterparts name no document; the law of the sea, the CPTPP and the TPP have their published parties and stay two
/// documents beside a look-alike; a time told after another document's signing is not this one's (composed sentences,
/// session 14).
/// </summary>
public sealed class AgreementCountedPlansAndKnownPartiesTests
{
    private static IReadOnlyList<AgreementFact> Run(string text) => AgreementExtractorTests.Run(text);

    [Theory]
    [InlineData("Hai bên đã ký kết 12 thoả thuận hợp tác trên nhiều lĩnh vực như y tế và giáo dục.")]
    [InlineData("Hai nước đã ký nhiều hiệp định quan trọng về hợp tác khoa học và thương mại.")]
    [InlineData("Doanh nghiệp hai nước đã ký một loạt thoả thuận thương mại trị giá hàng nghìn tỷ đồng.")]
    [InlineData("Việt Nam luôn tôn trọng các Công ước quốc tế về quyền trẻ em mà nước này là thành viên.")]
    public void A_count_of_documents_told_in_common_words_names_none(string sentence) =>
        Assert.Empty(Run(sentence));

    [Fact]
    public void A_counted_document_with_a_name_of_its_own_is_kept()
    {
        var contract = Assert.Single(Run("Thái Lan đã ký hai hợp đồng mua tàu ngầm S26T từ Trung Quốc."));

        Assert.Equal("contract", contract.Type);
    }

    [Theory]
    [InlineData("Chính phủ Ba Lan hôm qua thông qua kế hoạch quốc phòng mới nhằm mua thêm tiêm kích.")]
    [InlineData("Chính quyền mới sẽ xem xét lại Kế hoạch năng lượng sạch của cựu tổng thống.")]
    [InlineData("Theo tài liệu Lộ trình thực hiện chương trình thám hiểm sao Hoả, tàu sẽ được phóng vào năm 2030.")]
    public void One_sides_plan_is_no_cooperation_document(string sentence) =>
        Assert.Empty(Run(sentence));

    [Theory]
    [InlineData("Hai bộ đã ký Kế hoạch hợp tác về giáo dục giai đoạn 2024-2026 giữa Việt Nam và Hungary.", "plan")]
    [InlineData("Hai bên sẽ triển khai các nội dung theo lộ trình đến năm 2035 đã được thống nhất giữa Việt Nam và Ai Cập.", "roadmap")]
    public void A_plan_of_cooperation_or_agreed_by_two_sides_is_kept(string sentence, string type) =>
        Assert.Equal(type, Assert.Single(Run(sentence)).Type);

    [Fact]
    public void A_name_after_a_meetings_noun_is_the_meetings()
    {
        Assert.Empty(Run("Ngoại trưởng hai nước sẽ dẫn dắt Đối thoại Chiến lược và Kinh tế Mỹ - Trung lần thứ 9 vào tuần tới."));
    }

    [Fact]
    public void Contracts_with_a_class_of_counterparts_name_no_document()
    {
        Assert.Empty(Run("Công ty Hàn Quốc này đã ký hợp đồng với các nhà cung cấp tại Việt Nam."));
    }

    [Fact]
    public void The_law_of_the_sea_binds_its_parties_through_the_un()
    {
        var treaty = Assert.Single(Run("Trung Quốc cần tôn trọng Công ước Liên Hợp Quốc về Luật biển năm 1982 mà Philippines đã dẫn chiếu."));

        Assert.Equal(["UN"], treaty.Actors);
    }

    [Fact]
    public void The_cptpp_has_its_signatories_not_the_state_that_left_the_tpp()
    {
        var agreement = Assert.Single(Run("Mỹ muốn đàm phán lại khi Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương (CPTPP) đã được ký giữa 11 nước."));

        Assert.Contains("JP", agreement.Actors);
        Assert.Contains("VN", agreement.Actors);
        Assert.DoesNotContain("US", agreement.Actors);
    }

    [Fact]
    public void A_look_alike_of_a_known_document_stays_its_own_document()
    {
        var agreements = Run("Bên cạnh Hiệp định Đối tác xuyên Thái Bình Dương (TPP), ông còn nhắc tới Hiệp định Đối tác Thương mại và Đầu tư xuyên Đại Tây Dương (TTIP).");

        Assert.Equal(2, agreements.Count);
        Assert.Contains("JP", Assert.Single(agreements, a => a.Title.Contains("Thái Bình Dương", StringComparison.Ordinal)).Actors);
        Assert.DoesNotContain("JP", Assert.Single(agreements, a => a.Title.Contains("Đại Tây Dương", StringComparison.Ordinal)).Actors);
    }

    [Fact]
    public void A_time_told_after_another_documents_signing_is_that_ones()
    {
        var agreements = Run("Hai thủ tướng cam kết phê chuẩn Hiệp định CPTPP, được ký hôm 8/3 tại Chile, và quan tâm tới việc đạt được Hiệp định RCEP.");

        Assert.Null(Assert.Single(agreements, a => a.Title.Contains("RCEP", StringComparison.Ordinal)).Date);
    }
}
