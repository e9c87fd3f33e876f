using HopTac.Core.Facts;

namespace HopTac.Core.Tests.Extraction.Agreements;

/// <summary>
/// A document word inside another document's name or in apposition to it is that document again; a signed agreement
/// "về việc" a clause is a document; "giữa A và B" keeps both terms in the title; titles end before another kind of
/// text's name and before adverbs no name holds; treaty allies are states; the Panmunjom declaration and the TTIP have
/// their published parties (composed sentences, session 15).
/// </summary>
public sealed class AgreementNamesAndAppositionsTests
{
    private static IReadOnlyList<AgreementFact> Run(string text) => AgreementExtractorTests.Run(text);

    [Fact]
    public void A_lower_case_document_word_inside_a_name_is_part_of_it()
    {
        var agreement = Assert.Single(Run("Hai tập đoàn Việt Nam và Hàn Quốc đã ký Thoả thuận khung hợp đồng mua bán khí Mỏ Sao Vàng."));

        Assert.Equal("agreement", agreement.Type);
        Assert.StartsWith("Thoả thuận khung hợp đồng mua bán khí", agreement.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_capitalised_document_inside_a_name_stays_its_own()
    {
        var found = Run("Hai bên đã ký Kế hoạch hành động thực hiện Tuyên bố chung về quan hệ Đối tác chiến lược Việt Nam - Ấn Độ.");

        Assert.Contains(found, a => a.Type == "joint_statement");
    }

    [Fact]
    public void A_lower_case_apposition_after_a_dash_describes_the_document_before_it()
    {
        var agreement = Assert.Single(Run("Ông chỉ trích Hiệp định Thương mại tự do Bắc Mỹ (NAFTA) - thoả thuận thương mại tồi tệ nhất của Mỹ theo ông."));

        Assert.Contains("Bắc Mỹ", agreement.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signed_agreement_about_doing_something_is_a_document()
    {
        var agreement = Assert.Single(Run("Hai trường đã ký thoả thuận về việc thí điểm dạy tiếng Việt ở Hàn Quốc."));

        Assert.Equal("agreement", agreement.Type);
    }

    [Theory]
    [InlineData("Năm 1516, trận chiến kết thúc bằng hiệp định hoà bình giữa Thuỵ Sĩ với Pháp.", "Hiệp định hoà bình giữa Thuỵ Sĩ với Pháp")]
    [InlineData("Bảo tàng Đà Nẵng và Bảo tàng Quốc gia Ấn Độ đã ký biên bản ghi nhớ hợp tác nghiên cứu mối quan hệ giữa nghệ thuật Chăm và nghệ thuật Ấn Độ.",
        "Biên bản ghi nhớ hợp tác nghiên cứu mối quan hệ giữa nghệ thuật Chăm và nghệ thuật Ấn Độ")]
    public void Between_keeps_its_second_term_in_the_title(string sentence, string title) =>
        Assert.Equal(title, Assert.Single(Run(sentence)).Title);

    [Fact]
    public void Hai_nuoc_after_between_holds_both_terms()
    {
        var found = Run("Việt Nam đã ký Hiệp định thương mại giữa hai nước với Lào trong chuyến thăm.");

        Assert.Equal("Hiệp định thương mại giữa hai nước", Assert.Single(found).Title);
    }

    [Fact]
    public void Another_kind_of_text_after_va_ends_the_title()
    {
        var found = Run("Các nhà lãnh đạo ASEAN đã thông qua Tuyên bố về Hợp tác năng lượng sạch và Tài liệu định hướng về Mạng lưới đô thị xanh.");

        Assert.Equal("Tuyên bố về Hợp tác năng lượng sạch", Assert.Single(found).Title);
    }

    [Theory]
    [InlineData("Bắc Kinh cam kết thực hiện Hiệp định Paris về biến đổi khí hậu ngay cả khi Washington rút lui.", "Hiệp định Paris về biến đổi khí hậu")]
    [InlineData("Canada và Na Uy sẽ bay giám sát theo Hiệp ước Bầu trời Mở trong khoảng thời gian từ 11 đến 16/3.", "Hiệp ước Bầu trời Mở")]
    public void Adverbs_end_the_title(string sentence, string title) =>
        Assert.Equal(title, Assert.Single(Run(sentence)).Title);

    [Fact]
    public void Treaty_allies_are_states_not_a_document()
    {
        Assert.Empty(Run("Thái Lan là đồng minh hiệp ước của Mỹ ở Đông Nam Á từ nhiều thập kỷ."));
    }

    [Fact]
    public void The_panmunjom_declaration_binds_both_koreas()
    {
        var declaration = Assert.Single(Run("Bình Nhưỡng cho rằng Seoul chưa thực hiện Tuyên bố Panmunjom về hoà bình trên bán đảo."));

        Assert.Equal(["KR", "KP"], declaration.Actors);
    }

    [Fact]
    public void The_ttip_binds_the_united_states_and_the_eu()
    {
        var agreement = Assert.Single(Run("Đức muốn nối lại đàm phán Hiệp định Đối tác Thương mại và Đầu tư xuyên Đại Tây Dương (TTIP) với Mỹ."));

        Assert.Equal(["US", "EU"], agreement.Actors);
    }
}
